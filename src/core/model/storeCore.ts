/**
 * The goal store's shared internals: the last confirmed data (base), writes not
 * yet confirmed (pending overlays), and the state shown to views, derived from
 * both. Reads (storeReads.ts) and writes (goalWrites.ts, keyResultWrites.ts)
 * change the base or the overlays and then call render() and emit().
 */
import type { GoalsApi } from '../clickup/api';
import { ClickUpError, isClickUpError } from '../clickup/errors';
import type { Goal, KeyResult } from '../domain/types';
import { Emitter } from './emitter';
import { EMPTY_TREE, locateGoal, mapGoals, replaceGoal } from './goalCollection';
import type { GoalTree } from './goalCollection';
import { applyGoalUpdate, applyKeyResultEdit, percentFromKeyResults } from './goalOverlay';
import { KeyedChain } from './keyedChain';
import { PendingWrites } from './pendingWrites';
import type { PendingEditsByKeyResult, PendingUpdates } from './pendingWrites';
import { RequestQueue } from './requestQueue';
import type { QueuedTask } from './requestQueue';
import { buildSnapshot, DEFAULT_SNAPSHOT_LIMITS } from './snapshotCache';
import type { SnapshotCache, SnapshotLimits } from './snapshotCache';
import type { StoreChange, StoreState } from './storeTypes';

/** Satisfied by VS Code's LogOutputChannel; messages never carry tokens. */
export interface StoreLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface GoalStoreOptions {
  cache?: SnapshotCache;
  now?: () => number;
  /** Most goal-detail requests at once (default 4). */
  detailConcurrency?: number;
  logger?: StoreLogger;
  /** Saves after key results arrive wait this long so a burst saves once (default 500 ms). */
  persistDelayMs?: number;
  /** After a refresh, refetch (in the background) key results of loaded goals that changed. Default true. */
  revalidateKeyResults?: boolean;
  snapshotLimits?: SnapshotLimits;
}

/** Key results of one goal as last confirmed; stale ones still show until fresh ones arrive. */
export interface KeyResultEntry {
  readonly list: readonly KeyResult[];
  readonly stale: boolean;
}

interface Memo {
  goal: Goal;
  updates: PendingUpdates | undefined;
  entry: KeyResultEntry | undefined;
  edits: PendingEditsByKeyResult | undefined;
  out: Goal;
}

const EMPTY_STATE: StoreState = {
  status: 'empty',
  teamId: null,
  goals: [],
  folders: [],
  fetchedAt: null,
  fromCache: false,
  error: null,
};

