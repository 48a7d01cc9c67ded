import * as assert from 'node:assert/strict';
import { createInitialState, LARGE_FOLDER_NAME } from '../../../src/emulator/sampleData';
import type { WireWorkspace } from './wire';
import { call, listGoals, start } from './http';

describe('emulator: sample data', () => {
  const options = { seed: 'sample' as const, workspaces: 1, extraGoals: 0, keyResultsPerGoal: 3 };

  it('is the same for the same seed', () => {
    const now = Date.now();
    assert.deepEqual(createInitialState(options, now), createInitialState(options, now));
  });

  it('gives the same token and Workspace id on every start', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    await Promise.all([a.close(), b.close()]);
    assert.deepEqual([a.token, a.teamId], [b.token, b.teamId]);
    assert.match(a.teamId, /^9015\d{6}$/);
  });

  it('names extra Workspaces after the first', async () => {
    const emulator = await start({ workspaces: 3 });
    try {
      const teams = (await call<{ teams: WireWorkspace[] }>(emulator, 'GET', '/team')).json.teams;
      assert.deepEqual(teams.map((team) => team.name), ['Northwind Labs', 'Northwind Labs — Sandbox', 'Northwind Labs — EMEA']);
    } finally {
      await emulator.close();
    }
  });

  it('starts the empty seed with one user and no goals', async () => {
    const emulator = await start({ seed: 'empty' });
    try {
      const teams = (await call<{ teams: WireWorkspace[] }>(emulator, 'GET', '/team')).json.teams;
      assert.equal(teams[0].members.length, 1);
      assert.deepEqual(await listGoals(emulator), []);
    } finally {
      await emulator.close();
    }
  });

  // Speed is measured in npm run bench, never asserted here.
  it('generates 2,000 extra goals, spread over folders and the top level', async () => {
    const emulator = await start({ extraGoals: 2000, keyResultsPerGoal: 3, rateLimitPerMinute: 1000 });
    try {
      const reply = await call<{ goals: unknown[]; folders: Array<{ goals: unknown[] }> }>(emulator, 'GET', `/team/${emulator.teamId}/goal`, {
        query: { include_completed: 'true' },
      });
      const total = reply.json.goals.length + reply.json.folders.reduce((sum, folder) => sum + folder.goals.length, 0);
      assert.ok(total >= 2000, `listed ${total}`);
      assert.ok(reply.json.folders.every((folder) => folder.goals.length >= 500));
    } finally {
      await emulator.close();
    }
  });

  it('holds 5,000 generated goals in memory', () => {
    const state = createInitialState({ seed: 'empty', workspaces: 1, extraGoals: 5000, keyResultsPerGoal: 2 }, Date.now());
    assert.equal(state.goals.length, 5000);
    assert.equal(state.keyResults.length, 10_000);
  });

  it('puts every third generated goal in one large folder when asked', () => {
    const state = createInitialState({ seed: 'empty', workspaces: 1, extraGoals: 5000, keyResultsPerGoal: 3, largeFolder: true }, Date.now());
    assert.equal(state.folders.length, 1);
    assert.equal(state.folders[0].name, LARGE_FOLDER_NAME);
    assert.equal(state.goals.filter((goal) => goal.folderId === state.folders[0].id).length, 1667);
    assert.equal(state.keyResults.length, 15_000);
  });
});
