/** "Pin Goal to Status Bar" (goal context menu or palette): the status bar follows that goal. */
import * as vscode from 'vscode';
import type { PinnedGoal } from '../statusBar/pinnedGoal';
import type { GoalPicking } from './goalArgument';
import { resolveGoal } from './goalArgument';

/** Pins the goal (the node's, or one picked) to the status bar. Runs from the edit bundle (editEntry.ts). */
export async function pinGoal(deps: GoalPicking & { pinned: PinnedGoal }, node?: unknown): Promise<void> {
  const goal = await resolveGoal(deps, node, vscode.l10n.t('Which goal do you want to pin to the status bar?'));
  if (goal !== undefined) {
    await deps.pinned.pinGoal(goal.id);
  }
}
