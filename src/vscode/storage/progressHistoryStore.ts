/**
 * Keeps each Workspace's ProgressHistory in globalState (one key per Workspace)
 * and records into it what the goal store shows: every change the store reports
 * for fresh data (not while it paints from the cache) adds the goals' percents
 * under the hourly rule of ProgressHistory. A deleted goal's points are dropped.
 * Everything is forgotten on sign-out, like the cached goals. Holds goal ids,
 * times and percents only: never a token, never a name or a note.
 *
 * Two windows on one Workspace each keep their own copy in memory and write it
 * whole: the last writer's copy wins (both recorded the same store data anyway).
 *
 * A change of the whole list (a refresh: every goal, thousands in a large Workspace)
 * is recorded a moment later, off the path to the tree's first paint, from the state
 * it brought; anything that reads or records the history first records it then.
 * The history is written to globalState half a second after it changed (once for a burst).
 */
import * as vscode from 'vscode';
import { allGoals } from '../../core/domain/goalQuery';
import { goalProgress } from '../../core/domain/progress';
import { ProgressHistory } from '../../core/history/progressHistory';
import type { ProgressPoint } from '../../core/history/progressHistory';
import type { Goal } from '../../core/domain/types';
import type { GoalStore, StoreChange, StoreState } from '../../core/model/storeTypes';
import { disposeAll } from '../disposeAll';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';

export const PROGRESS_HISTORY_KEY_PREFIX = 'clickupGoals.progressHistory.';

/** How long after a whole-list change its goals are recorded (the tree paints meanwhile). */
export const RECORD_LIST_DELAY_MS = 2000;
/** How long after a recorded change the history is written to globalState (a burst writes once). */
export const SAVE_DELAY_MS = 500;

/** What this needs to know of the sign-in (AuthSession provides it). */
export interface SignInState {
  readonly signedIn: boolean;
  readonly onDidChange: vscode.Event<void>;
}

export interface ProgressHistoryStoreDeps {
  memento: vscode.Memento;
  store: GoalStore;
  auth: SignInState;
  log: ComponentLogger;
  /** The clock (ms since the epoch). */
  now?: () => number;
}

/** Which goals of which Workspace got new points. */
export interface ProgressHistoryChange {
  readonly teamId: string;
  readonly goalIds: readonly string[];
}

/** A whole-list change not recorded yet: the state it brought and when it came. */
interface PendingList {
  readonly state: StoreState;
  readonly at: number;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class ProgressHistoryStore implements vscode.Disposable {
  private loaded: { teamId: string; history: ProgressHistory } | undefined;
  private pendingList: PendingList | undefined;
  private pendingSave: { readonly teamId: string; readonly history: ProgressHistory; readonly timer: ReturnType<typeof setTimeout> } | undefined;
  private readonly changed = new vscode.EventEmitter<ProgressHistoryChange>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires after points were recorded (or forgotten) for the store's Workspace. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: ProgressHistoryStoreDeps) {
    this.subscriptions = [
      this.changed,
      deps.store.onDidChange((change) => this.storeChanged(change)),
      deps.auth.onDidChange(() => {
        if (!deps.auth.signedIn) {
          this.clear().then(undefined, (error: unknown) => deps.log.warn(`Could not clear the progress history: ${describeError(error)}`));
        }
      }),
    ];
    this.storeChanged({ kind: 'all' });
  }

  /** The recorded points of a goal of the store's current Workspace, oldest first. */
  pointsOf(goalId: string): readonly ProgressPoint[] {
    this.recordPendingList();
    const teamId = this.deps.store.state.teamId;
    return teamId === null ? [] : this.historyOf(teamId).pointsOf(goalId);
  }

