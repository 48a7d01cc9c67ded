/**
 * Pins the store's cost per change without timing: one goal's key results arriving,
 * or one goal's write, must not read the other goals of the Workspace. Every goal and
 * key result the fake service hands out counts the reads made of it, per goal.
 */
import * as assert from 'node:assert/strict';
import type { RequestOptions } from '../../../src/core/clickup/api';
import type { Goal, GoalList } from '../../../src/core/domain/types';
import { createGoalStore } from '../../../src/core/model/goalStore';
import type { GoalStore } from '../../../src/core/model/storeTypes';
import { aGoalFolder } from '../builders/domain';
import { FakeGoalsApi } from './fakeApi';
import { aGoalWithKeyResults, TEAM } from './storeHarness';

const GOALS = 2_000;

/** Wraps an object so every property read is counted against a goal id. */
function counted<T extends object>(value: T, goalId: string, reads: Map<string, number>): T {
  return new Proxy(value, {
    get(target, key, receiver): unknown {
      reads.set(goalId, (reads.get(goalId) ?? 0) + 1);
      return Reflect.get(target, key, receiver);
    },
  });
}

class CountingApi extends FakeGoalsApi {
  readonly reads = new Map<string, number>();

  override async getGoals(teamId: string, includeCompleted: boolean, options?: RequestOptions): Promise<GoalList> {
    const list = await super.getGoals(teamId, includeCompleted, options);
    const wrap = (goal: Goal): Goal => counted(goal, goal.id, this.reads);
    return { goals: list.goals.map(wrap), folders: list.folders.map((folder) => ({ ...folder, goals: folder.goals.map(wrap) })) };
  }

  override async getGoal(goalId: string, options?: RequestOptions): Promise<Goal> {
    const goal = await super.getGoal(goalId, options);
    return { ...goal, keyResults: goal.keyResults?.map((keyResult) => counted(keyResult, goalId, this.reads)) ?? null };
  }

  /** Reads made of any goal but these since the last reset. */
  readsOfOthers(...goalIds: string[]): number {
    return [...this.reads].filter(([goalId]) => !goalIds.includes(goalId)).reduce((sum, [, count]) => sum + count, 0);
  }
}

/** Half the goals at the top level, the rest split over two folders; 2 key results each. */
async function openLargeWorkspace(): Promise<{ api: CountingApi; store: GoalStore; ids: string[] }> {
  const goals = Array.from({ length: GOALS }, (_, index) => aGoalWithKeyResults(`g${index}`, 2));
  const half = GOALS / 2;
  const folders = [
    aGoalFolder({ id: 'f1', goals: goals.slice(half, half + half / 2) }),
    aGoalFolder({ id: 'f2', goals: goals.slice(half + half / 2) }),
  ];
  const api = new CountingApi().seed(goals.slice(0, half), folders);
  const store = createGoalStore(api, { persistDelayMs: 0 });
  store.setWorkspace(TEAM);
  await store.refresh();
  return { api, store, ids: goals.map((goal) => goal.id) };
}

describe('goal store: cost of one change in a large Workspace', () => {
  it("reads no other goal when one goal's key results arrive", async () => {
    const { api, store } = await openLargeWorkspace();
    api.reads.clear();
    await store.loadKeyResults('g1500');
    assert.equal(api.readsOfOthers('g1500'), 0);
    assert.equal(store.findGoal('g1500')?.keyResults?.length, 2);
  });

  it('keeps every other goal the same object when one goal changes', async () => {
    const { store } = await openLargeWorkspace();
    const before = store.state;
    await store.loadKeyResults('g10');
    const after = store.state;
    assert.notEqual(after.goals[10], before.goals[10]);
    assert.ok(after.goals.every((goal, index) => index === 10 || goal === before.goals[index]));
    assert.ok(after.folders.every((folder, index) => folder === before.folders[index]));
  });

  it('reads each goal a bounded number of times when every goal is expanded', async () => {
    const { api, store, ids } = await openLargeWorkspace();
    api.reads.clear();
    await Promise.all(ids.map((goalId) => store.loadKeyResults(goalId)));
    // Re-deriving the Workspace per answer would read each goal about GOALS times.
    assert.ok(Math.max(...api.reads.values()) < 100, `a goal was read ${Math.max(...api.reads.values())} times`);
    assert.equal(store.findKeyResult('g1999-kr2')?.goal.id, 'g1999');
  });

  it("reads no other goal or key result when one goal's write lands", async () => {
    const { api, store, ids } = await openLargeWorkspace();
    await Promise.all(ids.map((goalId) => store.loadKeyResults(goalId)));
    api.reads.clear();
    await store.updateGoal('g1200', { name: 'Renamed' });
    await store.editKeyResult('g700-kr1', { stepsCurrent: 60 });
    assert.equal(api.readsOfOthers('g1200', 'g700'), 0);
    assert.equal(store.findGoal('g1200')?.name, 'Renamed');
    assert.equal(store.findKeyResult('g700-kr1')?.keyResult.stepsCurrent, 60);
  });
});
