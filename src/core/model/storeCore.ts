/**
 * The goal store's shared internals: the last confirmed data (base), writes not
 * yet confirmed (pending overlays), and the state shown to views, derived from
 * both. Reads (storeReads.ts) and writes (goalWrites.ts, keyResultWrites.ts)
 * change the base or the overlays, then call render() (everything) or
 * renderGoal() (one goal) and emit(). The shown state is derived lazily, when
 * read, and only for the goals marked since: one goal's change never walks the
 * Workspace (goals are found through an index of where each sits).
 */
import type { GoalsApi } from '../clickup/api';
import type { Goal, KeyResult } from '../domain/types';
import { Emitter } from './emitter';
import { EMPTY_TREE } from './goalCollection';
import type { GoalTree } from './goalCollection';
import { folderIdAt, goalAt, indexGoals, placeGoals, slotsToReplace } from './goalIndex';
import type { GoalIndex } from './goalIndex';
import { percentFromKeyResults } from './goalOverlay';
import { KeyResultEntries } from './keyResultEntries';
import { KeyedChain } from './keyedChain';
import { PendingWrites } from './pendingWrites';
import { RequestQueue } from './requestQueue';
import type { QueuedTask } from './requestQueue';
import { ShownGoals } from './shownGoals';
import { buildSnapshot, DEFAULT_SNAPSHOT_LIMITS } from './snapshotCache';
import type { SnapshotCache, SnapshotLimits } from './snapshotCache';
import { errorText } from './storeErrors';
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
  readonly entries = new KeyResultEntries();
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
  private confirmed: GoalTree = EMPTY_TREE;
  private index: GoalIndex = new Map();
  /** Goals whose shown version may be out of date, or 'all' after a change of shape. */
  private dirty: Set<string> | 'all' = new Set();
  private readonly lastWrite = new Map<string, number>();
  private writeCounter = 0;
  private seqCounter = 0;
  private readonly shown = new ShownGoals(this.pending, this.entries);
  private persistTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly api: GoalsApi,
    readonly options: GoalStoreOptions,
  ) {
    this.queue = new RequestQueue(options.detailConcurrency ?? 4);
    this.now = options.now ?? Date.now;
  }

  get state(): StoreState {
    if (this.dirty === 'all' || this.dirty.size > 0) {
      this.current = { ...this.current, ...this.shown.tree(this.confirmed, this.index, this.current, this.dirty) };
      this.dirty = new Set();
    }
    return this.current;
  }

  /** The last confirmed data. Setting it (a new shape) re-indexes and re-derives everything. */
  get base(): GoalTree {
    return this.confirmed;
  }

  set base(tree: GoalTree) {
    this.confirmed = tree;
    this.index = indexGoals(tree);
    this.dirty = 'all';
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
    this.dirty = new Set();
    this.entries.clear();
    this.detailLoads.clear();
    this.refreshInFlight = undefined;
    this.pending.clear();
    this.lastWrite.clear();
    this.shown.clear();
    this.cancelPersist();
    this.current = { ...EMPTY_STATE, teamId };
  }

  /** Marks every goal for re-deriving; untouched goals and folders keep their identity. */
  render(): void {
    this.dirty = 'all';
  }

  /** Marks one goal for re-deriving (its confirmed data, key results or pending writes changed). */
  renderGoal(goalId: string): void {
    if (this.dirty !== 'all') {
      this.dirty.add(goalId);
    }
  }

  /** A goal as shown (pending writes on top), the same object state holds; found in O(1). */
  shownGoal(goalId: string): Goal | undefined {
    const slot = this.index.get(goalId)?.[0];
    return slot && this.shown.derive(goalAt(this.confirmed, slot));
  }

  /** Where a goal's confirmed data sits, like locateGoal(base) without the scan. */
  locate(goalId: string): { goal: Goal; folderId: string | null } | undefined {
    const slot = this.index.get(goalId)?.[0];
    return slot && { goal: goalAt(this.confirmed, slot), folderId: folderIdAt(this.confirmed, slot) };
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
    this.shown.clear();
  }

  forgetGoal(goalId: string): void {
    this.entries.delete(goalId);
    this.pending.forgetGoal(goalId);
    this.shown.forget(goalId);
  }

  // ---- base data ----------------------------------------------------------

  /** Replaces a goal's confirmed data where it sits; details never move it between folders. */
  replaceBaseGoal(goal: Goal): void {
    const slots = this.index.get(goal.id);
    if (!slots) {
      return;
    }
    const placed = { ...goal, keyResults: null, folderId: folderIdAt(this.confirmed, slots[0]) };
    // Same shape, so the index still holds: no re-indexing, no full re-derive.
    this.confirmed = placeGoals(this.confirmed, this.confirmed, slotsToReplace(slots).map((slot) => ({ slot, goal: placed })));
    this.renderGoal(goal.id);
  }

  /** Confirmed key results changed locally: the goal's count and percent follow them. */
  setKeyResults(goalId: string, list: readonly KeyResult[]): void {
    // A stale flag survives: a revalidation in flight still needs to land.
    this.entries.set(goalId, { list, stale: this.entries.get(goalId)?.stale ?? false });
    const location = this.locate(goalId);
    if (location) {
      const goal = location.goal;
      this.replaceBaseGoal({ ...goal, keyResultCount: list.length, percentCompleted: percentFromKeyResults(goal, list) });
    }
  }

  goalIdOfKeyResult(keyResultId: string): string | undefined {
    const holders = this.entries.holdersOf(keyResultId);
    if (holders.length <= 1) {
      return holders[0];
    }
    // Odd data (one id in several goals): the first goal in entry order, as always.
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
}
