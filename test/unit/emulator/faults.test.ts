import * as assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/types';
import { call, goalBody, start } from './http';

describe('emulator: injected faults', () => {
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await start();
  });
  after(() => emulator.close());
  beforeEach(() => {
    emulator.clearFaults();
    emulator.resetRateLimit();
  });

  it('adds latency', async () => {
    emulator.injectFault({ route: 'getAuthorizedUser', latencyMs: 150 });
    const started = Date.now();
    assert.equal((await call(emulator, 'GET', '/user')).status, 200);
    assert.ok(Date.now() - started >= 140);
  });

  it('answers a status with a ClickUp error body', async () => {
    emulator.injectFault({ route: 'getGoals', status: 503, ecode: 'APP_503' });
    const reply = await call(emulator, 'GET', `/team/${emulator.teamId}/goal`);
    assert.equal(reply.status, 503);
    assert.equal(reply.json.ECODE, 'APP_503');
    assert.equal(typeof reply.json.err, 'string');
  });

  it('keeps the rate-limit headers on a fault answer', async () => {
    emulator.injectFault({ route: 'getAuthorizedUser', status: 500 });
    const reply = await call(emulator, 'GET', '/user');
    assert.ok(reply.headers.get('x-ratelimit-limit') !== null);
  });

  it('answers an HTML error page, 502 by default', async () => {
    emulator.injectFault({ route: 'getAuthorizedUser', html: true });
    const reply = await call(emulator, 'GET', '/user');
    assert.equal(reply.status, 502);
    assert.match(reply.headers.get('content-type') ?? '', /text\/html/);
    assert.match(reply.text, /<html>/);
  });

  it('drops the connection', async () => {
    emulator.injectFault({ route: 'getAuthorizedUser', drop: true });
    await assert.rejects(call(emulator, 'GET', '/user'));
  });

  it('answers 200 with a body that is not JSON', async () => {
    emulator.injectFault({ route: 'getAuthorizedUser', malformed: true });
    const reply = await call(emulator, 'GET', '/user');
    assert.equal(reply.status, 200);
    assert.equal(reply.json, undefined);
  });

  it('answers 200 with the JSON cut in half', async () => {
    emulator.injectFault({ route: 'getAuthorizedUser', truncated: true });
    const reply = await call(emulator, 'GET', '/user');
    assert.equal(reply.status, 200);
    assert.ok(reply.text.startsWith('{"user":{'));
    assert.equal(reply.json, undefined);
  });

  it('still applies a write whose answer was broken', async () => {
    emulator.injectFault({ route: 'createGoal', truncated: true });
    await call(emulator, 'POST', `/team/${emulator.teamId}/goal`, { body: goalBody({ name: 'Lost answer' }) });
    const list = await call(emulator, 'GET', `/team/${emulator.teamId}/goal`);
    assert.match(list.text, /Lost answer/);
  });

  it('clears itself after `times` requests', async () => {
    emulator.injectFault({ route: 'getAuthorizedUser', status: 500, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(emulator, 'GET', '/user')).status);
    assert.deepEqual(statuses, [500, 500, 200]);
  });

  it('matches every route with "*" and only its route otherwise', async () => {
    emulator.injectFault({ route: 'getGoals', status: 500 });
    assert.equal((await call(emulator, 'GET', '/user')).status, 200);
    emulator.injectFault({ route: '*', status: 500 });
    assert.equal((await call(emulator, 'GET', '/user')).status, 500);
  });

  it('stops on clearFaults', async () => {
    emulator.injectFault({ route: '*', status: 500 });
    emulator.clearFaults();
    assert.equal((await call(emulator, 'GET', '/user')).status, 200);
  });
});

describe('emulator: recorded requests', () => {
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await start();
  });
  after(() => emulator.close());
  beforeEach(() => emulator.clearRequests());

  it('records route, path, query and the parsed body', async () => {
    await call(emulator, 'POST', `/team/${emulator.teamId}/goal`, { body: goalBody({ name: 'Recorded' }), query: { source: 'test' } });
    const [request] = emulator.requests;
    assert.deepEqual(
      [request.route, request.method, request.path, request.query, (request.body as { name: string }).name, request.authorized],
      ['createGoal', 'POST', `/team/${emulator.teamId}/goal`, { source: 'test' }, 'Recorded', true],
    );
  });

  it('never records the Authorization header', async () => {
    await call(emulator, 'GET', '/user');
    assert.ok(!JSON.stringify(emulator.requests).includes(emulator.token));
  });

  it('records unauthorized and unknown requests as such', async () => {
    await call(emulator, 'GET', '/nowhere', { auth: null });
    assert.deepEqual([emulator.requests[0].route, emulator.requests[0].authorized], ['unknown', false]);
  });

  it('forgets requests on clearRequests', async () => {
    await call(emulator, 'GET', '/user');
    emulator.clearRequests();
    assert.equal(emulator.requests.length, 0);
  });
});
