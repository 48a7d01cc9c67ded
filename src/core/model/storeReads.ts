/**
 * Reading into the store: painting from the snapshot cache, the one-request
 * refresh of the goal list, and goal details (key results) fetched lazily,
 * shared while in flight and capped in number at once.
 */
import type { RequestPriority } from '../clickup/api';
import type { Goal, GoalList, KeyResult } from '../domain/types';
import { allGoals, insertGoal, locateGoal, mapGoals, removeGoal, replaceGoal, treeFromList } from './goalCollection';
import type { GoalTree } from './goalCollection';
import { parseSnapshot } from './snapshotValidation';
import { asClickUpError, errorText } from './storeErrors';
import type { StoreCore } from './storeCore';

/** Shows the cached snapshot of the team at once, if there is a usable one. */
export function paintFromCache(core: StoreCore, teamId: string): boolean {
  let snapshot;
  try {
    snapshot = parseSnapshot(core.options.cache?.load(teamId), teamId);
  } catch (error) {
    core.log('warn', `Ignoring an unreadable snapshot: ${errorText(error)}`);
    return false;
  }
  if (!snapshot) {
    return false;
  }
  core.base = { goals: snapshot.goals, folders: snapshot.folders };
  for (const [goalId, list] of Object.entries(snapshot.keyResults)) {
    core.entries.set(goalId, { list, stale: false });
  }
  core.patchState({ status: 'ready', fetchedAt: snapshot.savedAt, fromCache: true, error: null });
  core.render();
  return true;
}

export function refresh(core: StoreCore, options: { background?: boolean } = {}): Promise<void> {
  const teamId = core.state.teamId;
  if (teamId === null) {
    return Promise.resolve();
  }
  const key = `${teamId}|${String(core.includeCompleted)}`;
  if (core.refreshInFlight?.key === key) {
    return core.refreshInFlight.promise;
  }
  const generation = core.generation;
  const mark = core.writeMark();
  const priority: RequestPriority = options.background === true ? 'background' : 'user';
  if (core.state.status === 'empty' || core.state.status === 'error') {
    core.patchState({ status: 'loading' });
    core.emit({ kind: 'status' });
  }
  const entry = { key, promise: Promise.resolve() };
  // new Promise turns a synchronous throw into a rejection: refresh never throws.
  entry.promise = new Promise<GoalList>((resolve) => resolve(core.api.getGoals(teamId, core.includeCompleted, { priority })))
    .then(
      (list) => {
        if (core.generation === generation && core.refreshInFlight === entry) {
          applyGoalList(core, list, mark);
        }
      },
      (error: unknown) => {
        if (core.generation === generation && core.refreshInFlight === entry) {
          const failure = asClickUpError(error, 'getGoals');
          core.log('warn', `Refreshing goals failed (${failure.reason}): ${failure.message}`);
          const hasData = core.state.fetchedAt !== null;
          core.patchState({ error: failure, status: hasData ? 'ready' : 'error' });
          core.emit({ kind: 'status' });
        }
      },
    )
    .catch((error: unknown) => core.log('warn', `Applying the goal list failed: ${errorText(error)}`))
    .finally(() => {
      if (core.refreshInFlight === entry) {
        core.refreshInFlight = undefined;
      }
    });
  core.refreshInFlight = entry;
  return entry.promise;
}

/**
 * Replaces the data with a fresh list. Goals written while the list was on its way
 * keep their local version (the list may predate the write); key results stay
 * cached for goals whose summary did not change.
 */
