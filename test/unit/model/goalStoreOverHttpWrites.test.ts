import * as assert from 'node:assert/strict';
import { aGoalWithEditableKeyResult, shownGoals, useEmulatorStore } from './emulatorStore';

function stepsSent(body: unknown): unknown {
  return (body as { steps_current?: unknown }).steps_current;
}

describe('goal store over HTTP: writes', function () {
  this.timeout(5000);
  const suite = useEmulatorStore();

  it('shows an edit before the reply and rolls it back on a 500, sent exactly once', async () => {
    const store = await suite.openLoaded();
    const { goalId, keyResultId } = await aGoalWithEditableKeyResult(store);
    const before = store.findKeyResult(keyResultId)?.keyResult.stepsCurrent;
    const percentBefore = store.findGoal(goalId)?.percentCompleted;
    suite.emulator.injectFault({ route: 'editKeyResult', status: 500, ecode: 'SRV_002', latencyMs: 30 });

    const saving = store.editKeyResult(keyResultId, { stepsCurrent: 1 });
    assert.equal(store.findKeyResult(keyResultId)?.keyResult.stepsCurrent, 1);
    await assert.rejects(saving, { reason: 'server' });

    assert.equal(store.findKeyResult(keyResultId)?.keyResult.stepsCurrent, before);
    assert.equal(store.findGoal(goalId)?.percentCompleted, percentBefore);
    assert.equal(suite.received('editKeyResult').length, 1);
  });

  it('sends fast repeated edits in order, the waiting ones merged, and ends on the last value', async () => {
    const store = await suite.openLoaded();
    const { keyResultId } = await aGoalWithEditableKeyResult(store);
    suite.emulator.injectFault({ route: 'editKeyResult', latencyMs: 20 });
    suite.fetches.maxInFlight = 0;
    await Promise.all([2, 3, 4].map((value) => store.editKeyResult(keyResultId, { stepsCurrent: value })));

    assert.equal(suite.fetches.maxInFlight, 1, 'edits of one key result must not overlap');
    assert.deepEqual(suite.received('editKeyResult').map((request) => stepsSent(request.body)), [2, 4], 'the edit to 3 waited and was merged into the one to 4');
    assert.equal(store.findKeyResult(keyResultId)?.keyResult.stepsCurrent, 4);
    const goalId = store.findKeyResult(keyResultId)?.goal.id ?? '';
    const onService = (await store.loadKeyResults(goalId, { force: true })).find((kr) => kr.id === keyResultId);
    assert.equal(onService?.stepsCurrent, 4);
  });

  it('keeps an edit in flight when a refresh lands before it', async () => {
    const store = await suite.openLoaded();
    const { keyResultId } = await aGoalWithEditableKeyResult(store);
    suite.emulator.injectFault({ route: 'editKeyResult', latencyMs: 150 });
    const saving = store.editKeyResult(keyResultId, { stepsCurrent: 5 });
    await store.refresh();
    await store.loadKeyResults(store.findKeyResult(keyResultId)?.goal.id ?? '', { force: true });
    assert.equal(store.findKeyResult(keyResultId)?.keyResult.stepsCurrent, 5);
    await saving;
    assert.equal(store.findKeyResult(keyResultId)?.keyResult.stepsCurrent, 5);
  });

  it('updates a goal sending every field with its current values', async () => {
    const store = await suite.openLoaded();
    const goal = shownGoals(store).find((candidate) => candidate.description !== '' && candidate.dueDate !== null);
    assert.ok(goal);
    await store.updateGoal(goal.id, { name: 'Renamed goal' });
    const [request] = suite.received('updateGoal');
    assert.deepEqual(request.body, {
      name: 'Renamed goal',
      due_date: goal.dueDate,
      description: goal.description,
      color: goal.color,
      add_owners: [],
      rem_owners: [],
    });
    assert.equal(store.findGoal(goal.id)?.name, 'Renamed goal');
  });

  it('removes a deleted goal without asking for the list again', async () => {
    const store = await suite.openLoaded();
    const goal = shownGoals(store)[0];
    await store.deleteGoal(goal.id);
    assert.equal(store.findGoal(goal.id), undefined);
    assert.deepEqual(suite.emulator.requests.map((request) => request.route), ['deleteGoal']);
  });

  it('removes a deleted key result without asking for the goal again', async () => {
    const store = await suite.openLoaded();
    const { goalId, keyResultId } = await aGoalWithEditableKeyResult(store);
    const count = store.findGoal(goalId)?.keyResultCount ?? 0;
    suite.emulator.clearRequests();
    await store.deleteKeyResult(keyResultId);
    assert.equal(store.findKeyResult(keyResultId), undefined);
    assert.equal(store.findGoal(goalId)?.keyResultCount, count - 1);
    assert.deepEqual(suite.emulator.requests.map((request) => request.route), ['deleteKeyResult']);
  });
});
