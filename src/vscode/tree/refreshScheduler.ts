/**
 * Periodic refresh (clickupGoals.refreshIntervalSeconds, 0 = off, at least 60 s
 * so one goal-list request a minute stays far inside ClickUp's 100-a-minute
 * budget). It runs only while the Goals view is visible; when the view comes
 * back after the interval has passed, it refreshes at once.
 */
import * as vscode from 'vscode';
import { disposeAll } from '../disposeAll';
import type { GoalStore } from '../../core/model/storeTypes';
import { SETTING, affects, refreshIntervalSeconds } from '../config/settings';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';

export interface RefreshSchedulerDeps {
  store: GoalStore;
  /** Whether a refresh makes sense now (signed in, a Workspace chosen). */
  canRefresh: () => boolean;
  log: ComponentLogger;
  /** Replaceable in tests (the interval is at least a minute). */
  timers?: Timers;
}

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: Timers = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export class RefreshScheduler implements vscode.Disposable {
  private timer: unknown;
  private readonly timers: Timers;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly view: Pick<vscode.TreeView<unknown>, 'visible' | 'onDidChangeVisibility'>,
    private readonly deps: RefreshSchedulerDeps,
  ) {
    this.timers = deps.timers ?? realTimers;
    this.subscriptions.push(
      view.onDidChangeVisibility(() => this.reschedule(true)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, SETTING.refreshIntervalSeconds)) {
          this.reschedule(false);
        }
      }),
    );
    this.reschedule(false);
  }

  private reschedule(catchUp: boolean): void {
    if (this.timer !== undefined) {
      this.timers.clearInterval(this.timer);
    }
    this.timer = undefined;
    const seconds = refreshIntervalSeconds();
    if (seconds === 0 || !this.view.visible) {
      return;
    }
    const intervalMs = seconds * 1000;
    const fetchedAt = this.deps.store.state.fetchedAt;
    if (catchUp && fetchedAt !== null && Date.now() - fetchedAt >= intervalMs) {
      this.tick();
    }
    this.timer = this.timers.setInterval(() => this.tick(), intervalMs);
  }

  private tick(): void {
    if (!this.deps.canRefresh() || this.deps.store.state.status === 'loading') {
      return;
    }
    this.deps.log.debug('Periodic refresh.');
    this.deps.store.refresh({ background: true }).catch((error: unknown) => {
      this.deps.log.warn(`Periodic refresh failed: ${describeError(error)}`);
    });
  }

  dispose(): void {
    if (this.timer !== undefined) {
      this.timers.clearInterval(this.timer);
    }
    disposeAll(this.subscriptions);
  }
}
