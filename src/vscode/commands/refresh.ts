/** "ClickUp Goals: Refresh" (view title): the goal list again, and another try for failed key results. */
import * as vscode from 'vscode';
import type { GoalTreeModel } from '../tree/goalTreeModel';

export const REFRESH = 'clickupGoals.refresh';

export function registerRefresh(
  context: vscode.ExtensionContext,
  deps: { model: GoalTreeModel; refresh: () => Promise<void> },
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(REFRESH, async () => {
      deps.model.retryFailedKeyResults();
      await deps.refresh();
    }),
  );
}
