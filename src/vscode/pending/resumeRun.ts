/**
 * The work of sending what closed windows left (in the on-demand bundle, dist/edit.js: only a
 * start that finds such writes loads it): take the left-over lists over, check each write against
 * ClickUp and send what is still needed (src/core/pending), mark each done or failed in storage as
 * its outcome arrives, refresh the goals, and tell the user with counts; failures keep their
 * values, with Retry and Discard.
 */
import * as vscode from 'vscode';
import type { GoalsApi } from '../../core/clickup/api';
import type { GoalStore } from '../../core/model/storeTypes';
import { adoptLeftOver } from '../../core/pending/adoptLeftOver';
import type { PendingWrite } from '../../core/pending/pendingWrite';
import type { ReplayResult, ReplaySummary } from '../../core/pending/replayWrites';
import { replayWrites } from '../../core/pending/replayWrites';
import type { KeyValueStorage, WriteJournal } from '../../core/pending/writeJournal';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import type { WindowApis } from '../windowApis';

export interface ResumeRunDeps {
  journal: WriteJournal;
  storage: KeyValueStorage;
  store: GoalStore;
  api: GoalsApi;
  ui: Pick<WindowApis, 'showInformationMessage' | 'showWarningMessage'>;
  showLog: () => void;
  log: ComponentLogger;
  /** Runs again for the Workspace with the failed writes (Retry), queued behind any run. */
  retry: (teamId: string) => Promise<unknown>;
}

export async function resumePendingWrites(deps: ResumeRunDeps, teamId: string, retryFailed: boolean): Promise<ReplaySummary | undefined> {
  const { journal, log } = deps;
  const adopted = adoptLeftOver(journal, deps.storage, teamId, { log: (line) => log.warn(line) });
  const writes = retryFailed ? journal.leftOver(teamId) : adopted;
  if (writes.length === 0) {
    return undefined;
  }
  log.info(`Sending ${writes.length} change(s) left unsent when a window closed (Workspace ${teamId}), after checking what ClickUp already has.`);
  let summary: ReplaySummary;
  try {
    summary = await replayWrites(deps.api, teamId, writes, (result) => settled(deps, teamId, result));
  } catch (error) {
    log.error(`Sending the unsent changes failed: ${describeError(error)}`);
    return undefined;
  }
  log.info(`Unsent changes: ${summary.sent} sent, ${summary.alreadyApplied} already in ClickUp (not sent again), ${summary.failed} failed and kept.`);
  deps.store.refresh().catch((error: unknown) => log.warn(`Refresh after sending the unsent changes failed: ${describeError(error)}`));
  void tell(deps, teamId, summary);
  return summary;
}

function settled(deps: ResumeRunDeps, teamId: string, result: ReplayResult): void {
  const { journal, log } = deps;
  if (result.result === 'failed') {
    log.warn(`Kept an unsent ${describeWrite(result.write)}: ${result.reason}`);
    journal.markFailed(teamId, result.write.id, result.reason);
  } else {
    log.info(`${result.result === 'sent' ? 'Sent' : 'Already in ClickUp, not sent again:'} ${describeWrite(result.write)}`);
    journal.remove(teamId, result.write.id);
  }
}

async function tell(deps: ResumeRunDeps, teamId: string, summary: ReplaySummary): Promise<void> {
  const { ui, journal, log } = deps;
  const total = summary.results.length;
  if (summary.failed === 0) {
    await ui.showInformationMessage(
      total === 1
        ? vscode.l10n.t('ClickUp Goals: 1 change not yet sent when the window closed is saved now ({0} sent, {1} already in ClickUp).', summary.sent, summary.alreadyApplied)
        : vscode.l10n.t('ClickUp Goals: {0} changes not yet sent when the window closed are saved now ({1} sent, {2} already in ClickUp).', total, summary.sent, summary.alreadyApplied),
    );
    return;
  }
  const retry = vscode.l10n.t('Retry');
  const discard = vscode.l10n.t('Discard');
  const showLog = vscode.l10n.t('Show Log');
  const choice = await ui.showWarningMessage(
    total === 1
      ? vscode.l10n.t('ClickUp Goals: 1 change not yet sent when the window closed could not be sent. It is kept until you retry or discard it.')
      : vscode.l10n.t(
          'ClickUp Goals: {0} of {1} changes not yet sent when the window closed could not be sent ({2} sent, {3} already in ClickUp). They are kept until you retry or discard them.',
          summary.failed,
          total,
          summary.sent,
          summary.alreadyApplied,
        ),
    retry,
    discard,
    showLog,
  );
  if (choice === retry) {
    await deps.retry(teamId);
  } else if (choice === discard) {
    const failed = journal.leftOver(teamId).filter((write) => write.failed !== undefined);
    failed.forEach((write) => journal.remove(teamId, write.id));
    log.info(`Discarded ${failed.length} unsent change(s) at the user's request.`);
  } else if (choice === showLog) {
    deps.showLog();
  }
}

/** For the log: what kind of write and which object, never its values or notes. */
function describeWrite(write: PendingWrite): string {
  const { op } = write;
  switch (op.kind) {
    case 'editKeyResult':
    case 'deleteKeyResult':
      return `${op.kind} of key result ${op.keyResultId}`;
    case 'createKeyResult':
    case 'updateGoal':
    case 'deleteGoal':
      return `${op.kind} of goal ${op.goalId}`;
    case 'createGoal':
      return 'createGoal';
  }
}
