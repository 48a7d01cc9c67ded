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
 */
import * as vscode from 'vscode';
import { allGoals } from '../../core/domain/goalQuery';
import { goalProgress } from '../../core/domain/progress';
import { ProgressHistory } from '../../core/history/progressHistory';
import type { ProgressPoint } from '../../core/history/progressHistory';
import type { GoalStore, StoreChange } from '../../core/model/storeTypes';
import { disposeAll } from '../disposeAll';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';

export const PROGRESS_HISTORY_KEY_PREFIX = 'clickupGoals.progressHistory.';

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

export class ProgressHistoryStore implements vscode.Disposable {
  private loaded: { teamId: string; history: ProgressHistory } | undefined;
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
    const teamId = this.deps.store.state.teamId;
    return teamId === null ? [] : this.historyOf(teamId).pointsOf(goalId);
  }

  /** Forgets every Workspace's history (signing out: another account's data must not linger). */
  async clear(): Promise<void> {
    this.loaded = undefined;
    const keys = this.deps.memento.keys().filter((key) => key.startsWith(PROGRESS_HISTORY_KEY_PREFIX));
    await Promise.all(keys.map((key) => this.deps.memento.update(key, undefined)));
  }

  private storeChanged(change: StoreChange): void {
    const { state } = this.deps.store;
    if (state.teamId === null || state.fromCache) {
      return;
    }
    const history = this.historyOf(state.teamId);
    const at = (this.deps.now ?? Date.now)();
    const touched: string[] = [];
    if (change.kind === 'goalRemoved') {
      if (history.forget(change.goalId)) {
        touched.push(change.goalId);
      }
    } else {
      const goals = change.kind === 'goal' ? [this.deps.store.findGoal(change.goalId)] : allGoals(state);
      for (const goal of goals) {
        if (goal !== undefined && history.record(goal.id, Math.round(goalProgress(goal) * 100), at)) {
          touched.push(goal.id);
        }
      }
    }
    if (touched.length > 0) {
      this.save(state.teamId, history);
      this.changed.fire({ teamId: state.teamId, goalIds: touched });
    }
  }

  private historyOf(teamId: string): ProgressHistory {
    if (this.loaded?.teamId !== teamId) {
      this.loaded = { teamId, history: ProgressHistory.fromJSON(this.deps.memento.get<unknown>(PROGRESS_HISTORY_KEY_PREFIX + teamId)) };
    }
    return this.loaded.history;
  }

  private save(teamId: string, history: ProgressHistory): void {
    this.deps.memento.update(PROGRESS_HISTORY_KEY_PREFIX + teamId, history.toJSON()).then(undefined, (error: unknown) => {
      this.deps.log.warn(`Could not keep the progress history: ${describeError(error)}`);
    });
  }

  dispose(): void {
    disposeAll(this.subscriptions);
  }
}
