import * as assert from 'node:assert/strict';
import { MemorySnapshotCache } from './memorySnapshotCache';
import { shownGoals, useEmulatorStore } from './emulatorStore';

describe('goal store over HTTP: request counts when reading', function () {
  this.timeout(5000);
  const suite = useEmulatorStore();

  it('opens a Workspace with exactly one request: the goal list', async () => {
    const store = suite.openStore();
    await store.refresh();
    assert.deepEqual(suite.emulator.requests.map((request) => request.route), ['getGoals']);
    assert.ok(shownGoals(store).length > 0);
  });

  it('expands a goal with one detail request, and a second expand costs none', async () => {
    const store = await suite.openLoaded();
    const goal = shownGoals(store).find((candidate) => candidate.keyResultCount > 0);
    assert.ok(goal);
    const first = await store.loadKeyResults(goal.id);
    await store.loadKeyResults(goal.id);
    assert.equal(first.length, goal.keyResultCount);
    assert.deepEqual(suite.emulator.requests.map((request) => request.route), ['getGoal']);
  });

  it('shares one detail request between two concurrent expands', async () => {
    const store = await suite.openLoaded();
    const goal = shownGoals(store).find((candidate) => candidate.keyResultCount > 0);
    assert.ok(goal);
    await Promise.all([store.loadKeyResults(goal.id), store.loadKeyResults(goal.id)]);
    assert.equal(suite.received('getGoal').length, 1);
  });

  it('keeps at most detailConcurrency detail requests in flight', async () => {
    const store = await suite.openLoaded({ detailConcurrency: 2 });
    suite.emulator.injectFault({ route: 'getGoal', latencyMs: 60 });
    const goals = shownGoals(store).filter((goal) => goal.keyResultCount > 0);
    assert.ok(goals.length > 2, 'the sample data needs more than two goals with key results');
    suite.fetches.maxInFlight = 0;
    await Promise.all(goals.map((goal) => store.loadKeyResults(goal.id)));
    assert.equal(suite.received('getGoal').length, goals.length);
    assert.equal(suite.fetches.maxInFlight, 2);
  });

  it('paints a warm start from the cache with no request, then revalidates with one', async () => {
    const cache = new MemorySnapshotCache();
    const earlier = suite.openStore({ cache });
    await earlier.refresh();
    const expanded = shownGoals(earlier).find((goal) => goal.keyResultCount > 0);
    assert.ok(expanded);
    await earlier.loadKeyResults(expanded.id);
    earlier.dispose();
    suite.emulator.clearRequests();

    const store = suite.openStore({ cache });
    assert.equal(suite.emulator.requests.length, 0);
    assert.equal(store.state.fromCache, true);
    assert.equal(shownGoals(store).length, shownGoals(earlier).length);
    assert.equal(store.cachedKeyResults(expanded.id)?.length, expanded.keyResultCount);

    await store.refresh({ background: true });
    await store.loadKeyResults(expanded.id);
    assert.deepEqual(suite.emulator.requests.map((request) => request.route), ['getGoals']);
    assert.equal(store.state.fromCache, false);
  });

  it('keeps the last good data and reports the error when a refresh fails', async () => {
    const store = await suite.openLoaded();
    const before = shownGoals(store).map((goal) => goal.id);
    suite.emulator.injectFault({ route: 'getGoals', status: 500, ecode: 'SRV_001' });
    await store.refresh();
    assert.equal(store.state.error?.reason, 'server');
    assert.equal(store.state.status, 'ready');
    assert.deepEqual(shownGoals(store).map((goal) => goal.id), before);
    assert.equal(suite.received('getGoals').length, 1);
  });
});
