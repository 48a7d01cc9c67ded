/**
 * Nothing lost when the window closes: once signed in and a Workspace's goals have arrived from
 * ClickUp, the writes a closed window left unsent for that Workspace are checked against the
 * service and sent when still needed (src/core/pending/replayWrites.ts), then the user is told
 * what was sent and what failed. Failures keep their values (in the journal), with Retry and
 * Discard. Writes of another Workspace wait until that Workspace is opened.
 */
import * as vscode from 'vscode';
import type { GoalsApi } from '../../core/clickup/api';
import type { GoalStore } from '../../core/model/storeTypes';
import type { PendingWrite } from '../../core/pending/pendingWrite';
import type { ReplayResult, ReplaySummary } from '../../core/pending/replayWrites';
import { replayWrites } from '../../core/pending/replayWrites';
import { JOURNAL_HEARTBEAT_MS } from '../../core/pending/writeJournal';
import type { WriteJournal } from '../../core/pending/writeJournal';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import type { WindowApis } from '../windowApis';

export interface PendingWritesResumeDeps {
  journal: WriteJournal;
  store: GoalStore;
  api: GoalsApi;
  signedIn: () => boolean;
  ui: Pick<WindowApis, 'showInformationMessage' | 'showWarningMessage'>;
  showLog: () => void;
  log: ComponentLogger;
}

export class PendingWritesResume implements vscode.Disposable {
  private readonly checked = new Set<string>();
  private readonly subscription: { dispose(): void };
  private readonly heartbeat: ReturnType<typeof setInterval>;
  private running: Promise<ReplaySummary | undefined> = Promise.resolve(undefined);

  constructor(private readonly deps: PendingWritesResumeDeps) {
    this.subscription = deps.store.onDidChange(() => this.storeChanged());
    this.heartbeat = setInterval(() => this.tick(), JOURNAL_HEARTBEAT_MS);
    this.heartbeat.unref?.();
  }

  /**
   * Sends what closed windows left unsent for the Workspace and, with `retryFailed` (Retry), what
   * failed before; one run at a time. Resolves with what happened (undefined when there was nothing).
   */
  resume(teamId: string, retryFailed = false): Promise<ReplaySummary | undefined> {
    this.running = this.running.then(() => this.run(teamId, retryFailed));
    return this.running;
  }

  dispose(): void {
    clearInterval(this.heartbeat);
    this.subscription.dispose();
    // What is still unsent is left over for the next start.
    this.deps.journal.close();
  }

  /** Once per Workspace and sign-in: when fresh goals show the token works for it. */
  private storeChanged(): void {
    const { status, teamId, fromCache } = this.deps.store.state;
    if (teamId === null) {
      // Signed out: the next sign-in checks again.
      this.checked.clear();
    }
    if (teamId === null || status !== 'ready' || fromCache || !this.deps.signedIn() || this.checked.has(teamId)) {
      return;
    }
    this.checked.add(teamId);
    void this.resume(teamId);
  }

  /** Shows this window is alive, and picks up what a window that stopped without closing (a crash) left. */
  private tick(): void {
    this.deps.journal.heartbeat();
    const teamId = this.deps.store.state.teamId;
    if (teamId !== null && this.checked.has(teamId) && this.deps.signedIn()) {
      void this.resume(teamId);
    }
  }

  private async run(teamId: string, retryFailed: boolean): Promise<ReplaySummary | undefined> {
    const { journal, log } = this.deps;
    const adopted = journal.adoptLeftOver(teamId);
    const writes = retryFailed ? journal.leftOver(teamId) : adopted;
    if (writes.length === 0) {
      return undefined;
    }
    log.info(`Sending ${writes.length} change(s) left unsent when a window closed (Workspace ${teamId}), after checking what ClickUp already has.`);
    let summary: ReplaySummary;
    try {
      summary = await replayWrites(this.deps.api, teamId, writes, (result) => this.settled(teamId, result));
    } catch (error) {
      log.error(`Sending the unsent changes failed: ${describeError(error)}`);
      return undefined;
    }
    log.info(`Unsent changes: ${summary.sent} sent, ${summary.alreadyApplied} already in ClickUp (not sent again), ${summary.failed} failed and kept.`);
    this.deps.store.refresh().catch((error: unknown) => log.warn(`Refresh after sending the unsent changes failed: ${describeError(error)}`));
    void this.tell(teamId, summary);
    return summary;
  }

  private settled(teamId: string, result: ReplayResult): void {
    const { journal, log } = this.deps;
    if (result.result === 'failed') {
      log.warn(`Kept an unsent ${describeWrite(result.write)}: ${result.reason}`);
      journal.markFailed(teamId, result.write.id, result.reason);
    } else {
      log.info(`${result.result === 'sent' ? 'Sent' : 'Already in ClickUp, not sent again:'} ${describeWrite(result.write)}`);
      journal.remove(teamId, result.write.id);
    }
  }

  private async tell(teamId: string, summary: ReplaySummary): Promise<void> {
    const { ui, journal, log } = this.deps;
    const total = summary.results.length;
    if (summary.failed === 0) {
      await ui.showInformationMessage(
        vscode.l10n.t('ClickUp Goals: {0} change(s) not yet sent when the window closed are saved now ({1} sent, {2} already in ClickUp).', total, summary.sent, summary.alreadyApplied),
      );
      return;
    }
    const retry = vscode.l10n.t('Retry');
    const discard = vscode.l10n.t('Discard');
    const showLog = vscode.l10n.t('Show Log');
    const choice = await ui.showWarningMessage(
      vscode.l10n.t(
        'ClickUp Goals: {0} of {1} change(s) not yet sent when the window closed could not be sent ({2} sent, {3} already in ClickUp). They are kept until you retry or discard them.',
        summary.failed,
        total,
        summary.sent,
        summary.alreadyApplied,
      ),
      retry,
      discard,
      showLog,
    );
    const failed = journal.pending(teamId).filter((write) => write.failed !== undefined);
    if (choice === retry) {
      await this.resume(teamId, true);
    } else if (choice === discard) {
      failed.forEach((write) => journal.remove(teamId, write.id));
      log.info(`Discarded ${failed.length} unsent change(s) at the user's request.`);
    } else if (choice === showLog) {
      this.deps.showLog();
    }
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
