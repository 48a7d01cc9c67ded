/** "ClickUp Goals: Show Log": opens the "ClickUp Goals" output channel. */
import * as vscode from 'vscode';
import type { Logger } from '../log/logger';

export const SHOW_LOG = 'clickupGoals.showLog';

export function registerShowLog(context: vscode.ExtensionContext, deps: { logger: Logger }): void {
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_LOG, () => deps.logger.show()));
}
