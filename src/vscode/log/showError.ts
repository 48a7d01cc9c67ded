/**
 * How errors reach the user: one sentence and a "Show Log" action that opens
 * the "ClickUp Goals" log, where the details are.
 */
import * as vscode from 'vscode';
import type { WindowApis } from '../windowApis';
import type { Logger } from './logger';

export class ErrorReporter {
  constructor(
    private readonly ui: WindowApis,
    private readonly logger: Logger,
  ) {}

  /** Shows the sentence with "Show Log" (plus any extra actions) and returns the action chosen. */
  async show(message: string, ...actions: string[]): Promise<string | undefined> {
    const showLog = vscode.l10n.t('Show Log');
    const choice = await this.ui.showErrorMessage(message, ...actions, showLog);
    if (choice === showLog) {
      this.logger.show();
      return undefined;
    }
    return choice;
  }
}
