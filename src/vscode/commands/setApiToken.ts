/**
 * "ClickUp Goals: Set API Token": a password InputBox; the token is checked with
 * GET /user and stored (in SecretStorage only) when ClickUp accepts it. A refused
 * token reopens the box with the reason, and nothing is stored.
 */
import * as vscode from 'vscode';
import type { AuthSession } from '../auth/authSession';
import type { ErrorReporter } from '../log/showError';
import { notificationText, userMessage } from '../log/userMessages';
import type { WindowApis } from '../windowApis';

export const SET_API_TOKEN = 'clickupGoals.setApiToken';

export interface SetApiTokenDeps {
  auth: AuthSession;
  ui: WindowApis;
  errors: ErrorReporter;
  /** After sign-in: load the Workspaces, asking the user to pick when there are several. */
  connect: (interactive: boolean) => Promise<void>;
}

function validate(value: string, refused: string | undefined): string | undefined {
  const token = value.trim();
  if (token === '') {
    return vscode.l10n.t('Paste your ClickUp API token.');
  }
  if (/\s/.test(token) && !/^Bearer \S+$/.test(token)) {
    return vscode.l10n.t('A ClickUp token has no spaces.');
  }
  if (refused !== undefined && token === refused) {
    return vscode.l10n.t('ClickUp did not accept this token. Check that it is complete and current.');
  }
  return undefined;
}

export async function setApiToken(deps: SetApiTokenDeps): Promise<boolean> {
  let refused: string | undefined;
  for (;;) {
    const answer = await deps.ui.showInputBox({
      title: vscode.l10n.t('ClickUp Goals: Set API Token'),
      // A refused token comes back in the box with the reason as the prompt (always shown, unlike validation of an unchanged value).
      prompt:
        refused === undefined
          ? vscode.l10n.t('Paste your personal ClickUp API token. ClickUp shows it under Settings > Apps.')
          : vscode.l10n.t('ClickUp did not accept this token. Check that it is complete and current (ClickUp: Settings > Apps).'),
      placeHolder: 'pk_…',
      password: true,
      ignoreFocusOut: true,
      value: refused,
      validateInput: (value) => validate(value, refused),
    });
    if (answer === undefined || validate(answer, undefined) !== undefined) {
      return false;
    }
    const token = answer.trim();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the token with ClickUp…') },
      () => deps.auth.signIn(token),
    );
    if (result.kind === 'refused') {
      refused = token;
      continue;
    }
    if (result.kind === 'failed') {
      void deps.errors.show(userMessage(vscode.l10n.t('Could not check the token'), result.error));
      return false;
    }
    void deps.ui.showInformationMessage(vscode.l10n.t('Signed in to ClickUp as {0}.', notificationText(result.user.username || result.user.email)));
    await deps.connect(true);
    return true;
  }
}

export function registerSetApiToken(context: vscode.ExtensionContext, deps: SetApiTokenDeps): void {
  context.subscriptions.push(vscode.commands.registerCommand(SET_API_TOKEN, () => setApiToken(deps)));
}
