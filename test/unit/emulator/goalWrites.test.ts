import * as assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/types';
import { call, findGoal, goalBody, goalDetail, keyResultBody, listGoals, start } from './http';
import type { WireGoal, WireKeyResult, WireUser } from './wire';

describe('emulator: creating, updating and deleting goals', () => {
  let emulator: RunningEmulator;

  beforeEach(async () => {
    emulator = await start();
  });
  afterEach(() => emulator.close());

  async function createGoal(overrides: Record<string, unknown> = {}): Promise<WireGoal> {
    const reply = await call<{ goal: WireGoal }>(emulator, 'POST', `/team/${emulator.teamId}/goal`, { body: goalBody(overrides) });
    assert.equal(reply.status, 200, reply.text);
    return reply.json.goal;
  }

  async function updateGoal(goalId: string, body: Record<string, unknown>): Promise<WireGoal> {
    const reply = await call<{ goal: WireGoal }>(emulator, 'PUT', `/goal/${goalId}`, { body });
    assert.equal(reply.status, 200, reply.text);
    return reply.json.goal;
  }

  async function me(): Promise<WireUser> {
    return (await call<{ user: WireUser }>(emulator, 'GET', '/user')).json.user;
  }

  it('creates a goal at the top level and lists it', async () => {
    const goal = await createGoal({ name: 'Open a Paris office' });
    assert.equal(goal.folder_id, null);
    assert.equal(goal.team_id, emulator.teamId);
    assert.ok((await listGoals(emulator)).some((listed) => listed.id === goal.id));
  });

  it('stores the due date and returns it as a string of milliseconds', async () => {
    const goal = await createGoal({ due_date: 1_800_000_000_000 });
    assert.equal(goal.due_date, '1800000000000');
  });

  it('returns an empty description as "\\n"', async () => {
    const goal = await createGoal({ description: '' });
    assert.equal(goal.description, '\n');
  });

  it('makes the caller the owner when no owners are given', async () => {
    const goal = await createGoal({ owners: [] });
    assert.deepEqual(goal.owners.map((owner) => owner.id), [(await me()).id]);
  });

  it('answers 400 INPUT_* for a goal without a name', async () => {
    const reply = await call(emulator, 'POST', `/team/${emulator.teamId}/goal`, { body: goalBody({ name: '' }) });
    assert.equal(reply.status, 400);
    assert.match(reply.json.ECODE, /^INPUT_/);
  });

  it('answers 400 INPUT_* for a due date that is not an integer', async () => {
    const reply = await call(emulator, 'POST', `/team/${emulator.teamId}/goal`, { body: goalBody({ due_date: 'next friday' }) });
    assert.equal(reply.status, 400);
    assert.match(reply.json.ECODE, /^INPUT_/);
  });

  it('answers 400 INPUT_* for a body that is not JSON', async () => {
    const response = await fetch(`${emulator.url}/team/${emulator.teamId}/goal`, {
      method: 'POST',
      headers: { authorization: emulator.token, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { ECODE: string }).ECODE, /^INPUT_/);
  });

  it('overwrites fields sent empty: name "", color "", due_date "0"', async () => {
    const goal = await createGoal();
    const updated = await updateGoal(goal.id, { name: '', color: '', due_date: '', description: '' });
    assert.deepEqual([updated.name, updated.color, updated.due_date, updated.description], ['', '', '0', '\n']);
  });

  it('leaves omitted fields alone', async () => {
    const goal = await createGoal({ name: 'Keep me', color: '#e5484d' });
    const updated = await updateGoal(goal.id, { description: 'New words' });
    assert.deepEqual([updated.name, updated.color, updated.due_date, updated.description], ['Keep me', '#e5484d', goal.due_date, 'New words']);
  });

  it('adds and removes owners by user id', async () => {
    const goal = await findGoal(emulator, 'Reduce monthly churn');
    const [hannah] = goal.owners;
    const maya = await me();
    const updated = await updateGoal(goal.id, { add_owners: [maya.id], rem_owners: [hannah.id] });
    assert.deepEqual(updated.owners.map((owner) => owner.id), [maya.id]);
  });

  it('answers 400 INPUT_* for an owner who is not in the Workspace', async () => {
    const goal = await createGoal();
    const reply = await call(emulator, 'PUT', `/goal/${goal.id}`, { body: { add_owners: [123] } });
    assert.equal(reply.status, 400);
    assert.match(reply.json.ECODE, /^INPUT_/);
  });

  it('changes nothing when an update is refused', async () => {
    const goal = await createGoal({ name: 'Unchanged' });
    await call(emulator, 'PUT', `/goal/${goal.id}`, { body: { name: 'Changed', due_date: 'soon' } });
    assert.equal((await goalDetail(emulator, goal.id)).name, 'Unchanged');
  });

  it('bumps date_updated on update', async () => {
    const goal = await createGoal();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await updateGoal(goal.id, { name: 'Renamed' });
    assert.ok(Number(updated.date_updated) > Number(goal.date_updated));
  });

  it('deletes a goal, answering {} and then 401 OAUTH_018 for it', async () => {
    const goal = await createGoal();
    const deleted = await call<unknown>(emulator, 'DELETE', `/goal/${goal.id}`);
    assert.deepEqual([deleted.status, deleted.json], [200, {}]);
    const after = await call(emulator, 'GET', `/goal/${goal.id}`);
    assert.deepEqual([after.status, after.json.ECODE], [401, 'OAUTH_018']);
  });

  it('deletes the key results of a deleted goal', async () => {
    const goal = await createGoal();
    const created = await call<{ key_result: WireKeyResult }>(emulator, 'POST', `/goal/${goal.id}/key_result`, { body: keyResultBody() });
    await call(emulator, 'DELETE', `/goal/${goal.id}`);
    const edit = await call(emulator, 'PUT', `/key_result/${created.json.key_result.id}`, { body: { steps_current: 3 } });
    assert.equal(edit.status, 401);
  });
});
