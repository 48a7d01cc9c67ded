/**
 * Nothing lost when the window closes: once signed in and a Workspace's goals have arrived from
 * ClickUp, the writes closed windows left unsent for that Workspace are checked against the
 * service and sent when still needed, and the user is told (resumeRun.ts, in the on-demand bundle,
 * loaded only when there is something to send). Writes of another Workspace wait until that
 * Workspace is opened. Also keeps this window's own list alive (a heartbeat) and, on dispose,
 * leaves what is still unsent for the next start.
 */
import type * as vscode from 'vscode';
import type { ReplaySummary } from '../../core/pending/replayWrites';
import { JOURNAL_HEARTBEAT_MS } from '../../core/pending/writeJournal';
import type { ResumeRunDeps } from './resumeRun';

export interface PendingWritesResumeDeps extends Omit<ResumeRunDeps, 'retry'> {
  signedIn: () => boolean;
  /** resumeRun.ts's entry, from the on-demand bundle. */
  load: () => { resumePendingWrites(deps: ResumeRunDeps, teamId: string, retryFailed: boolean): Promise<ReplaySummary | undefined> };
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
    if (!retryFailed && journal.otherWindowsKeys(teamId).length === 0) {
      return undefined;
    }
    try {
      return await this.deps.load().resumePendingWrites({ ...this.deps, retry: (id) => this.resume(id, true) }, teamId, retryFailed);
    } catch (error) {
      log.error(`Could not send the changes left unsent: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
