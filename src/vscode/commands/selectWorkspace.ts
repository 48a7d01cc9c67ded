/** "ClickUp Goals: Select Workspace": pick which Workspace the Goals view shows. */
import * as vscode from 'vscode';
import type { ErrorReporter } from '../log/showError';
import type { WorkspaceService } from '../workspace/workspaceService';

export const SELECT_WORKSPACE = 'clickupGoals.selectWorkspace';

export function registerSelectWorkspace(
  context: vscode.ExtensionContext,
  deps: { workspaces: WorkspaceService; errors: ErrorReporter },
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SELECT_WORKSPACE, async () => {
      const result = await deps.workspaces.select();
      if (result === 'failed') {
        void deps.errors.show(vscode.l10n.t('Could not list your ClickUp Workspaces.'));
      } else if (result === 'none') {
        void deps.errors.show(vscode.l10n.t('This ClickUp token cannot see any Workspace.'));
      }
    }),
  );
}
