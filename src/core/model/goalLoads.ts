/**
 * Reading into the goal store: the one-request refresh of the goal list, and goal
 * details (key results) fetched lazily, shared while in flight and capped in number
 * at once. What is in flight is private here; results land through the store's one
 * change path.
 */
import type { RequestPriority } from '../clickup/api';
import { asClickUpError, errorText } from '../clickup/errors';
import { allGoals } from '../domain/goalQuery';
import type { Goal, GoalList, KeyResult } from '../domain/types';
import type { StoreContext } from './goalData';
import { indexGoals, insertGoal, placeGoals, removeGoal, slotsToReplace } from './goalTree';
import type { GoalSlot, GoalTree } from './goalTree';
import { RequestQueue } from './requestQueue';
import type { QueuedTask } from './requestQueue';

export class GoalLoads {
  private readonly queue: RequestQueue;
  private readonly details = new Map<string, QueuedTask<readonly KeyResult[]>>();
  private refreshing: { key: string; promise: Promise<void> } | undefined;

  constructor(private readonly store: StoreContext) {
    this.queue = new RequestQueue(store.options.detailConcurrency ?? 4);
  }

  /** Forgets what is in flight (a new Workspace); late answers are dropped by generation. */
  reset(): void {
    this.details.clear();
    this.refreshing = undefined;
  }

  /** One goal-list request; keeps the last good data on failure. Never throws. */
  refresh(includeCompleted: boolean, priority: RequestPriority): Promise<void> {
    const { api, data } = this.store;
    const teamId = data.status.teamId;
    if (teamId === null) {
      return Promise.resolve();
    }
    const key = `${teamId}|${String(includeCompleted)}`;
    if (this.refreshing?.key === key) {
      return this.refreshing.promise;
    }
    const generation = data.generation;
    const mark = data.writeMark();
    if (data.status.status === 'empty' || data.status.status === 'error') {
      this.store.change({ kind: 'status' }, () => data.setStatus({ status: 'loading' }), 'never');
    }
    const entry = { key, promise: Promise.resolve() };
    const current = (): boolean => data.generation === generation && this.refreshing === entry;
    // new Promise turns a synchronous throw into a rejection: refresh never throws.
    entry.promise = new Promise<GoalList>((resolve) => resolve(api.getGoals(teamId, includeCompleted, { priority })))
      .then(
        (list) => {
          if (current()) {
            this.applyList(list, mark);
          }
        },
        (error: unknown) => {
          if (current()) {
            const failure = asClickUpError(error, 'getGoals');
            this.store.log('warn', `Refreshing goals failed (${failure.reason}): ${failure.message}`);
            const hasData = data.status.fetchedAt !== null;
            this.store.change(
              { kind: 'status' },
              () => data.setStatus({ error: failure, status: hasData ? 'ready' : 'error' }),
              'never',
            );
          }
        },
      )
      .catch((error: unknown) => this.store.log('warn', `Applying the goal list failed: ${errorText(error)}`))
      .finally(() => {
        if (this.refreshing === entry) {
          this.refreshing = undefined;
        }
      });
    this.refreshing = entry;
    return entry.promise;
  }

  /**
   * Key results of a goal: cached after the first fetch, in-flight requests shared;
   * background loads queue behind the user's.
   */
  keyResults(goalId: string, force: boolean, priority: RequestPriority): Promise<readonly KeyResult[]> {
    const data = this.store.data;
    const cached = data.keyResultEntry(goalId);
    if (cached && !cached.stale && !force) {
      return Promise.resolve(data.shownKeyResults(goalId));
    }
    if (!cached && data.confirmedGoal(goalId)?.goal.keyResultCount === 0 && !force) {
      // Nothing to fetch: remember the empty list so the next expand is free too (no event: nothing shows differently).
      data.setKeyResults(goalId, []);
      return Promise.resolve([]);
    }
    const inFlight = this.details.get(goalId);
    if (inFlight) {
      if (priority === 'user') {
        inFlight.promote();
      }
      return inFlight.promise;
    }
    const generation = data.generation;
    const mark = data.writeMark();
    const task = this.queue.enqueue((finalPriority) => this.fetchDetail(goalId, finalPriority, generation, mark), priority);
    this.details.set(goalId, task);
    const settle = (): void => {
      if (this.details.get(goalId) === task) {
        this.details.delete(goalId);
      }
    };
    task.promise.then(settle, settle);
    return task.promise;
  }

  private async fetchDetail(
    goalId: string,
    priority: RequestPriority,
    generation: number,
    mark: number,
  ): Promise<readonly KeyResult[]> {
    const data = this.store.data;
    let detail;
    try {
      detail = await this.store.api.getGoal(goalId, { priority });
    } catch (error) {
      throw asClickUpError(error, 'getGoal');
    }
    if (data.generation !== generation) {
      return detail.keyResults ?? [];
    }
    this.store.change(
      { kind: 'goal', goalId },
      () => {
        // A write that completed meanwhile is newer than this answer: keep the local data.
        if (!(data.writtenSince(goalId, mark) && data.keyResultEntry(goalId))) {
          data.setKeyResults(goalId, detail.keyResults ?? []);
          data.replaceGoal(detail);
        }
      },
      'soon',
    );
    return data.shownKeyResults(goalId);
  }

  /** A fresh list replaces the data; key results of goals that changed are refetched in the background. */
  private applyList(list: GoalList, mark: number): void {
    let toRevalidate: string[] = [];
    const { data, options } = this.store;
    const fresh = this.mergeWrites(treeFromList(list), mark);
    this.store.change({ kind: 'all' }, () => (toRevalidate = data.applyTree(fresh, (options.now ?? Date.now)())), 'now');
    if (options.revalidateKeyResults !== false) {
      for (const goalId of toRevalidate) {
        this.keyResults(goalId, true, 'background').catch((error: unknown) =>
          this.store.log('warn', `Revalidating key results of goal ${goalId} failed: ${errorText(error)}`),
        );
      }
    }
  }

  /**
   * The list may predate writes that completed while it was on its way: goals
   * written since `mark` keep their local version, stay deleted, or are added back.
   */
  private mergeWrites(fresh: GoalTree, mark: number): GoalTree {
    const data = this.store.data;
    if (data.writeMark() === mark) {
      // No write completed while the list was on its way (the usual case): nothing to merge, nothing to index.
      return fresh;
    }
    const written = (goalId: string): boolean => data.writtenSince(goalId, mark);
    const placements: { slot: GoalSlot; goal: Goal }[] = [];
    for (const [goalId, slots] of indexGoals(fresh)) {
      const local = written(goalId) ? data.confirmedGoal(goalId) : undefined;
      if (local) {
        placements.push(...slotsToReplace(slots).map((slot) => ({ slot, goal: local.goal })));
      }
    }
    let merged = placeGoals(fresh, fresh, placements);
    for (const goal of allGoals(merged)) {
      if (written(goal.id) && !data.confirmedGoal(goal.id)) {
        merged = removeGoal(merged, goal.id);
      }
    }
    const present = new Set(allGoals(merged).map((goal) => goal.id));
    for (const goal of allGoals(data.confirmedTree)) {
      if (written(goal.id) && !present.has(goal.id)) {
        merged = insertGoal(merged, goal);
        present.add(goal.id);
      }
    }
    return merged;
  }
}

/** Drops archived goals; the service can return them and the views never show them. */
function treeFromList(list: GoalList): GoalTree {
  return {
    goals: list.goals.filter((goal) => !goal.archived),
    folders: list.folders.map((folder) => ({ ...folder, goals: folder.goals.filter((goal) => !goal.archived) })),
  };
}
