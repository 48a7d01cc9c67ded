/** "ClickUp Goals: Sign Out": deletes the token from SecretStorage (every window follows). */
import * as vscode from 'vscode';
import type { AuthSession } from '../auth/authSession';
import type { WindowApis } from '../windowApis';

export const SIGN_OUT = 'clickupGoals.signOut';

export function registerSignOut(context: vscode.ExtensionContext, deps: { auth: AuthSession; ui: WindowApis }): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SIGN_OUT, async () => {
      await deps.auth.signOut();
      void deps.ui.showInformationMessage(vscode.l10n.t('Signed out of ClickUp. The token was removed.'));
    }),
  );
}
