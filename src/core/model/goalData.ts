/**
 * What the goal store knows, in private state: the confirmed goal tree and its one
 * index, confirmed key results per goal, writes not yet confirmed, and the state
 * views see, derived from all three. A method that changes something marks the goals
 * it touches; state re-derives lazily, on read, only those goals. Called only inside
 * the store's one change path (goalStore.ts).
 */
import type { PendingWriteOp } from '../pending/pendingWrite';
import type { GoalsApi } from '../clickup/api';
import type { EditKeyResultInput, Goal, KeyResult, UpdateGoalInput } from '../domain/types';
import {
  EMPTY_TREE, folderIdAt, goalAt, indexGoals, insertGoal, mapGoals, percentFromKeyResults, placeGoals,
  PendingWrites, removeGoal, showGoal, slotBefore, slotsToReplace,
} from './goalTree';
import type { GoalIndex, GoalTree, PendingEdits, PendingUpdates } from './goalTree';
import { KeyResultEntries } from './keyResultEntries';
import type { KeyResultEntry } from './keyResultEntries';
import type { CachedSnapshot, SnapshotSource } from './snapshotCache';
import type { GoalStoreOptions, StoreChange, StoreLogger, StoreState } from './storeTypes';

/** A derived goal and what it was derived from, compared by identity. */
type Memo = [Goal, PendingUpdates | undefined, KeyResultEntry | undefined, PendingEdits | undefined, Goal];

export type StoreStatusFields = Omit<StoreState, 'goals' | 'folders'>;

const EMPTY_STATE: StoreState = { status: 'empty', teamId: null, goals: [], folders: [], fetchedAt: null, fromCache: false, error: null };

export class GoalData {
  private current: StoreState = EMPTY_STATE;
  private confirmed: GoalTree = EMPTY_TREE;
  private index: GoalIndex = new Map();
  /** Goals whose shown version may be out of date, or 'all' after a change of shape. */
  private dirty: Set<string> | 'all' = new Set();
  private memo = new Map<string, Memo>();
  private readonly keyResults = new KeyResultEntries();
  private readonly pending = new PendingWrites();
  private readonly lastWrite = new Map<string, number>();
  private writeCounter = 0;
  private generationCounter = 0;

  /** What views see; derived here, for the goals marked since the last read. */
  get state(): StoreState {
    const dirty = this.dirty;
    if (dirty === 'all') {
      this.current = { ...this.current, ...mapGoals(this.confirmed, (goal) => this.derive(goal)) };
    } else if (dirty.size > 0) {
      const slots = [...dirty].flatMap((goalId) => this.index.get(goalId) ?? []);
      const placements = slots.map((slot) => ({ slot, goal: this.derive(goalAt(this.confirmed, slot)) }));
      this.current = { ...this.current, ...placeGoals(this.current, this.confirmed, placements) };
    } else {
      return this.current;
    }
    this.dirty = new Set();
    return this.current;
  }

  /** The status fields alone (no deriving). */
  get status(): StoreStatusFields {
    return this.current;
  }

  /** Bumped on every reset, so answers that arrive for an older Workspace are dropped. */
  get generation(): number {
    return this.generationCounter;
  }

  /** Forgets everything (a new Workspace, or signed out). */
  reset(teamId: string | null): void {
    this.generationCounter += 1;
    this.setTree(EMPTY_TREE);
    this.dirty = new Set();
    this.memo = new Map();
    this.keyResults.clear();
    this.pending.clear();
    this.lastWrite.clear();
    this.current = { ...EMPTY_STATE, teamId };
  }

  /** Keeps the data but drops answers still in flight (the store was disposed). */
  retire(): void {
    this.generationCounter += 1;
  }

  setStatus(patch: Partial<StoreStatusFields>): void {
    this.current = { ...this.current, ...patch };
  }

  /** A goal as shown (pending writes on top), the same object state holds; found in O(1). */
  goal(goalId: string): Goal | undefined {
    const slot = this.index.get(goalId)?.[0];
    return slot && this.derive(goalAt(this.confirmed, slot));
  }

