import * as assert from 'node:assert/strict';
import type { Goal } from '../../../src/core/domain/types';
import { createGoalStore } from '../../../src/core/model/goalStore';
import { buildSnapshot, SNAPSHOT_VERSION } from '../../../src/core/model/snapshotCache';
import { MemorySnapshotCache } from './memorySnapshotCache';
import type { CachedSnapshot, SnapshotSource } from '../../../src/core/model/snapshotCache';
import { aGoal, aGoalFolder, aKeyResult } from '../builders/domain';
import { FakeGoalsApi } from './fakeApi';
import { aGoalWithKeyResults, openStore, TEAM } from './storeHarness';

function aSource(overrides: Partial<SnapshotSource> = {}): SnapshotSource {
  return { teamId: TEAM, fetchedAt: 1000, includeCompleted: false, goals: [], folders: [], keyResults: new Map(), ...overrides };
}

function aSnapshot(overrides: Partial<CachedSnapshot> = {}): CachedSnapshot {
  const snapshot = buildSnapshot(aSource({ goals: [aGoal({ id: 'cached', teamId: TEAM })] }));
  assert.ok(snapshot);
  return { ...snapshot, ...overrides };
}

describe('snapshot cache', () => {
  it('round-trips a snapshot through JSON', () => {
    const cache = new MemorySnapshotCache();
    const kr = aKeyResult({ goalId: 'g' });
    const snapshot = buildSnapshot(aSource({ goals: [aGoal({ id: 'g' })], folders: [aGoalFolder({ goals: [aGoal()] })], keyResults: new Map([['g', [kr]]]) }));
    assert.ok(snapshot);
    cache.save(TEAM, snapshot);
    assert.deepEqual(cache.load(TEAM), snapshot);
  });

  it('never stores an editor_token, even one a parser let through', () => {
    const cache = new MemorySnapshotCache();
    const leaky = { ...aGoal(), editor_token: 'secret-editor-token' } as Goal;
    const snapshot = buildSnapshot(aSource({ goals: [leaky] }));
    assert.ok(snapshot);
    cache.save(TEAM, snapshot);
    assert.ok(!cache.raw(TEAM)?.includes('secret-editor-token'));
  });

  it('keeps key results for at most the configured number of goals', () => {
    const goals = ['a', 'b', 'c'].map((id) => aGoal({ id }));
    const keyResults = new Map(goals.map((goal) => [goal.id, [aKeyResult({ goalId: goal.id })]]));
    const snapshot = buildSnapshot(aSource({ goals, keyResults }), { maxGoals: 10, maxKeyResultGoals: 2 });
    assert.deepEqual(Object.keys(snapshot?.keyResults ?? {}), ['a', 'b']);
  });

  it('saves nothing for a Workspace beyond the goal limit', () => {
    const goals = ['a', 'b', 'c'].map((id) => aGoal({ id }));
    assert.equal(buildSnapshot(aSource({ goals }), { maxGoals: 2, maxKeyResultGoals: 2 }), undefined);
  });

  it('ignores an entry from another version', () => {
    const cache = new MemorySnapshotCache();
    cache.setRaw(TEAM, JSON.stringify(aSnapshot({ version: SNAPSHOT_VERSION + 1 })));
    assert.equal(cache.load(TEAM), undefined);
  });

  it('ignores an entry saved for another team', () => {
    const cache = new MemorySnapshotCache();
    cache.setRaw(TEAM, JSON.stringify(aSnapshot({ teamId: 'elsewhere' })));
    assert.equal(cache.load(TEAM), undefined);
  });

  it('ignores text that is not JSON', () => {
    const cache = new MemorySnapshotCache();
    cache.setRaw(TEAM, '{"version": 1, "goals": [');
    assert.equal(cache.load(TEAM), undefined);
  });

  it('ignores a goal with a field of the wrong type', () => {
    const cache = new MemorySnapshotCache();
    const broken = { ...aSnapshot(), goals: [{ ...aGoal(), percentCompleted: 'lots' }] };
    cache.setRaw(TEAM, JSON.stringify(broken));
    assert.equal(cache.load(TEAM), undefined);
  });
});

describe('goal store: warm start from the snapshot cache', () => {
  async function cacheFilledByEarlierSession(): Promise<MemorySnapshotCache> {
    const cache = new MemorySnapshotCache();
    const { store } = openStore([aGoalWithKeyResults('g', 2), aGoal({ id: 'h' })], [], { cache });
    await store.refresh();
    await store.loadKeyResults('g');
    store.dispose();
    return cache;
  }

  it('paints the cached goals and key results at once, with no request', async () => {
    const cache = await cacheFilledByEarlierSession();
    const api = new FakeGoalsApi().seed([aGoalWithKeyResults('g', 2), aGoal({ id: 'h' })]);
    const store = createGoalStore(api, { cache });
    store.setWorkspace(TEAM);
    assert.equal(api.calls.length, 0);
    assert.equal(store.state.status, 'ready');
    assert.equal(store.state.fromCache, true);
    assert.deepEqual(store.state.goals.map((goal) => goal.id), ['g', 'h']);
    assert.equal(store.cachedKeyResults('g')?.length, 2);
  });

  it('revalidates with one list request and keeps unchanged key results', async () => {
    const cache = await cacheFilledByEarlierSession();
    const api = new FakeGoalsApi().seed([aGoalWithKeyResults('g', 2), aGoal({ id: 'h' })]);
    const store = createGoalStore(api, { cache });
    store.setWorkspace(TEAM);
    await store.refresh({ background: true });
    await store.loadKeyResults('g');
    assert.deepEqual(api.calls.map((call) => call.operation), ['getGoals']);
    assert.equal(store.state.fromCache, false);
  });

  it('keeps showing the cache, with the error, when revalidation fails', async () => {
    const cache = await cacheFilledByEarlierSession();
    const api = new FakeGoalsApi().seed([]);
    api.failNext('getGoals');
    const store = createGoalStore(api, { cache });
    store.setWorkspace(TEAM);
    await store.refresh();
    assert.equal(store.state.status, 'ready');
    assert.equal(store.state.fromCache, true);
    assert.equal(store.state.error?.reason, 'server');
    assert.equal(store.state.goals.length, 2);
  });

  it('starts empty when the cache cannot be read', () => {
    const api = new FakeGoalsApi();
    const store = createGoalStore(api, {
      cache: {
        load: () => {
          throw new Error('disk on fire');
        },
        save: () => undefined,
      },
    });
    store.setWorkspace(TEAM);
    assert.equal(store.state.status, 'empty');
  });
});
