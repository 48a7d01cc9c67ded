import * as assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/types';
import { findGoal, goalDetail, start } from './http';
import type { WireGoal, WireKeyResult } from './wire';

describe('emulator: goal details and sample data', () => {
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await start();
  });
  after(() => emulator.close());
  beforeEach(() => emulator.resetRateLimit());

  async function detailOf(fragment: string): Promise<WireGoal> {
    return goalDetail(emulator, (await findGoal(emulator, fragment)).id);
  }

  function keyResult(goal: WireGoal, fragment: string): WireKeyResult {
    const found = (goal.key_results ?? []).find((candidate) => candidate.name.includes(fragment));
    assert.ok(found, `no key result like ${fragment}`);
    return found;
  }

  it('includes key results, folder_name, pretty_url and history', async () => {
    const goal = await detailOf('Raise NPS');
    assert.equal(goal.key_results?.length, goal.key_result_count);
    assert.equal(goal.folder_name, 'Customer Success');
    assert.equal(goal.pretty_url, `https://app.clickup.com/${emulator.teamId}/goals/${goal.pretty_id}`);
    assert.ok(Array.isArray(goal.history));
  });

  it('carries the real service fields, editor_token included', async () => {
    const goal = await detailOf('Raise NPS');
    for (const field of ['owner', 'date_updated', 'last_update', 'pinned', 'group_members', 'role_subtype', 'members', 'multiple_owners']) {
      assert.ok(field in goal, `missing ${field}`);
    }
    assert.match(goal.editor_token, /^[a-z0-9]{40}$/);
  });

  it('uses UUID goal ids and short numeric pretty ids', async () => {
    const goal = await detailOf('Raise NPS');
    assert.match(goal.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(goal.pretty_id, /^\d{1,4}$/);
  });

  it('has key results of every type', async () => {
    const goals = await Promise.all(['€1M', 'DACH', 'mobile app'].map(detailOf));
    const types = new Set(goals.flatMap((goal) => (goal.key_results ?? []).map((kr) => kr.type)));
    assert.deepEqual([...types].sort(), ['automatic', 'boolean', 'currency', 'number', 'percentage']);
  });

  it('reports a currency key result with its unit', async () => {
    const arr = keyResult(await detailOf('€1M'), 'Annual recurring revenue');
    assert.deepEqual([arr.type, arr.unit, arr.steps_current, arr.steps_end, arr.percent_completed], ['currency', '€', 250_000, 1_000_000, 25]);
  });

  it('counts an automatic key result in linked tasks', async () => {
    const automatic = keyResult(await detailOf('DACH'), 'checklist');
    assert.equal(automatic.steps_end, automatic.task_ids.length);
    assert.equal(automatic.steps_current, 12);
    assert.equal(automatic.percent_completed, 60);
  });

  it('reports progress notes with the float quirk in last_action', async () => {
    const kr = keyResult(await detailOf('Raise NPS'), 'Net Promoter Score');
    assert.equal(kr.last_action.steps_current, null);
    assert.equal(typeof kr.last_action.steps_before_float, 'number');
    assert.equal(kr.last_action.note, 'November survey: 42 (n=318).');
  });

  it('computes progress towards a decreasing target', async () => {
    const latency = keyResult(await detailOf('p95'), 'p95');
    assert.deepEqual([latency.steps_start, latency.steps_end, latency.steps_current], [480, 200, 310]);
    assert.equal(latency.percent_completed, 61);
  });

  it('sends an empty description as a newline and start_date as null when unset', async () => {
    const goal = await detailOf('Hire a world-class team');
    assert.equal(goal.description, '\n');
    assert.equal(goal.start_date, null);
  });

  it('has a goal with no key results', async () => {
    const goal = await detailOf('tech debt');
    assert.deepEqual(goal.key_results, []);
    assert.equal(goal.percent_completed, 0);
  });

  it('has several owners on some goals and a sole owner on others', async () => {
    const shared = await detailOf('mobile app');
    const solo = await detailOf('Reduce monthly churn');
    assert.equal(shared.owners.length, 3);
    assert.equal(shared.owner, null);
    assert.equal(solo.owner?.username, 'Hannah Becker');
  });

  it('has overdue goals and goals due in the coming months', async () => {
    const dueDates = [await detailOf('p95'), await detailOf('Lisbon')].map((goal) => Number(goal.due_date));
    assert.ok(dueDates[0] < Date.now());
    assert.ok(dueDates[1] > Date.now() + 30 * 86_400_000);
  });
});
