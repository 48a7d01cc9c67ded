/**
 * The one way to sign in: a password InputBox for the personal token, checked
 * with GET /user and stored (in SecretStorage only) when ClickUp accepts it. A
 * refused token reopens the box with the reason, and nothing is stored. The
 * Accounts menu (through the authentication provider) and "Set API Token" both
 * come here.
 */
import * as vscode from 'vscode';
import type { User } from '../../core/domain/types';
import type { ErrorReporter } from '../log/showError';
import { userMessage } from '../log/userMessages';
import type { WindowApis } from '../windowApis';
import type { AuthSession } from './authSession';

export interface TokenInputDeps {
  auth: AuthSession;
  ui: WindowApis;
  errors: ErrorReporter;
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

/** Asks for a token until ClickUp accepts one (the signed-in user) or the user gives up (undefined). */
export async function askForToken(deps: TokenInputDeps): Promise<User | undefined> {
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
      return undefined;
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
      return undefined;
    }
    return result.user;
  }
}
