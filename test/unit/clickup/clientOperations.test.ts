/** Every GoalsApi operation against the emulator over real HTTP: answers parsed, bodies sent as recorded. */
import { allGoals } from '../../../src/core/domain/goalQuery';
import { strict as assert } from 'node:assert';
import nodeFetch from 'node-fetch';
import type { CreateGoalInput, CreateKeyResultInput } from '../../../src/core/domain/types';
import { isClickUpError } from '../../../src/core/clickup/errors';
import { useEmulator } from './emulatorHarness';

const DUE = Date.UTC(2031, 5, 30);

function goalInput(overrides: Partial<CreateGoalInput> = {}): CreateGoalInput {
  return { name: 'Ship the extension', dueDate: DUE, description: 'First release', multipleOwners: false, owners: [], color: '#32a852', ...overrides };
}

function keyResultInput(overrides: Partial<CreateKeyResultInput> = {}): CreateKeyResultInput {
  return { name: 'Pass review', type: 'number', owners: [], stepsStart: 0, stepsEnd: 8, unit: '', taskIds: [], listIds: [], ...overrides };
}

describe('ClickUpClient against the emulator: operations', () => {
  const suite = useEmulator();

  it('gets the signed-in user with a personal token', async () => {
    const user = await suite.client().getAuthorizedUser();
    assert.equal(typeof user.id, 'number');
    assert.notEqual(user.username, '');
    assert.equal(suite.received('getAuthorizedUser')[0]?.authorized, true);
  });

  it('sends an OAuth token as Bearer, which the service accepts', async () => {
    const user = await suite.client({ token: () => suite.emulator.oauthToken }).getAuthorizedUser();
    assert.equal(typeof user.id, 'number');
  });

  it('lists the Workspaces the token can see, with string ids', async () => {
    const workspaces = await suite.client().getAuthorizedWorkspaces();
    assert.ok(workspaces.some((ws) => ws.id === suite.emulator.teamId));
    assert.ok(workspaces.every((ws) => typeof ws.id === 'string' && ws.members.length > 0));
  });

  it('lists goals with and without completed ones, as the query asks', async () => {
    const api = suite.client();
    const open = await api.getGoals(suite.emulator.teamId, false);
    const all = await api.getGoals(suite.emulator.teamId, true);
    const count = (list: typeof open): number => list.goals.length + list.folders.reduce((n, f) => n + f.goals.length, 0);
    assert.ok(count(open) > 0);
    assert.ok(count(all) >= count(open));
    assert.deepEqual(
      suite.received('getGoals').map((request) => request.query.include_completed),
      ['false', 'true'],
    );
  });

  it('gets one goal with its key results', async () => {
    const api = suite.client();
    const list = await api.getGoals(suite.emulator.teamId, true);
    const listed = allGoals(list).find((g) => g.keyResultCount > 0);
    assert.ok(listed, 'the sample data has a goal with key results');
    const goal = await api.getGoal(listed.id);
    assert.equal(goal.keyResults?.length, listed.keyResultCount);
    assert.ok(goal.prettyUrl?.startsWith('https://app.clickup.com/'));
  });

  it("never keeps a goal's editor_token", async () => {
    const list = await suite.client().getGoals(suite.emulator.teamId, true);
    const raw = await nodeFetch(`${suite.emulator.url}/team/${suite.emulator.teamId}/goal?include_completed=true`, {
      headers: { Authorization: suite.emulator.token },
    });
    const body = (await raw.json()) as { goals: { editor_token?: string }[] };
    const secret = body.goals[0]?.editor_token;
    assert.ok(secret !== undefined && secret !== '', 'the emulator sends editor tokens');
    assert.ok(!JSON.stringify(list).includes(secret));
  });

  it('creates a goal, sending the body ClickUp expects', async () => {
    const goal = await suite.client().createGoal(suite.emulator.teamId, goalInput({ description: '' }));
    assert.equal(goal.name, 'Ship the extension');
    assert.equal(goal.dueDate, DUE);
    assert.equal(goal.description, '');
    assert.equal(goal.teamId, suite.emulator.teamId);
    assert.deepEqual(suite.received('createGoal')[0]?.body, {
      name: 'Ship the extension',
      due_date: DUE,
      description: '',
      multiple_owners: false,
      owners: [],
      color: '#32a852',
    });
  });

  it('updates a goal, sending every field', async () => {
    const api = suite.client();
    const me = await api.getAuthorizedUser();
    const created = await api.createGoal(suite.emulator.teamId, goalInput());
    const updated = await api.updateGoal(created.id, {
      name: 'Ship 1.0',
      dueDate: DUE + 86_400_000,
      description: 'Now with tests',
      color: '#ff0000',
      addOwners: [me.id],
      removeOwners: [],
    });
    assert.equal(updated.name, 'Ship 1.0');
    assert.equal(updated.dueDate, DUE + 86_400_000);
    assert.equal(updated.color, '#ff0000');
    assert.deepEqual(suite.received('updateGoal')[0]?.body, {
      name: 'Ship 1.0',
      due_date: DUE + 86_400_000,
      description: 'Now with tests',
      color: '#ff0000',
      add_owners: [me.id],
      rem_owners: [],
    });
  });

  it('deletes a goal, after which it can no longer be fetched', async () => {
    const api = suite.client();
    const created = await api.createGoal(suite.emulator.teamId, goalInput());
    await api.deleteGoal(created.id);
    await assert.rejects(api.getGoal(created.id), (error: unknown) => isClickUpError(error) && error.ecode === 'OAUTH_018');
  });

  it('creates a key result, sending the body ClickUp expects', async () => {
    const api = suite.client();
    const goal = await api.createGoal(suite.emulator.teamId, goalInput());
    const kr = await api.createKeyResult(goal.id, keyResultInput({ type: 'currency', unit: 'EUR', stepsEnd: 2.5 }));
    assert.equal(kr.goalId, goal.id);
    assert.equal(kr.type, 'currency');
    assert.equal(kr.unit, 'EUR');
    assert.equal(kr.stepsEnd, 2.5);
    assert.equal(kr.stepsCurrent, 0);
    assert.equal(kr.lastAction?.note, 'Created Key Result');
    assert.deepEqual(suite.received('createKeyResult')[0]?.body, {
      name: 'Pass review',
      owners: [],
      type: 'currency',
      steps_start: 0,
      steps_end: 2.5,
      unit: 'EUR',
      task_ids: [],
      list_ids: [],
    });
  });

  it('records progress on a key result and reads the latest entry back', async () => {
    const api = suite.client();
    const goal = await api.createGoal(suite.emulator.teamId, goalInput());
    const kr = await api.createKeyResult(goal.id, keyResultInput());
    const edited = await api.editKeyResult(kr.id, { stepsCurrent: 3.5, note: 'Halfway there' });
    assert.equal(edited.stepsCurrent, 3.5);
    assert.equal(edited.lastAction?.note, 'Halfway there');
    assert.equal(edited.lastAction?.stepsCurrent, 3.5);
    assert.deepEqual(suite.received('editKeyResult')[0]?.body, { steps_current: 3.5, note: 'Halfway there' });
  });

  it('deletes a key result', async () => {
    const api = suite.client();
    const goal = await api.createGoal(suite.emulator.teamId, goalInput());
    const kr = await api.createKeyResult(goal.id, keyResultInput());
    await api.deleteKeyResult(kr.id);
    assert.equal((await api.getGoal(goal.id)).keyResults?.length, 0);
  });

  it('keeps the rate-limit figures the emulator sends', async () => {
    const api = suite.client();
    await api.getAuthorizedUser();
    assert.equal(api.rateLimit?.limit, 100);
    assert.equal(api.rateLimit?.remaining, 99);
    assert.ok((api.rateLimit?.resetAt ?? 0) > Date.now());
  });
});
