import * as assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/types';
import { call, start } from './http';

describe('emulator: control endpoint', () => {
  let emulator: RunningEmulator;
  let control: string;

  before(async () => {
    emulator = await start();
    control = `http://127.0.0.1:${emulator.port}/__emulator`;
  });
  after(() => emulator.close());
  beforeEach(() => {
    emulator.clearFaults();
    emulator.clearRequests();
  });

  function post(path: string, body: unknown): Promise<Response> {
    return fetch(control + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  it('injects a fault over HTTP', async () => {
    assert.equal((await post('/faults', { route: 'getAuthorizedUser', status: 500, times: 1 })).status, 200);
    assert.equal((await call(emulator, 'GET', '/user')).status, 500);
  });

  it('clears faults over HTTP', async () => {
    await post('/faults', { route: '*', status: 500 });
    await fetch(`${control}/faults`, { method: 'DELETE' });
    assert.equal((await call(emulator, 'GET', '/user')).status, 200);
  });

  it('refuses a fault for an unknown route', async () => {
    assert.equal((await post('/faults', { route: 'getTasks', status: 500 })).status, 400);
  });

  it('lists recorded requests as JSON', async () => {
    await call(emulator, 'GET', '/user');
    const body = (await (await fetch(`${control}/requests`)).json()) as { requests: Array<{ route: string }> };
    assert.deepEqual(body.requests.map((request) => request.route), ['getAuthorizedUser']);
  });

  it('does not record its own requests', async () => {
    await fetch(`${control}/health`);
    assert.equal(emulator.requests.length, 0);
  });

  it('refuses writes without a JSON content type', async () => {
    const response = await fetch(`${control}/faults`, { method: 'POST', body: JSON.stringify({ route: '*', status: 500 }) });
    assert.equal(response.status, 415);
  });

  it('revokes a token over HTTP', async () => {
    const other = await start();
    try {
      const url = `http://127.0.0.1:${other.port}/__emulator/revoke`;
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: other.token }) });
      assert.equal((await call(other, 'GET', '/user')).status, 401);
    } finally {
      await other.close();
    }
  });

  it('spends the rate budget as another client with the same token would', async () => {
    emulator.setRateLimit(3);
    emulator.resetRateLimit();
    try {
      assert.equal((await post('/rate-limit/spend', { count: 3 })).status, 200);
      assert.equal((await call(emulator, 'GET', '/user')).status, 429);
      assert.equal((await post('/rate-limit/spend', { count: -1 })).status, 400);
    } finally {
      emulator.setRateLimit(100);
      emulator.resetRateLimit();
    }
  });
});
