/**
 * "ClickUp Goals: Set API Token": signs in through the ClickUp authentication
 * provider (the same sign-in the Accounts menu offers), then loads the
 * Workspaces, asking which one when there are several.
 */
import * as vscode from 'vscode';
import type { ClickUpAuthProvider } from '../auth/clickUpAuthProvider';

export const SET_API_TOKEN = 'clickupGoals.setApiToken';

export function registerSetApiToken(context: vscode.ExtensionContext, deps: { provider: ClickUpAuthProvider }): void {
  context.subscriptions.push(vscode.commands.registerCommand(SET_API_TOKEN, () => deps.provider.signIn()));
}
