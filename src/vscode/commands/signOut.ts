/** "ClickUp Goals: Sign Out": the provider's sign-out, the same as the Accounts menu's (every window follows). */
import * as vscode from 'vscode';
import type { ClickUpAuthProvider } from '../auth/clickUpAuthProvider';

export const SIGN_OUT = 'clickupGoals.signOut';

export function registerSignOut(context: vscode.ExtensionContext, deps: { provider: ClickUpAuthProvider }): void {
  context.subscriptions.push(vscode.commands.registerCommand(SIGN_OUT, () => deps.provider.signOut()));
}