function applyGoalList(core: StoreCore, list: GoalList, mark: number): void {
  let fresh: GoalTree = treeFromList(list);
  for (const goal of allGoals(fresh)) {
    if (core.writtenSince(goal.id, mark)) {
      const local = core.locate(goal.id);
      fresh = local ? replaceGoal(fresh, local.goal) : removeGoal(fresh, goal.id);
    }
  }
  for (const goal of allGoals(core.base)) {
    if (core.writtenSince(goal.id, mark) && !locateGoal(fresh, goal.id)) {
      fresh = insertGoal(fresh, goal);
    }
  }
  const toRevalidate: string[] = [];
  // First of each id, as locateGoal finds it: one map instead of a scan per loaded goal.
  const freshById = new Map<string, Goal>();
  for (const goal of allGoals(fresh)) {
    if (!freshById.has(goal.id)) {
      freshById.set(goal.id, goal);
    }
  }
  for (const [goalId, entry] of [...core.entries]) {
    const before = core.locate(goalId)?.goal;
    const after = freshById.get(goalId);
    if (!after) {
      core.forgetGoal(goalId);
    } else if (
      !before ||
      before.dateUpdated !== after.dateUpdated ||
      before.keyResultCount !== after.keyResultCount ||
      before.percentCompleted !== after.percentCompleted
    ) {
      core.entries.set(goalId, { list: entry.list, stale: true });
      toRevalidate.push(goalId);
    }
  }
  core.clearMemo();
  core.base = mapGoals(fresh, (goal) => (goal.keyResults === null ? goal : { ...goal, keyResults: null }));
  core.patchState({ status: 'ready', fetchedAt: core.now(), fromCache: false, error: null });
  core.render();
  core.emit({ kind: 'all' });
  core.persistNow();
  if (core.options.revalidateKeyResults !== false) {
    for (const goalId of toRevalidate) {
      loadKeyResults(core, goalId, { force: true, priority: 'background' }).catch((error: unknown) =>
        core.log('warn', `Revalidating key results of goal ${goalId} failed: ${errorText(error)}`),
      );
    }
  }
}

/** The key results as shown (pending edits on top). */
function shownKeyResults(core: StoreCore, goalId: string): readonly KeyResult[] {
  const goal = core.shownGoal(goalId);
  return goal?.keyResults ?? core.entries.get(goalId)?.list ?? [];
}

export function loadKeyResults(
  core: StoreCore,
  goalId: string,
  options: { force?: boolean; priority?: RequestPriority } = {},
): Promise<readonly KeyResult[]> {
  const priority = options.priority ?? 'user';
  const cached = core.entries.get(goalId);
  if (cached && !cached.stale && options.force !== true) {
    return Promise.resolve(shownKeyResults(core, goalId));
  }
  const goal = core.locate(goalId)?.goal;
  if (!cached && goal?.keyResultCount === 0 && options.force !== true) {
    // Nothing to fetch: remember the empty list so the next expand is free too.
    core.entries.set(goalId, { list: [], stale: false });
    core.renderGoal(goalId);
    return Promise.resolve([]);
  }
  const inFlight = core.detailLoads.get(goalId);
  if (inFlight) {
    if (priority === 'user') {
      inFlight.promote();
    }
    return inFlight.promise;
  }
  const generation = core.generation;
  const mark = core.writeMark();
  const task = core.queue.enqueue((finalPriority) => fetchDetail(core, goalId, finalPriority, generation, mark), priority);
  core.detailLoads.set(goalId, task);
  const settle = (): void => {
    if (core.detailLoads.get(goalId) === task) {
      core.detailLoads.delete(goalId);
    }
  };
  task.promise.then(settle, settle);
  return task.promise;
}

async function fetchDetail(
  core: StoreCore,
  goalId: string,
  priority: RequestPriority,
  generation: number,
  mark: number,
): Promise<readonly KeyResult[]> {
  let detail;
  try {
    detail = await core.api.getGoal(goalId, { priority });
  } catch (error) {
    throw asClickUpError(error, 'getGoal');
  }
  if (core.generation !== generation) {
    return detail.keyResults ?? [];
  }
  // A write that completed meanwhile is newer than this answer: keep the local data.
  if (!(core.writtenSince(goalId, mark) && core.entries.has(goalId))) {
    core.entries.set(goalId, { list: detail.keyResults ?? [], stale: false });
    core.replaceBaseGoal(detail);
  }
  core.renderGoal(goalId);
  core.emit({ kind: 'goal', goalId });
  core.persistSoon();
  return shownKeyResults(core, goalId);
}