export class StoreCore {
  base: GoalTree = EMPTY_TREE;
  readonly entries = new Map<string, KeyResultEntry>();
  readonly detailLoads = new Map<string, QueuedTask<readonly KeyResult[]>>();
  refreshInFlight: { key: string; promise: Promise<void> } | undefined;
  /** Bumped on every workspace change so late answers for the old one are dropped. */
  generation = 0;
  includeCompleted = false;
  readonly queue: RequestQueue;
  readonly chain = new KeyedChain();
  readonly now: () => number;
  readonly pending = new PendingWrites();
  private readonly emitter = new Emitter<StoreChange>();
  private current: StoreState = EMPTY_STATE;
  private readonly lastWrite = new Map<string, number>();
  private writeCounter = 0;
  private seqCounter = 0;
  private memo = new Map<string, Memo>();
  private persistTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly api: GoalsApi,
    readonly options: GoalStoreOptions,
  ) {
    this.queue = new RequestQueue(options.detailConcurrency ?? 4);
    this.now = options.now ?? Date.now;
  }

  get state(): StoreState {
    return this.current;
  }

  get event(): Emitter<StoreChange>['event'] {
    return this.emitter.event;
  }

  patchState(patch: Partial<StoreState>): void {
    this.current = { ...this.current, ...patch };
  }

  emit(change: StoreChange): void {
    this.emitter.fire(change, (error) => this.log('warn', `A change listener failed: ${errorText(error)}`));
  }

  log(level: keyof StoreLogger, message: string): void {
    this.options.logger?.[level](`[goalStore] ${message}`);
  }

  /** Forgets everything (new workspace or signed out); answers still in flight are ignored. */
  reset(teamId: string | null): void {
    this.generation += 1;
    this.base = EMPTY_TREE;
    this.entries.clear();
    this.detailLoads.clear();
    this.refreshInFlight = undefined;
    this.pending.clear();
    this.lastWrite.clear();
    this.memo = new Map();
    this.cancelPersist();
    this.current = { ...EMPTY_STATE, teamId };
  }

  /** Recomputes the shown goals; untouched goals and folders keep their identity. */
  render(): void {
    const shown = mapGoals(this.base, (goal) => this.derive(goal));
    this.patchState({ goals: shown.goals, folders: shown.folders });
  }

  // ---- writes bookkeeping -------------------------------------------------

  nextSeq(): number {
    this.seqCounter += 1;
    return this.seqCounter;
  }

  /** A mark to compare with later: did a write to a goal complete after it? */
  writeMark(): number {
    return this.writeCounter;
  }

  markWritten(goalId: string): void {
    this.writeCounter += 1;
    this.lastWrite.set(goalId, this.writeCounter);
  }

  writtenSince(goalId: string, mark: number): boolean {
    return (this.lastWrite.get(goalId) ?? 0) > mark;
  }

  /** After a new list every goal object is new anyway; dropping the memo also drops removed goals. */
  clearMemo(): void {
    this.memo = new Map();
  }

  forgetGoal(goalId: string): void {
    this.entries.delete(goalId);
    this.pending.forgetGoal(goalId);
    this.memo.delete(goalId);
  }

  // ---- base data ----------------------------------------------------------

  /** Replaces a goal's confirmed data where it sits; details never move it between folders. */
  replaceBaseGoal(goal: Goal): void {
    const location = locateGoal(this.base, goal.id);
    if (location) {
      this.base = replaceGoal(this.base, { ...goal, keyResults: null, folderId: location.folderId });
    }
  }

  /** Confirmed key results changed locally: the goal's count and percent follow them. */
  setKeyResults(goalId: string, list: readonly KeyResult[]): void {
    // A stale flag survives: a revalidation in flight still needs to land.
    this.entries.set(goalId, { list, stale: this.entries.get(goalId)?.stale ?? false });
    const location = locateGoal(this.base, goalId);
    if (location) {
      const goal = location.goal;
      this.replaceBaseGoal({ ...goal, keyResultCount: list.length, percentCompleted: percentFromKeyResults(goal, list) });
    }
  }

  goalIdOfKeyResult(keyResultId: string): string | undefined {
    for (const [goalId, entry] of this.entries) {
      if (entry.list.some((keyResult) => keyResult.id === keyResultId)) {
        return goalId;
      }
    }
    return undefined;
  }

  // ---- persistence --------------------------------------------------------

  /** Saves the confirmed data (never pending writes) to the snapshot cache. */
  persistNow(): void {
    this.cancelPersist();
    const cache = this.options.cache;
    const teamId = this.current.teamId;
    if (!cache || teamId === null || this.current.fetchedAt === null) {
      return;
    }
    const fresh = new Map<string, readonly KeyResult[]>();
    for (const [goalId, entry] of this.entries) {
      if (!entry.stale) {
        fresh.set(goalId, entry.list);
      }
    }
    const source = { teamId, fetchedAt: this.current.fetchedAt, includeCompleted: this.includeCompleted, ...this.base, keyResults: fresh };
    const snapshot = buildSnapshot(source, this.options.snapshotLimits ?? DEFAULT_SNAPSHOT_LIMITS);
    if (!snapshot) {
      this.log('info', 'Workspace too large to cache; skipping the snapshot.');
      return;
    }
    try {
      cache.save(teamId, snapshot);
    } catch (error) {
      this.log('warn', `Could not save the snapshot: ${errorText(error)}`);
    }
  }

  persistSoon(): void {
    if (this.persistTimer !== undefined || !this.options.cache) {
      return;
    }
    this.persistTimer = setTimeout(() => this.persistNow(), this.options.persistDelayMs ?? 500);
    // A pending save must not keep a test run or the extension host alive.
    this.persistTimer.unref?.();
  }

  flushPersist(): void {
    if (this.persistTimer !== undefined) {
      this.persistNow();
    }
  }

  dispose(): void {
    this.flushPersist();
    this.generation += 1;
    this.emitter.dispose();
  }

  private cancelPersist(): void {
    if (this.persistTimer !== undefined) {
      clearTimeout(this.persistTimer);
      this.persistTimer = undefined;
    }
  }

  private derive(goal: Goal): Goal {
    const updates = this.pending.updatesOf(goal.id);
    const entry = this.entries.get(goal.id);
    const edits = this.pending.editsOf(goal.id);
    if (!updates && !entry && !edits) {
      // The common case (nothing loaded or pending): the confirmed goal is what shows.
      return goal;
    }
    const memo = this.memo.get(goal.id);
    if (memo && memo.goal === goal && memo.updates === updates && memo.entry === entry && memo.edits === edits) {
      return memo.out;
    }
    let out = (updates ?? []).reduce((shown, pending) => applyGoalUpdate(shown, pending.input), goal);
    if (entry) {
      const list = entry.list.map((keyResult) =>
        (edits?.get(keyResult.id) ?? []).reduce((shown, pending) => applyKeyResultEdit(shown, pending.input), keyResult),
      );
      out = { ...out, keyResults: list };
      if (edits) {
        out.percentCompleted = percentFromKeyResults(out, list);
      }
    }
    this.memo.set(goal.id, { goal, updates, entry, edits, out });
    return out;
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Every failure the store reports is a ClickUpError; anything else is a bug below us, wrapped. */
export function asClickUpError(error: unknown, operation: string): ClickUpError {
  if (isClickUpError(error)) {
    return error;
  }
  return new ClickUpError(`Unexpected failure in ${operation}: ${errorText(error)}`, {
    reason: 'invalidResponse',
    operation,
    cause: error,
  });
}
