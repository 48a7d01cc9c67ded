import * as assert from 'node:assert/strict';
import { ClickUpError } from '../../../src/core/clickup/errors';
import { aGoal, aGoalFolder } from '../builders/domain';
import { aGoalWithKeyResults, openStore, settle } from './storeHarness';

describe('goal store: reading', () => {
  it('opens a Workspace with exactly one goal-list request', async () => {
    const { api, store } = openStore([aGoal({ id: 'a' })], [aGoalFolder({ id: 'f', goals: [aGoal({ id: 'b' })] })]);
    await store.refresh();
    assert.equal(api.calls.length, 1);
    assert.equal(api.count('getGoals'), 1);
    assert.deepEqual(store.state.goals.map((goal) => goal.id), ['a']);
    assert.equal(store.findGoal('b')?.id, 'b');
    assert.equal(store.state.status, 'ready');
  });

  it('leaves archived goals out', async () => {
    const { store } = openStore([aGoal({ id: 'live' }), aGoal({ id: 'old', archived: true })]);
    await store.refresh();
    assert.deepEqual(store.state.goals.map((goal) => goal.id), ['live']);
  });

  it('shares a refresh already in flight', async () => {
    const { api, store } = openStore([aGoal()]);
    await Promise.all([store.refresh(), store.refresh({ background: true }), store.refresh()]);
    assert.equal(api.count('getGoals'), 1);
  });

  it('asks for completed goals only when told to', async () => {
    const { api, store } = openStore([aGoal()]);
    await store.refresh();
    store.setIncludeCompleted(true);
    await store.refresh();
    assert.deepEqual(api.callsOf('getGoals').map((call) => call.args[1]), [false, true]);
  });

  it('shows "loading" while the first list is on its way', async () => {
    const { api, store } = openStore([aGoal()]);
    api.hold('getGoals');
    const done = store.refresh();
    assert.equal(store.state.status, 'loading');
    api.releaseAll('getGoals');
    await done;
    assert.equal(store.state.status, 'ready');
  });

  it('reports a failed first load as an error state without throwing', async () => {
    const { api, store } = openStore([aGoal()]);
    api.failNext('getGoals');
    await store.refresh();
    assert.equal(store.state.status, 'error');
    assert.ok(store.state.error instanceof ClickUpError);
  });

  it('keeps the last good data when a later refresh fails, then clears the error on success', async () => {
    const { api, store } = openStore([aGoal({ id: 'a' })]);
    await store.refresh();
    api.failNext('getGoals');
    await store.refresh();
    assert.equal(store.state.status, 'ready');
    assert.equal(store.state.error?.reason, 'server');
    assert.deepEqual(store.state.goals.map((goal) => goal.id), ['a']);
    await store.refresh();
    assert.equal(store.state.error, null);
  });

  it('fetches key results once, then answers from the cache', async () => {
    const { api, store, changes } = openStore([aGoalWithKeyResults('g', 2)]);
    await store.refresh();
    const first = await store.loadKeyResults('g');
    const second = await store.loadKeyResults('g');
    assert.equal(api.count('getGoal'), 1);
    assert.equal(first.length, 2);
    assert.equal(second, first);
    assert.deepEqual(store.cachedKeyResults('g')?.map((kr) => kr.id), ['g-kr1', 'g-kr2']);
    assert.deepEqual(changes.at(-1), { kind: 'goal', goalId: 'g' });
  });

  it('shares one request between concurrent loads of the same goal', async () => {
    const { api, store } = openStore([aGoalWithKeyResults('g', 2)]);
    await store.refresh();
    await Promise.all([store.loadKeyResults('g'), store.loadKeyResults('g')]);
    assert.equal(api.count('getGoal'), 1);
  });

  it('needs no request for a goal without key results', async () => {
    const { api, store } = openStore([aGoal({ id: 'empty' })]);
    await store.refresh();
    assert.deepEqual(await store.loadKeyResults('empty'), []);
    assert.equal(api.count('getGoal'), 0);
  });

  it('runs at most detailConcurrency detail requests at once', async () => {
    const goals = Array.from({ length: 9 }, (_, index) => aGoalWithKeyResults(`g${index}`, 1));
    const { api, store } = openStore(goals, [], { detailConcurrency: 3 });
    await store.refresh();
    api.hold('getGoal');
    const loads = goals.map((goal) => store.loadKeyResults(goal.id));
    await settle();
    assert.equal(api.heldCount('getGoal'), 3);
    api.releaseAll('getGoal');
    await Promise.all(loads);
    assert.equal(api.count('getGoal'), 9);
    assert.equal(api.maxInFlight, 3);
  });

  it('lets a user expand go ahead of queued background loads', async () => {
    const goals = ['a', 'b', 'c'].map((id) => aGoalWithKeyResults(id, 1));
    const { api, store } = openStore(goals, [], { detailConcurrency: 1 });
    await store.refresh();
    api.hold('getGoal');
    const loads = [
      store.loadKeyResults('a', { background: true }),
      store.loadKeyResults('b', { background: true }),
      store.loadKeyResults('c'),
    ];
    await settle();
    api.releaseAll('getGoal');
    await Promise.all(loads);
    assert.deepEqual(api.callsOf('getGoal').map((call) => [call.args[0], call.priority]), [
      ['a', 'background'],
      ['c', 'user'],
      ['b', 'background'],
    ]);
  });

  it('keeps key results of unchanged goals across a refresh', async () => {
    const { api, store } = openStore([aGoalWithKeyResults('g', 2)]);
    await store.refresh();
    await store.loadKeyResults('g');
    await store.refresh();
    await store.loadKeyResults('g');
    await settle();
    assert.equal(api.count('getGoal'), 1);
  });

  it('revalidates key results in the background when their goal changed', async () => {
    const { api, store } = openStore([aGoalWithKeyResults('g', 2)]);
    await store.refresh();
    await store.loadKeyResults('g');
    api.touchGoal('g', { dateUpdated: 2 });
    await store.refresh();
    await settle();
    assert.deepEqual(api.callsOf('getGoal').map((call) => call.priority), ['user', 'background']);
  });

  it('hands out a new object only for the goal that changed', async () => {
    const { store } = openStore([aGoalWithKeyResults('a', 1), aGoalWithKeyResults('b', 1)]);
    await store.refresh();
    const [a, b] = store.state.goals;
    await store.loadKeyResults('a');
    assert.notEqual(store.findGoal('a'), a);
    assert.equal(store.findGoal('b'), b);
    assert.equal(a.keyResults, null);
  });

  it('clears everything when signed out', async () => {
    const { store } = openStore([aGoal()]);
    await store.refresh();
    store.setWorkspace(null);
    assert.equal(store.state.status, 'empty');
    assert.equal(store.state.goals.length, 0);
  });

  it('drops an answer that arrives after the Workspace changed', async () => {
    const { api, store } = openStore([aGoal({ id: 'a' })]);
    api.hold('getGoals');
    const late = store.refresh();
    store.setWorkspace('other');
    api.releaseAll('getGoals');
    await late;
    assert.equal(store.state.teamId, 'other');
    assert.equal(store.state.goals.length, 0);
  });
});
