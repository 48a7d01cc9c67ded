import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, goalBody, goalDetail, start } from './http';
import type { WireGoal } from './wire';

describe('emulator: persistence with a data file', () => {
  let folder: string;
  let dataFile: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'emulator-data-'));
    dataFile = join(folder, 'state.json');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the starting state when the file is absent', async () => {
    const emulator = await start({ dataFile });
    await emulator.close();
    assert.ok(existsSync(dataFile));
  });

  it('keeps goals, key results and the token across a restart', async () => {
    const first = await start({ dataFile });
    const created = await call<{ goal: WireGoal }>(first, 'POST', `/team/${first.teamId}/goal`, { body: goalBody({ name: 'Survives restarts' }) });
    await call(first, 'POST', `/goal/${created.json.goal.id}/key_result`, { body: { name: 'Kept', type: 'number', steps_start: 0, steps_end: 5 } });
    await first.close();

    const second = await start({ dataFile });
    try {
      assert.equal(second.token, first.token);
      const goal = await goalDetail(second, created.json.goal.id);
      assert.deepEqual([goal.name, goal.key_results?.map((kr) => kr.name)], ['Survives restarts', ['Kept']]);
    } finally {
      await second.close();
    }
  });

  it('keeps a revoked token revoked', async () => {
    const first = await start({ dataFile });
    first.revokeToken(first.token);
    await first.close();
    const second = await start({ dataFile });
    try {
      assert.equal((await call(second, 'GET', '/user')).status, 401);
    } finally {
      await second.close();
    }
  });

  it('leaves no temporary files behind', async () => {
    const emulator = await start({ dataFile });
    await call(emulator, 'POST', `/team/${emulator.teamId}/goal`, { body: goalBody() });
    await emulator.close();
    assert.deepEqual(readdirSync(folder), ['state.json']);
  });

  it('refuses a data file that is not emulator state, with a clear message', async () => {
    writeFileSync(dataFile, '{"hello": "world"}');
    await assert.rejects(start({ dataFile }), /not an emulator state/);
  });
});
