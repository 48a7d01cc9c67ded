/**
 * How failures reach the user, the one way: one sentence and a "Show Log" action
 * that opens the "ClickUp Goals" log, where the details are. `showError` is the
 * window's error notification (or, for the edit commands, their prompts' one, which
 * host tests script).
 */
import * as vscode from 'vscode';
import type { ComponentLogger } from './logger';
import { describeError } from './logger';
import { userMessage } from './userMessages';

export type ShowError = (message: string, actions: readonly string[]) => PromiseLike<string | undefined>;

export interface Failure {
  /** "Could not create goal “Q3”" — the reason is added after a colon. */
  action: string;
  error: unknown;
  /** Runs the command again (with the kept answers prefilled). */
  retry?: () => void;
}

export class ErrorReporter {
  constructor(
    private readonly showError: ShowError,
    private readonly showLog: () => void,
    private readonly log: ComponentLogger,
  ) {}

  /** Shows the sentence with "Show Log" (plus any extra actions) and returns the action chosen. */
  async show(message: string, ...actions: string[]): Promise<string | undefined> {
    const showLog = vscode.l10n.t('Show Log');
    const choice = await this.showError(message, [...actions, showLog]);
    if (choice === showLog) {
      this.showLog();
      return undefined;
    }
    return choice;
  }

  /** Logs the failure and tells the user in one sentence, with "Retry" when it can; does not wait for an answer. */
  report(failure: Failure): void {
    this.log.error(`${failure.action}: ${describeError(failure.error)}`);
    const retry = vscode.l10n.t('Retry');
    void this.show(userMessage(failure.action, failure.error), ...(failure.retry === undefined ? [] : [retry])).then((choice) => {
      if (choice === retry) {
        failure.retry?.();
      }
    });
  }
}