  /** A goal's confirmed data and where it sits. */
  confirmedGoal(goalId: string): { goal: Goal; folderId: string | null } | undefined {
    const slot = this.index.get(goalId)?.[0];
    return slot && { goal: goalAt(this.confirmed, slot), folderId: folderIdAt(this.confirmed, slot) };
  }

  /** Replaces a goal's confirmed data where it sits; details never move it between folders. */
  replaceGoal(goal: Goal): void {
    const slots = this.index.get(goal.id);
    if (!slots) {
      return;
    }
    const placed = { ...goal, keyResults: null, folderId: folderIdAt(this.confirmed, slots[0]) };
    // Same shape, so the index still holds.
    this.confirmed = placeGoals(this.confirmed, this.confirmed, slotsToReplace(slots).map((slot) => ({ slot, goal: placed })));
    this.mark(goal.id);
  }

  addGoal(goal: Goal): void {
    this.setTree(insertGoal(this.confirmed, { ...goal, keyResults: null }));
  }

  removeGoal(goalId: string): void {
    this.forget(goalId);
    if (this.index.has(goalId)) {
      this.setTree(removeGoal(this.confirmed, goalId));
    }
  }

  /** Shows a cached snapshot (confirmed data only) until fresh data arrives. */
  paint(snapshot: CachedSnapshot): void {
    this.setTree({ goals: snapshot.goals, folders: snapshot.folders });
    for (const [goalId, list] of Object.entries(snapshot.keyResults)) {
      this.keyResults.set(goalId, { list, stale: false });
    }
    this.setStatus({ status: 'ready', fetchedAt: snapshot.savedAt, fromCache: true, error: null });
  }

  /**
   * Replaces the data with a fresh tree (local writes already merged in). Key results
   * stay for goals whose summary did not change; the others' are marked stale and
   * their ids returned, to refetch.
   */
  applyTree(fresh: GoalTree, fetchedAt: number): string[] {
    const freshIndex = indexGoals(fresh);
    const toRevalidate: string[] = [];
    for (const [goalId, entry] of [...this.keyResults]) {
      const before = this.confirmedGoal(goalId)?.goal;
      const slot = freshIndex.get(goalId)?.[0];
      const after = slot && goalAt(fresh, slot);
      if (!after) {
        this.forget(goalId);
      } else if (
        !before ||
        before.dateUpdated !== after.dateUpdated ||
        before.keyResultCount !== after.keyResultCount ||
        before.percentCompleted !== after.percentCompleted
      ) {
        this.keyResults.set(goalId, { list: entry.list, stale: true });
        toRevalidate.push(goalId);
      }
    }
    // Every goal object is new anyway; dropping the memo also drops removed goals.
    this.memo = new Map();
    // Same shape as `fresh`, so its index holds: a 5,000-goal list is indexed once, not twice.
    this.setTree(mapGoals(fresh, (goal) => (goal.keyResults === null ? goal : { ...goal, keyResults: null })), freshIndex);
    this.setStatus({ status: 'ready', fetchedAt, fromCache: false, error: null });
    return toRevalidate;
  }

  /** The confirmed tree, to merge a fresh list with. */
  get confirmedTree(): GoalTree {
    return this.confirmed;
  }

  /** The confirmed key results of a goal, undefined when not fetched yet. */
  keyResultEntry(goalId: string): KeyResultEntry | undefined {
    return this.keyResults.get(goalId);
  }

  /** Key results as fetched (or known to be none). */
  setKeyResults(goalId: string, list: readonly KeyResult[]): void {
    this.keyResults.set(goalId, { list, stale: false });
    this.mark(goalId);
  }

  /** Confirmed key results changed by a write: the goal's count and percent follow them. */
  writeKeyResults(goalId: string, list: readonly KeyResult[]): void {
    // A stale flag survives: a revalidation in flight still needs to land.
    this.keyResults.set(goalId, { list, stale: this.keyResults.get(goalId)?.stale ?? false });
    this.mark(goalId);
    const goal = this.confirmedGoal(goalId)?.goal;
    if (goal) {
      this.replaceGoal({ ...goal, keyResultCount: list.length, percentCompleted: percentFromKeyResults(goal, list) });
    }
  }

