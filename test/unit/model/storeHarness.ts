/**
 * Shared set-up for goal-store tests over the in-memory FakeGoalsApi: a store
 * pointed at a team, the changes it emitted, and a way to let pending work run.
 */
import { createGoalStore } from '../../../src/core/model/goalStore';
import type { GoalStoreOptions } from '../../../src/core/model/goalStore';
import type { GoalStore, StoreChange } from '../../../src/core/model/storeTypes';
import type { Goal, GoalFolder } from '../../../src/core/domain/types';
import { aKeyResult, aGoal } from '../builders/domain';
import { FakeGoalsApi } from './fakeApi';

export const TEAM = '9001';

export interface Harness {
  api: FakeGoalsApi;
  store: GoalStore;
  changes: StoreChange[];
}

export function openStore(goals: Goal[], folders: GoalFolder[] = [], options: GoalStoreOptions = {}): Harness {
  const api = new FakeGoalsApi().seed(goals, folders);
  const store = createGoalStore(api, { persistDelayMs: 0, ...options });
  const changes: StoreChange[] = [];
  store.onDidChange((change) => changes.push(change));
  store.setWorkspace(TEAM);
  return { api, store, changes };
}

/** Lets every settled promise and timer callback run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A goal with `count` number key results from 0 to 100, all at `current`. */
export function aGoalWithKeyResults(id: string, count: number, current = 0): Goal {
  const keyResults = Array.from({ length: count }, (_, index) =>
    aKeyResult({ id: `${id}-kr${index + 1}`, goalId: id, stepsCurrent: current }),
  );
  return aGoal({ id, keyResults, percentCompleted: current, dateUpdated: 1 });
}
