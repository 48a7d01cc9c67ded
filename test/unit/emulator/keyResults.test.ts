import * as assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/types';
import { call, findGoal, goalBody, goalDetail, keyResultBody, start } from './http';
import type { WireGoal, WireKeyResult } from './wire';

describe('emulator: key results', () => {
  let emulator: RunningEmulator;
  let goal: WireGoal;

  beforeEach(async () => {
    emulator = await start();
    goal = (await call<{ goal: WireGoal }>(emulator, 'POST', `/team/${emulator.teamId}/goal`, { body: goalBody() })).json.goal;
  });
  afterEach(() => emulator.close());

  async function create(overrides: Record<string, unknown> = {}): Promise<WireKeyResult> {
    const reply = await call<{ key_result: WireKeyResult }>(emulator, 'POST', `/goal/${goal.id}/key_result`, { body: keyResultBody(overrides) });
    assert.equal(reply.status, 200, reply.text);
    return reply.json.key_result;
  }

  async function edit(id: string, body: Record<string, unknown>): Promise<WireKeyResult> {
    const reply = await call<{ key_result: WireKeyResult }>(emulator, 'PUT', `/key_result/${id}`, { body });
    assert.equal(reply.status, 200, reply.text);
    return reply.json.key_result;
  }

  async function refused(method: string, path: string, body: Record<string, unknown>): Promise<string> {
    const reply = await call(emulator, method, path, { body });
    assert.equal(reply.status, 400, reply.text);
    return reply.json.ECODE;
  }

  it('answers a create with percent_completed null and a "Created Key Result" action', async () => {
    const kr = await create({ list_ids: ['901234'], task_ids: ['86abc1234'] });
    assert.equal(kr.percent_completed, null);
    assert.equal(kr.last_action.note, 'Created Key Result');
    assert.deepEqual([kr.task_ids, kr.subcategory_ids, kr.workspace_id], [['86abc1234'], ['901234'], emulator.teamId]);
    assert.equal(kr.last_action.key_result_id, kr.id);
  });

  it('returns the unit for currency key results', async () => {
    const kr = await create({ type: 'currency', unit: '€', steps_end: 1_000_000 });
    assert.equal(kr.unit, '€');
  });

  it('returns an empty unit for other types', async () => {
    const kr = await create({ type: 'number', unit: 'signups' });
    assert.equal(kr.unit, '');
  });

  it('accepts numeric strings and floats for steps', async () => {
    const kr = await create({ steps_start: '0.5', steps_end: '10.25' });
    assert.deepEqual([kr.steps_start, kr.steps_end, kr.steps_current], [0.5, 10.25, 0.5]);
  });

  it('makes a boolean key result go from 0 to 1', async () => {
    const kr = await create({ type: 'boolean', steps_start: 5, steps_end: 9 });
    assert.deepEqual([kr.steps_start, kr.steps_end], [0, 1]);
  });

  it('counts linked tasks as the end of an automatic key result', async () => {
    const kr = await create({ type: 'automatic', task_ids: ['86a', '86b', '86c'] });
    assert.deepEqual([kr.steps_start, kr.steps_end, kr.steps_current], [0, 3, 0]);
  });

  it('answers 400 INPUT_* for an unknown type', async () => {
    assert.match(await refused('POST', `/goal/${goal.id}/key_result`, keyResultBody({ type: 'stars' })), /^INPUT_/);
  });

  it('answers 400 INPUT_* when steps_start equals steps_end', async () => {
    assert.match(await refused('POST', `/goal/${goal.id}/key_result`, keyResultBody({ steps_start: 10, steps_end: 10 })), /^INPUT_/);
  });

  it('answers 400 INPUT_* for a key result without a name', async () => {
    assert.match(await refused('POST', `/goal/${goal.id}/key_result`, keyResultBody({ name: '  ' })), /^INPUT_/);
  });

  it('answers an edit with the quirk: percent null, last_action.steps_current null, numbers in *_float', async () => {
    const kr = await create({ steps_start: 0, steps_end: 40 });
    const edited = await edit(kr.id, { steps_current: 10, note: 'First batch migrated' });
    assert.equal(edited.steps_current, 10);
    assert.equal(edited.percent_completed, null);
    assert.deepEqual(
      [edited.last_action.steps_current, edited.last_action.steps_before_float, edited.last_action.steps_taken_float, edited.last_action.note],
      [null, 0, 10, 'First batch migrated'],
    );
  });

  it('shows the edited progress in GET /goal', async () => {
    const kr = await create({ steps_start: 0, steps_end: 40 });
    await edit(kr.id, { steps_current: '30' });
    const detail = await goalDetail(emulator, goal.id);
    assert.equal(detail.key_results?.[0].percent_completed, 75);
    assert.equal(detail.percent_completed, 75);
  });

  it('renames a key result and moves its target', async () => {
    const kr = await create();
    const edited = await edit(kr.id, { name: 'Endpoints live', steps_end: 50 });
    assert.deepEqual([edited.name, edited.steps_end], ['Endpoints live', 50]);
  });

  it('answers 400 INPUT_* for a non-numeric steps_current', async () => {
    const kr = await create();
    assert.match(await refused('PUT', `/key_result/${kr.id}`, { steps_current: 'lots' }), /^INPUT_/);
  });

  it('takes true/false for a boolean key result and refuses other numbers', async () => {
    const kr = await create({ type: 'boolean' });
    assert.equal((await edit(kr.id, { steps_current: true })).steps_current, 1);
    assert.match(await refused('PUT', `/key_result/${kr.id}`, { steps_current: 2 }), /^INPUT_/);
  });

  it('refuses hand-set progress on an automatic key result', async () => {
    const sample = await goalDetail(emulator, (await findGoal(emulator, 'DACH')).id);
    const automatic = sample.key_results?.find((kr) => kr.type === 'automatic');
    assert.ok(automatic);
    assert.match(await refused('PUT', `/key_result/${automatic.id}`, { steps_current: 3 }), /^INPUT_/);
  });

  it('deletes a key result, answering {}', async () => {
    const kr = await create();
    const reply = await call<unknown>(emulator, 'DELETE', `/key_result/${kr.id}`);
    assert.deepEqual([reply.status, reply.json], [200, {}]);
    assert.equal((await goalDetail(emulator, goal.id)).key_result_count, 0);
  });
});
