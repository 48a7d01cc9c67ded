import * as assert from 'node:assert/strict';
import { createInitialState } from '../../../src/emulator/sampleData';
import type { RunningEmulator } from '../../../src/emulator/types';
import { allListedGoals, call, findGoal, goalDetail, listGoals, start } from './http';
import type { WireGoalList } from './wire';

describe('emulator: goal list', () => {
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await start();
  });
  after(() => emulator.close());
  beforeEach(() => emulator.resetRateLimit());

  async function list(includeCompleted: string | undefined): Promise<WireGoalList> {
    const query: Record<string, string> = includeCompleted === undefined ? {} : { include_completed: includeCompleted };
    return (await call<WireGoalList>(emulator, 'GET', `/team/${emulator.teamId}/goal`, { query })).json;
  }

  it('puts folder goals inside their folder and the rest at the top level', async () => {
    const reply = await list('true');
    assert.deepEqual(
      reply.folders.map((folder) => folder.name.replace(/Q\d \d{4}/, 'Qn yyyy')),
      ['Company OKRs Qn yyyy', 'Engineering', 'Customer Success'],
    );
    assert.ok(reply.folders.every((folder) => folder.goals.every((goal) => goal.folder_id === folder.id)));
    assert.ok(reply.goals.length > 0 && reply.goals.every((goal) => goal.folder_id === null));
  });

  it('gives no key results in the list, only key_result_count', async () => {
    const goals = allListedGoals(await list('true'));
    assert.ok(goals.every((goal) => goal.key_results === undefined));
    assert.ok(goals.some((goal) => goal.key_result_count > 0));
  });

  it('sends dates as strings of Unix milliseconds and Workspace ids as strings', async () => {
    const goal = await findGoal(emulator, 'Raise NPS');
    assert.match(goal.date_created, /^\d{13}$/);
    assert.match(goal.due_date, /^\d{13}$/);
    assert.equal(goal.team_id, emulator.teamId);
  });

  it('hides completed goals unless include_completed=true', async () => {
    const without = allListedGoals(await list('false')).map((goal) => goal.name);
    const withCompleted = allListedGoals(await list('true')).map((goal) => goal.name);
    assert.ok(!without.includes('Migrate CI to the new build farm'));
    assert.ok(withCompleted.includes('Migrate CI to the new build farm'));
  });

  it('treats a missing include_completed as false', async () => {
    const names = allListedGoals(await list(undefined)).map((goal) => goal.name);
    assert.ok(!names.includes('Migrate CI to the new build farm'));
  });

  it('reports the completed goal at 100 percent', async () => {
    const goal = await findGoal(emulator, 'Migrate CI');
    assert.equal(goal.percent_completed, 100);
  });

  it('never lists archived goals', async () => {
    const names = (await listGoals(emulator, true)).map((goal) => goal.name);
    assert.ok(!names.some((name) => name.includes('onboarding revamp')));
  });

  it('still answers GET /goal for an archived goal', async () => {
    // The sample data is deterministic, so the same seed names the archived goal's id.
    const state = createInitialState({ seed: 'sample', workspaces: 1, extraGoals: 0, keyResultsPerGoal: 0 }, Date.now());
    const archived = state.goals.find((goal) => goal.archived);
    assert.ok(archived);
    const detail = await goalDetail(emulator, archived.id);
    assert.equal(detail.archived, true);
  });

  it('counts only the listed goals in goal_count', async () => {
    const reply = await list('false');
    for (const folder of reply.folders) assert.equal(folder.goal_count, folder.goals.length);
  });

  it('computes percent_completed as an integer from the key results', async () => {
    const goal = await findGoal(emulator, 'Raise NPS');
    const detail = await goalDetail(emulator, goal.id);
    const percents = (detail.key_results ?? []).map((keyResult) => keyResult.percent_completed ?? 0);
    const mean = Math.round(percents.reduce((sum, value) => sum + value, 0) / percents.length);
    assert.equal(goal.percent_completed, mean);
    assert.ok(Number.isInteger(goal.percent_completed));
  });
});
