/** "Pin Goal to Status Bar" (goal context menu or palette): the status bar follows that goal. */
import * as vscode from 'vscode';
import type { GoalStore } from '../../core/model/storeTypes';
import type { PinnedGoal } from '../statusBar/pinnedGoal';
import type { WindowApis } from '../windowApis';
import { resolveGoal } from './goalArgument';

export const PIN_GOAL = 'clickupGoals.pinGoal';

export function registerPinGoal(
  context: vscode.ExtensionContext,
  deps: { store: GoalStore; pinned: PinnedGoal; ui: WindowApis },
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(PIN_GOAL, async (node?: unknown) => {
      const goal = await resolveGoal(node, deps.store, deps.ui, vscode.l10n.t('Pin Goal to Status Bar'));
      if (goal !== undefined) {
        await deps.pinned.pinGoal(goal.id);
      }
    }),
  );
}
