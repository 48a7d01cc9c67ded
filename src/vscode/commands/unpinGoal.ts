/** "Unpin Goal from Status Bar": the status bar goes back to the Workspace's overall progress. */
import * as vscode from 'vscode';
import type { PinnedGoal } from '../statusBar/pinnedGoal';

export const UNPIN_GOAL = 'clickupGoals.unpinGoal';

export function registerUnpinGoal(context: vscode.ExtensionContext, deps: { pinned: PinnedGoal }): void {
  context.subscriptions.push(vscode.commands.registerCommand(UNPIN_GOAL, () => deps.pinned.unpin()));
}
