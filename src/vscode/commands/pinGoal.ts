/** "Pin Goal to Status Bar" (goal context menu or palette): the status bar follows that goal. */
import * as vscode from 'vscode';
import type { PinnedGoal } from '../statusBar/pinnedGoal';
import type { GoalPicking } from './goalArgument';
import { resolveGoal } from './goalArgument';

export const PIN_GOAL = 'clickupGoals.pinGoal';

export function registerPinGoal(
  context: vscode.ExtensionContext,
  deps: GoalPicking & { pinned: PinnedGoal },
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(PIN_GOAL, async (node?: unknown) => {
      const goal = await resolveGoal(deps, node, vscode.l10n.t('Which goal do you want to pin to the status bar?'));
      if (goal !== undefined) {
        await deps.pinned.pinGoal(goal.id);
      }
    }),
  );
}
