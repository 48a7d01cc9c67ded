import * as assert from 'node:assert/strict';
import type { Goal, UpdateGoalInput } from '../../../src/core/domain/types';
import { aGoal, aGoalFolder, aKeyResult, aUser } from '../builders/domain';
import { aGoalWithKeyResults, openStore, settle } from './storeHarness';

async function openWithKeyResults(current = 0): Promise<ReturnType<typeof openStore>> {
  const harness = openStore([aGoalWithKeyResults('g', 2, current)]);
  await harness.store.refresh();
  await harness.store.loadKeyResults('g');
  return harness;
}

describe('goal store: goal writes', () => {
  it('shows a goal update before the service answers', async () => {
    const { api, store } = openStore([aGoal({ id: 'g', name: 'Old' })]);
    await store.refresh();
    api.hold('updateGoal');
    const saving = store.updateGoal('g', { name: 'New' });
    assert.equal(store.findGoal('g')?.name, 'New');
    api.releaseAll('updateGoal');
    assert.equal((await saving).name, 'New');
  });

  it('sends every field, with current values for the untouched ones', async () => {
    const owner = aUser({ id: 7 });
    const goal = aGoal({ id: 'g', name: 'Ship', description: 'Why', color: '#32a852', dueDate: 5000, owners: [owner] });
    const { api, store } = openStore([goal]);
    await store.refresh();
    await store.updateGoal('g', { name: 'Ship it' });
    const expected: UpdateGoalInput = { name: 'Ship it', dueDate: 5000, description: 'Why', color: '#32a852', addOwners: [], removeOwners: [] };
    assert.deepEqual(api.callsOf('updateGoal')[0].args[1], expected);
  });

  it('rolls a refused update back and rethrows, without retrying', async () => {
    const { api, store } = openStore([aGoal({ id: 'g', name: 'Old' })]);
    await store.refresh();
    api.failNext('updateGoal');
    await assert.rejects(store.updateGoal('g', { name: 'New' }), { reason: 'server' });
    assert.equal(store.findGoal('g')?.name, 'Old');
    assert.equal(api.count('updateGoal'), 1);
  });

  it('keeps a pending goal update on top of a refresh that lands meanwhile', async () => {
    const { api, store } = openStore([aGoal({ id: 'g', name: 'Old' })]);
    await store.refresh();
    api.hold('updateGoal');
    const saving = store.updateGoal('g', { name: 'New' });
    await store.refresh();
    assert.equal(store.findGoal('g')?.name, 'New');
    api.releaseAll('updateGoal');
    await saving;
    assert.equal(store.findGoal('g')?.name, 'New');
  });

  it('adds a created goal without a refresh', async () => {
    const { api, store } = openStore([]);
    await store.refresh();
    const created = await store.createGoal({ name: 'Fresh', dueDate: 9000, description: '', multipleOwners: false, owners: [], color: '#7b68ee' });
    assert.equal(store.findGoal(created.id)?.name, 'Fresh');
    assert.deepEqual(await store.loadKeyResults(created.id), []);
    assert.deepEqual(api.calls.map((call) => call.operation), ['getGoals', 'createGoal']);
  });

  it('removes a deleted goal from its folder without a refresh', async () => {
    const folder = aGoalFolder({ id: 'f', goals: [aGoal({ id: 'g' })] });
    const { api, store, changes } = openStore([], [folder]);
    await store.refresh();
    await store.deleteGoal('g');
    assert.equal(store.findGoal('g'), undefined);
    assert.deepEqual(changes.at(-1), { kind: 'goalRemoved', goalId: 'g', folderId: 'f' });
    assert.equal(api.count('getGoals'), 1);
  });

  it('keeps a goal whose deletion was refused', async () => {
    const { api, store } = openStore([aGoal({ id: 'g' })]);
    await store.refresh();
    api.failNext('deleteGoal');
    await assert.rejects(store.deleteGoal('g'));
    assert.ok(store.findGoal('g'));
  });

  it('does not bring back a goal deleted while a refresh was on its way', async () => {
    const { api, store } = openStore([aGoal({ id: 'g' })]);
    await store.refresh();
    api.hold('getGoals');
    const refreshing = store.refresh();
    await settle();
    await store.deleteGoal('g');
    api.releaseAll('getGoals');
    await refreshing;
    assert.equal(store.findGoal('g'), undefined);
  });
});