  /** Forgets every Workspace's history (signing out: another account's data must not linger). */
  async clear(): Promise<void> {
    this.dropPendingList();
    this.dropPendingSave();
    this.loaded = undefined;
    const keys = this.deps.memento.keys().filter((key) => key.startsWith(PROGRESS_HISTORY_KEY_PREFIX));
    await Promise.all(keys.map((key) => this.deps.memento.update(key, undefined)));
  }

  private storeChanged(change: StoreChange): void {
    // What came before is recorded before this change, so points keep their order.
    this.recordPendingList();
    const { state } = this.deps.store;
    if (state.teamId === null || state.fromCache) {
      return;
    }
    const at = (this.deps.now ?? Date.now)();
    if (change.kind === 'all' || change.kind === 'status') {
      // The state is immutable: recording it later records exactly what this change showed.
      const timer = setTimeout(() => this.recordPendingList(), RECORD_LIST_DELAY_MS);
      timer.unref?.();
      this.pendingList = { state, at, timer };
      return;
    }
    const history = this.historyOf(state.teamId);
    const touched: string[] = [];
    if (change.kind === 'goalRemoved') {
      if (history.forget(change.goalId)) {
        touched.push(change.goalId);
      }
    } else {
      this.recordGoals(history, [this.deps.store.findGoal(change.goalId)], at, touched);
    }
    this.afterRecording(state.teamId, history, touched);
  }

  private recordPendingList(): void {
    const pending = this.pendingList;
    if (pending === undefined) {
      return;
    }
    this.dropPendingList();
    const teamId = pending.state.teamId;
    if (teamId === null) {
      return;
    }
    const history = this.historyOf(teamId);
    const touched: string[] = [];
    this.recordGoals(history, allGoals(pending.state), pending.at, touched);
    this.afterRecording(teamId, history, touched);
  }

  private dropPendingList(): void {
    if (this.pendingList !== undefined) {
      clearTimeout(this.pendingList.timer);
      this.pendingList = undefined;
    }
  }

  private recordGoals(history: ProgressHistory, goals: readonly (Goal | undefined)[], at: number, touched: string[]): void {
    for (const goal of goals) {
      if (goal !== undefined && history.record(goal.id, Math.round(goalProgress(goal) * 100), at)) {
        touched.push(goal.id);
      }
    }
  }

  private afterRecording(teamId: string, history: ProgressHistory, touched: readonly string[]): void {
    if (touched.length > 0) {
      this.save(teamId, history);
      this.changed.fire({ teamId, goalIds: touched });
    }
  }

  private historyOf(teamId: string): ProgressHistory {
    if (this.loaded?.teamId !== teamId) {
      this.loaded = { teamId, history: ProgressHistory.fromJSON(this.deps.memento.get<unknown>(PROGRESS_HISTORY_KEY_PREFIX + teamId)) };
    }
    return this.loaded.history;
  }

  /** Written whole, so a burst of changes (key results loading one goal after another) is written once, a moment later. */
  private save(teamId: string, history: ProgressHistory): void {
    if (this.pendingSave?.teamId === teamId && this.pendingSave.history === history) {
      return;
    }
    this.writePendingSave();
    const timer = setTimeout(() => this.writePendingSave(), SAVE_DELAY_MS);
    timer.unref?.();
    this.pendingSave = { teamId, history, timer };
  }

  private writePendingSave(): void {
    const pending = this.pendingSave;
    if (pending === undefined) {
      return;
    }
    this.dropPendingSave();
    this.deps.memento.update(PROGRESS_HISTORY_KEY_PREFIX + pending.teamId, pending.history.toJSON()).then(undefined, (error: unknown) => {
      this.deps.log.warn(`Could not keep the progress history: ${describeError(error)}`);
    });
  }

  private dropPendingSave(): void {
    if (this.pendingSave !== undefined) {
      clearTimeout(this.pendingSave.timer);
      this.pendingSave = undefined;
    }
  }

  dispose(): void {
    this.recordPendingList();
    this.writePendingSave();
    disposeAll(this.subscriptions);
  }
}