  /** The key results as shown (pending edits on top), [] when none are known. */
  shownKeyResults(goalId: string): readonly KeyResult[] {
    return this.goal(goalId)?.keyResults ?? this.keyResults.get(goalId)?.list ?? [];
  }

  /** The goal whose key results hold the id; with odd data (one id in several goals) the first in tree order. */
  goalIdOfKeyResult(keyResultId: string): string | undefined {
    return this.keyResults.holderOf(keyResultId, (a, b) => {
      const [slotA, slotB] = [this.index.get(a)?.[0], this.index.get(b)?.[0]];
      return slotA !== undefined && (slotB === undefined || slotBefore(slotA, slotB));
    });
  }

  addUpdate(goalId: string, input: UpdateGoalInput): number {
    this.mark(goalId);
    return this.pending.addUpdate(goalId, input);
  }

  removeUpdate(goalId: string, seq: number): void {
    this.mark(goalId);
    this.pending.removeUpdate(goalId, seq);
  }

  addEdit(goalId: string, keyResultId: string, input: EditKeyResultInput): number {
    this.mark(goalId);
    return this.pending.addEdit(goalId, keyResultId, input);
  }

  /** Removes one edit, or every edit of the key result when seq is omitted (it was deleted). */
  removeEdit(goalId: string, keyResultId: string, seq?: number): void {
    this.mark(goalId);
    this.pending.removeEdit(goalId, keyResultId, seq);
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

  /** What a snapshot holds: confirmed data only (never pending writes), fresh key results only. */
  snapshotSource(includeCompleted: boolean): SnapshotSource | undefined {
    const { teamId, fetchedAt } = this.current;
    if (teamId === null || fetchedAt === null) {
      return undefined;
    }
    return { teamId, fetchedAt, includeCompleted, ...this.confirmed, keyResults: this.keyResults.freshLists() };
  }

  /** A new shape: re-index and re-derive everything (untouched goals keep their identity). */
  private setTree(tree: GoalTree, index: GoalIndex = indexGoals(tree)): void {
    this.confirmed = tree;
    this.index = index;
    this.dirty = 'all';
  }

  private mark(goalId: string): void {
    if (this.dirty !== 'all') {
      this.dirty.add(goalId);
    }
  }

  private forget(goalId: string): void {
    this.keyResults.delete(goalId);
    this.pending.forget(goalId);
    this.memo.delete(goalId);
  }

  /** The goal a view shows: confirmed data, key results and pending writes; memoised by identity. */
  private derive(goal: Goal): Goal {
    const updates = this.pending.updatesOf(goal.id);
    const entry = this.keyResults.get(goal.id);
    const edits = this.pending.editsOf(goal.id);
    if (!updates && !entry && !edits) {
      // The common case (nothing loaded or pending): the confirmed goal is what shows.
      return goal;
    }
    const memo = this.memo.get(goal.id);
    if (memo && memo[0] === goal && memo[1] === updates && memo[2] === entry && memo[3] === edits) {
      return memo[4];
    }
    const out = showGoal(goal, updates, entry?.list, edits);
    this.memo.set(goal.id, [goal, updates, entry, edits, out]);
    return out;
  }
}

/** When a change is saved to the snapshot cache: soon (a burst saves once), now, or not at all. */
export type SaveWhen = 'soon' | 'now' | 'never';

/** What the store's collaborators (goalLoads.ts, keyResultWrites.ts) get: the data and the one change path. */
export interface StoreContext {
  readonly api: GoalsApi;
  readonly data: GoalData;
  readonly options: GoalStoreOptions;
  /** Runs `update` on the data, schedules the save, then tells listeners once. */
  change(event: StoreChange, update: () => void, save: SaveWhen): void;
  log(level: keyof StoreLogger, message: string): void;
  /** Sends a write, kept in the write journal (if any) until its answer arrives. */
  journaled<T>(op: PendingWriteOp, send: () => Promise<T>): Promise<T>;
}