describe('goal store: key-result writes', () => {
  it('finds and edits the same goal when odd data puts one key-result id in two goals: the first in tree order', async () => {
    const holding = (goalId: string, folderId: string | null): Goal =>
      aGoal({ id: goalId, folderId, dateUpdated: 1, keyResults: [aKeyResult({ id: 'dup', goalId, stepsCurrent: 0 })] });
    const { api, store } = openStore([holding('top', null)], [aGoalFolder({ id: 'f', goals: [holding('in-folder', 'f')] })]);
    await store.refresh();
    // Loaded in the other order than the tree shows them.
    await store.loadKeyResults('in-folder');
    await store.loadKeyResults('top');
    assert.equal(store.findKeyResult('dup')?.goal.id, 'top');
    api.hold('editKeyResult');
    const saving = store.editKeyResult('dup', { stepsCurrent: 5 });
    assert.equal(store.findKeyResult('dup')?.keyResult.stepsCurrent, 5, 'the edit shows on the key result findKeyResult finds');
    assert.equal(store.findGoal('in-folder')?.keyResults?.[0].stepsCurrent, 0);
    api.releaseAll('editKeyResult');
    await saving;
  });

  it('shows a new value and the goal percent before the service answers', async () => {
    const { api, store } = await openWithKeyResults();
    api.hold('editKeyResult');
    const saving = store.editKeyResult('g-kr1', { stepsCurrent: 100 });
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 100);
    assert.equal(store.findGoal('g')?.percentCompleted, 50);
    api.releaseAll('editKeyResult');
    await saving;
    assert.equal(store.findGoal('g')?.percentCompleted, 50);
  });

  it('rolls a refused edit back to the previous value and rethrows', async () => {
    const { api, store } = await openWithKeyResults(20);
    api.failNext('editKeyResult');
    await assert.rejects(store.editKeyResult('g-kr1', { stepsCurrent: 90 }), { reason: 'server' });
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 20);
    assert.equal(store.findGoal('g')?.percentCompleted, 20);
    assert.equal(api.count('editKeyResult'), 1);
  });

  it('sends fast repeated edits one at a time, merging the waiting ones without a note into the last', async () => {
    const { api, store } = await openWithKeyResults();
    api.hold('editKeyResult');
    const edits = [10, 20, 30].map((value) => store.editKeyResult('g-kr1', { stepsCurrent: value }));
    await settle();
    assert.equal(api.heldCount('editKeyResult'), 1);
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 30);
    api.releaseAll('editKeyResult');
    await settle();
    api.releaseAll('editKeyResult');
    const results = await Promise.all(edits);
    const sent = api.callsOf('editKeyResult').map((call) => (call.args[1] as { stepsCurrent: number }).stepsCurrent);
    assert.deepEqual(sent, [10, 30]);
    assert.deepEqual(results.map((keyResult) => keyResult.stepsCurrent), [30, 30, 30], 'every caller, the merged one too, hears the key result as shown');
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 30);
  });

  it('sends every edit that carries a note, in order, and merges only the ones without', async () => {
    const { api, store } = await openWithKeyResults();
    api.hold('editKeyResult');
    const edits = [
      store.editKeyResult('g-kr1', { stepsCurrent: 10 }),
      store.editKeyResult('g-kr1', { stepsCurrent: 20 }),
      store.editKeyResult('g-kr1', { stepsCurrent: 30, note: 'why 30' }),
      store.editKeyResult('g-kr1', { stepsCurrent: 40, note: 'why 40' }),
      store.editKeyResult('g-kr1', { stepsCurrent: 50 }),
      store.editKeyResult('g-kr1', { name: 'Renamed' }),
      store.editKeyResult('g-kr1', { stepsCurrent: 60 }),
    ];
    for (let round = 0; round < 8; round += 1) {
      await settle();
      api.releaseAll('editKeyResult');
    }
    await Promise.all(edits);
    const sent = api.callsOf('editKeyResult').map((call) => call.args[1] as { stepsCurrent?: number; note?: string; name?: string });
    assert.deepEqual(sent, [{ stepsCurrent: 10 }, { stepsCurrent: 30, note: 'why 30' }, { stepsCurrent: 40, note: 'why 40' }, { stepsCurrent: 50 }, { name: 'Renamed' }, { stepsCurrent: 60 }]);
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 60);
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.name, 'Renamed');
  });

  it('keeps a later pending value when an earlier edit is refused', async () => {
    const { api, store } = await openWithKeyResults();
    api.hold('editKeyResult');
    const first = store.editKeyResult('g-kr1', { stepsCurrent: 10 });
    const second = store.editKeyResult('g-kr1', { stepsCurrent: 20 });
    await settle();
    api.failNextHeld('editKeyResult');
    await assert.rejects(first);
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 20);
    await settle();
    api.releaseAll('editKeyResult');
    await second;
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 20);
  });

  it('keeps a pending edit on top of a refresh that lands meanwhile', async () => {
    const { api, store } = await openWithKeyResults();
    api.hold('editKeyResult');
    const saving = store.editKeyResult('g-kr1', { stepsCurrent: 80 });
    await store.refresh();
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 80);
    assert.equal(store.findGoal('g')?.percentCompleted, 40);
    api.releaseAll('editKeyResult');
    await saving;
    assert.equal(store.findKeyResult('g-kr1')?.keyResult.stepsCurrent, 80);
  });

  it('appends a created key result and counts it', async () => {
    const { store } = await openWithKeyResults();
    const created = await store.createKeyResult('g', { name: 'New', type: 'number', owners: [], stepsStart: 0, stepsEnd: 10, unit: '', taskIds: [], listIds: [] });
    assert.deepEqual(store.cachedKeyResults('g')?.map((kr) => kr.id), ['g-kr1', 'g-kr2', created.id]);
    assert.equal(store.findGoal('g')?.keyResultCount, 3);
  });

  it('removes a deleted key result, recounts and recomputes without a refresh', async () => {
    const { api, store } = await openWithKeyResults();
    await store.editKeyResult('g-kr2', { stepsCurrent: 100 });
    await store.deleteKeyResult('g-kr1');
    assert.deepEqual(store.cachedKeyResults('g')?.map((kr) => kr.id), ['g-kr2']);
    assert.equal(store.findGoal('g')?.keyResultCount, 1);
    assert.equal(store.findGoal('g')?.percentCompleted, 100);
    assert.equal(api.count('getGoals'), 1);
  });
});
