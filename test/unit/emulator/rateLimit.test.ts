import * as assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/types';
import { call, start } from './http';

describe('emulator: rate limits', () => {
  let emulator: RunningEmulator;

  beforeEach(async () => {
    emulator = await start({ rateLimitPerMinute: 3 });
  });
  afterEach(() => emulator.close());

  it('sends lower-case x-ratelimit-* headers on a success', async () => {
    const reply = await call(emulator, 'GET', '/user');
    assert.equal(reply.headers.get('x-ratelimit-limit'), '3');
    assert.equal(reply.headers.get('x-ratelimit-remaining'), '2');
  });

  it('reports the reset as a Unix time in seconds, within the next minute', async () => {
    const reply = await call(emulator, 'GET', '/user');
    const reset = Number(reply.headers.get('x-ratelimit-reset'));
    const nowSeconds = Date.now() / 1000;
    assert.ok(reset > nowSeconds && reset <= nowSeconds + 61, `reset ${reset}`);
  });

  it('sends the headers on errors too', async () => {
    const reply = await call(emulator, 'GET', '/user', { auth: null });
    assert.equal(reply.status, 401);
    assert.ok(reply.headers.get('x-ratelimit-remaining') !== null);
  });

  it('answers 429 past the budget, without Retry-After', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await call(emulator, 'GET', '/user')).status, 200);
    const reply = await call(emulator, 'GET', '/user');
    assert.equal(reply.status, 429);
    assert.equal(reply.headers.get('x-ratelimit-remaining'), '0');
    assert.equal(reply.headers.get('retry-after'), null);
  });

  it('keeps a separate budget per token', async () => {
    for (let i = 0; i < 4; i++) await call(emulator, 'GET', '/user');
    const reply = await call(emulator, 'GET', '/user', { auth: `Bearer ${emulator.oauthToken}` });
    assert.equal(reply.status, 200);
  });

  it('starts a new minute on resetRateLimit', async () => {
    for (let i = 0; i < 4; i++) await call(emulator, 'GET', '/user');
    emulator.resetRateLimit();
    assert.equal((await call(emulator, 'GET', '/user')).status, 200);
  });

  it('applies a new limit from setRateLimit', async () => {
    emulator.setRateLimit(1000);
    const reply = await call(emulator, 'GET', '/user');
    assert.equal(reply.headers.get('x-ratelimit-limit'), '1000');
  });

  it('opens a new window once the shortened window has passed', async () => {
    const quick = await start({ rateLimitPerMinute: 1, rateLimitWindowMs: 50 });
    try {
      await call(quick, 'GET', '/user');
      assert.equal((await call(quick, 'GET', '/user')).status, 429);
      await new Promise((resolve) => setTimeout(resolve, 60));
      assert.equal((await call(quick, 'GET', '/user')).status, 200);
    } finally {
      await quick.close();
    }
  });

  it('plays another client with the same token: its requests spend the budget', async () => {
    emulator.spendRateLimit(2);
    const reply = await call(emulator, 'GET', '/user');
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('x-ratelimit-remaining'), '0');
    assert.equal((await call(emulator, 'GET', '/user')).status, 429);
  });

  it('starts a window of whole seconds on a whole second, so its reset is exact', async () => {
    const before = Date.now();
    const reply = await call(emulator, 'GET', '/user');
    const reset = Number(reply.headers.get('x-ratelimit-reset'));
    assert.ok(reset * 1000 <= before + 60_000 && reset * 1000 > before + 59_000 - 1000, `reset ${reset}`);
  });
});
