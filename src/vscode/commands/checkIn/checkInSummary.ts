/**
 * The end of a check-in: once every edit sent has been answered, one message
 * with how many key results were updated, kept, skipped and failed. With
 * failures it is an error with "Retry" (the failed edits are sent again with
 * the answers given, then the summary comes again) and "Show Log".
 */
import * as vscode from 'vscode';
import type { CheckInRun } from '../../../core/checkIn/checkInRun';
import type { Goal } from '../../../core/domain/types';
import { userMessage } from '../../log/userMessages';
import type { EditCommandDeps } from '../edit/editDeps';
import { quote, sendWithProgress } from '../edit/sending';
import type { CheckInSender } from './checkInSender';

function tallyMessage(run: CheckInRun): string {
  const { updated, kept, skipped, failed } = run.tally();
  return vscode.l10n.t('Check-in done: {0} updated, {1} kept, {2} skipped, {3} failed.', updated, kept, skipped, failed);
}

function failureMessage(run: CheckInRun, sender: CheckInSender): string {
  const failed = run.failedSteps();
  const names = failed.slice(0, 3).map((index) => quote(run.steps[index].keyResult.name)).join(', ');
  const more = failed.length > 3 ? vscode.l10n.t(' and {0} more', failed.length - 3) : '';
  const reason = userMessage(vscode.l10n.t('Not saved: {0}{1}', names, more), sender.errorAt(failed[0]));
  return `${tallyMessage(run)} ${reason}`;
}

export async function showCheckInSummary(
  deps: EditCommandDeps,
  run: CheckInRun,
  sender: CheckInSender,
  unloaded: readonly Goal[],
): Promise<void> {
  const retry = vscode.l10n.t('Retry');
  const notLoaded =
    unloaded.length === 0 ? '' : ` ${vscode.l10n.t('The key results of {0} could not be loaded.', unloaded.map((goal) => quote(goal.name)).join(', '))}`;
  for (;;) {
    await sender.settled();
    if (run.failedSteps().length === 0) {
      await deps.prompts.showInfo(`${tallyMessage(run)}${notLoaded}`);
      return;
    }
    // "Show Log" is added (and handled) by the error reporter.
    const choice = await deps.errors.show(`${failureMessage(run, sender)}${notLoaded}`, retry);
    if (choice !== retry) {
      return;
    }
    await sendWithProgress(vscode.l10n.t('Sending the check-in again…'), async () => {
      sender.retryFailed();
      await sender.settled();
    });
  }
}
