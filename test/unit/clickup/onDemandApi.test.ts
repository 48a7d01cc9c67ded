/**
 * OnDemandApi, how the extension holds the client it loads on the first request (dist/client.js,
 * clientEntry.ts): nothing is made before a request, the client is made once and every operation
 * reaches ClickUp through it (the emulator, over real HTTP with node-fetch), and a client that
 * cannot be made fails each call as a ClickUpError with nothing sent.
 */
import { strict as assert } from 'node:assert';
import { createClickUpClient } from '../../../src/core/clickup/clientEntry';
import type { ClickUpClient } from '../../../src/core/clickup/client';
import { isClickUpError } from '../../../src/core/clickup/errors';
import { OnDemandApi } from '../../../src/core/clickup/onDemandApi';
import { useEmulator } from './emulatorHarness';

describe('OnDemandApi: the client made on the first request', () => {
  const suite = useEmulator();

  function counted(): { api: OnDemandApi; made: () => number } {
    let made = 0;
    const api = new OnDemandApi((): ClickUpClient => {
      made += 1;
      return createClickUpClient({ baseUrl: suite.emulator.url, token: () => suite.emulator.token });
    });
    return { api, made: () => made };
  }

  it('makes no client before a request, then one for every request after', async () => {
    const { api, made } = counted();
    assert.equal(made(), 0);
    assert.equal(api.rateLimit, null, 'no figures before any answer');
    const user = await api.getAuthorizedUser();
    assert.equal(typeof user.id, 'number');
    assert.equal(made(), 1);
    assert.notEqual(api.rateLimit, null, 'the figures of the client once it has answers');
    const [workspaces] = await Promise.all([api.getAuthorizedWorkspaces(), api.getAuthorizedUser()]);
    const list = await api.getGoals(workspaces[0].id, true);
    assert.ok(list.goals.length > 0);
    await api.getGoal(list.goals[0].id);
    assert.equal(made(), 1, 'made once');
    assert.equal(suite.received('getAuthorizedUser').length, 2);
    assert.equal(suite.received('getGoal').length, 1);
  });

  it('sends writes through the same client (created, edited and deleted on the emulator)', async () => {
    const { api, made } = counted();
    const goal = await api.createGoal(suite.emulator.teamId, {
      name: 'Made through OnDemandApi',
      dueDate: Date.UTC(2031, 0, 1),
      description: '',
      multipleOwners: false,
      owners: [],
      color: '#32a852',
    });
    const keyResult = await api.createKeyResult(goal.id, { name: 'Steps', type: 'number', owners: [], stepsStart: 0, stepsEnd: 4, unit: '', taskIds: [], listIds: [] });
    const edited = await api.editKeyResult(keyResult.id, { stepsCurrent: 3 });
    assert.equal(edited.stepsCurrent, 3);
    await api.deleteKeyResult(keyResult.id);
    await api.updateGoal(goal.id, { name: 'Renamed', dueDate: Date.UTC(2031, 0, 1), description: '', removeOwners: [], addOwners: [], color: '#32a852' });
    await api.deleteGoal(goal.id);
    assert.equal(made(), 1);
    assert.deepEqual(
      suite.emulator.requests.map((request) => request.route),
      ['createGoal', 'createKeyResult', 'editKeyResult', 'deleteKeyResult', 'updateGoal', 'deleteGoal'],
    );
  });

  it('fails every call as a ClickUpError naming the operation, sending nothing, when the client cannot be made', async () => {
    const missing = new Error("Cannot find module '/ext/dist/client.js'");
    let attempts = 0;
    const api = new OnDemandApi(() => {
      attempts += 1;
      throw missing;
    });
    for (const call of [() => api.getAuthorizedUser(), () => api.getGoals(suite.emulator.teamId, false), () => api.deleteGoal('1')]) {
      const error: unknown = await call().then(
        () => assert.fail('resolved'),
        (reason: unknown) => reason,
      );
      assert.ok(isClickUpError(error));
      assert.equal(error.reason, 'network');
      assert.equal((error as Error & { cause?: unknown }).cause, missing);
    }
    const operations = await Promise.all([api.getGoal('1').catch((error: unknown) => (isClickUpError(error) ? error.operation : 'other'))]);
    assert.deepEqual(operations, ['getGoal']);
    assert.equal(api.rateLimit, null);
    assert.equal(attempts, 4, 'the loader decides whether to try again (onDemandBundle.ts keeps its failure)');
    assert.deepEqual(suite.emulator.requests, []);
  });
});
