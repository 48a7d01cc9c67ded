/**
 * The transport's policies through the client, against a scripted fetch and a
 * fake clock: timeouts, read retries, no write retries, 429 waits, the budget
 * gate, shared reads, cancellation and secrets kept out of logs.
 */
import { strict as assert } from 'node:assert';
import { ClickUpClient, type ClickUpClientOptions } from '../../../src/core/clickup/client';
import { isClickUpError, type ClickUpError, type ClickUpErrorReason } from '../../../src/core/clickup/errors';
import type { CreateGoalInput } from '../../../src/core/domain/types';
import { wireGoal, wireGoalList, wireUser } from '../builders/wire';
import { answer, fakeFetch, fakeTime, until, type FakeFetch } from './fakeFetch';

const TOKEN = 'pk_183_SECRETSECRETSECRETSECRETSECRET12';
const BASE = 'https://api.clickup.test/api/v2';

function client(fake: FakeFetch, options: Partial<ClickUpClientOptions> = {}): ClickUpClient {
  const time = fakeTime();
  return new ClickUpClient({ baseUrl: BASE, token: () => TOKEN, fetch: fake.fetch, clock: time.clock, sleep: time.sleep, timeoutMs: 200, ...options });
}

function rejectsWith(reason: ClickUpErrorReason, extra: (error: ClickUpError) => boolean = () => true) {
  return (error: unknown): boolean => isClickUpError(error) && error.reason === reason && extra(error);
}

const goalInput: CreateGoalInput = {
  name: 'Grow',
  dueDate: 1748736000000,
  description: '',
  multipleOwners: false,
  owners: [],
  color: '#32a852',
};

function budgetHeaders(remaining: number, resetAtMs: number): Record<string, string> {
  return { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(resetAtMs / 1000) };
}

describe('transport: requests', () => {
  it('sends a personal token as is, asks for JSON and never follows redirects', async () => {
    const fake = fakeFetch(answer(200, { user: wireUser() }));
    await client(fake).getAuthorizedUser();
    const { url, init } = fake.calls[0];
    assert.equal(url, `${BASE}/user`);
    assert.equal(init.headers.Authorization, TOKEN);
    assert.equal(init.headers.Accept, 'application/json');
    assert.equal(init.redirect, 'manual');
  });

  it('sends JSON bodies with a content type', async () => {
    const fake = fakeFetch(answer(200, { goal: wireGoal() }));
    await client(fake).createGoal('9001', goalInput);
    assert.equal(fake.calls[0].init.headers['Content-Type'], 'application/json');
    assert.equal((JSON.parse(fake.calls[0].init.body ?? '{}') as { name: string }).name, 'Grow');
  });

  it('reads the token before every request', async () => {
    let token = 'pk_1_first';
    const fake = fakeFetch(answer(200, { user: wireUser() }));
    const api = client(fake, { token: () => token });
    await api.getAuthorizedUser();
    token = 'pk_1_second';
    await api.getAuthorizedUser();
    assert.deepEqual(
      fake.calls.map((call) => call.init.headers.Authorization),
      ['pk_1_first', 'pk_1_second'],
    );
  });

  it('refuses to send anything without a token', async () => {
    const fake = fakeFetch(answer(200, { user: wireUser() }));
    await assert.rejects(client(fake, { token: () => Promise.resolve(undefined) }).getAuthorizedUser(), rejectsWith('unauthorized'));
    assert.equal(fake.calls.length, 0);
  });

  it('reports a token provider that fails as unauthorized', async () => {
    const fake = fakeFetch(answer(200, { user: wireUser() }));
    const failing = (): Promise<string> => Promise.reject(new Error('keychain locked'));
    await assert.rejects(client(fake, { token: failing }).getAuthorizedUser(), rejectsWith('unauthorized'));
  });

  it('never reads the token for an insecure base URL', async () => {
    let asked = false;
    const fake = fakeFetch(answer(200, { user: wireUser() }));
    const api = client(fake, { baseUrl: 'http://api.clickup.com/api/v2', token: () => ((asked = true), TOKEN) });
    await assert.rejects(api.getAuthorizedUser(), rejectsWith('insecureBaseUrl', (e) => e.operation === 'getAuthorizedUser'));
    assert.equal(fake.calls.length, 0);
    assert.equal(asked, false);
  });

  it('treats an unexpected redirect as an invalid response', async () => {
    const fake = fakeFetch(answer(302, '', { location: 'http://elsewhere.test/' }));
    await assert.rejects(client(fake).getAuthorizedUser(), rejectsWith('invalidResponse', (e) => e.status === 302));
  });

  it('accepts an empty body from a delete', async () => {
    const fake = fakeFetch({ status: 200, text: '' });
    await client(fake).deleteGoal('goal-1');
    assert.equal(fake.calls[0].init.method, 'DELETE');
  });
});

describe('transport: retries', () => {
  it('retries a read on 5xx with a growing delay, then succeeds', async () => {
    const time = fakeTime();
    const fake = fakeFetch(answer(502), answer(503), answer(200, wireGoalList()));
    const list = await client(fake, { clock: time.clock, sleep: time.sleep }).getGoals('9001', false);
    assert.equal(list.goals.length, 1);
    assert.equal(fake.calls.length, 3);
    assert.deepEqual(time.waits, [500, 1000]);
  });

  it('gives up on a read after the configured retries', async () => {
    const fake = fakeFetch(answer(500));
    await assert.rejects(client(fake, { retries: 1 }).getGoals('9001', false), rejectsWith('server', (e) => e.status === 500));
    assert.equal(fake.calls.length, 2);
  });

  it('retries a read after a network failure', async () => {
    const fake = fakeFetch({ throws: new Error('socket hang up') }, answer(200, { user: wireUser() }));
    await client(fake).getAuthorizedUser();
    assert.equal(fake.calls.length, 2);
  });

  it('does not retry a read on a 4xx', async () => {
    const fake = fakeFetch(answer(404, { err: 'Goal not found', ECODE: 'GOAL_002' }));
    await assert.rejects(client(fake).getGoal('nope'), rejectsWith('notFound'));
    assert.equal(fake.calls.length, 1);
  });

  for (const [label, step, reason] of [
    ['a 5xx', answer(500), 'server'],
    ['a network failure', { throws: new Error('socket hang up') }, 'network'],
    ['a timeout', { hang: true }, 'timeout'],
  ] as const) {
    it(`never sends a create twice after ${label}`, async () => {
      const fake = fakeFetch(step, answer(200, { goal: wireGoal() }));
      await assert.rejects(client(fake, { timeoutMs: 30 }).createGoal('9001', goalInput), rejectsWith(reason));
      assert.equal(fake.calls.length, 1);
    });
  }
});

describe('transport: timeouts and cancellation', () => {
  it('gives up on a request that does not answer in time', async () => {
    const fake = fakeFetch({ hang: true });
    await assert.rejects(
      client(fake, { timeoutMs: 30, retries: 0 }).getAuthorizedUser(),
      rejectsWith('timeout', (e) => e.message === 'ClickUp did not answer within 0.1 seconds.'),
    );
  });

  it('cancels before sending when the signal is already aborted', async () => {
    const fake = fakeFetch(answer(200, { user: wireUser() }));
    await assert.rejects(client(fake).getAuthorizedUser({ signal: AbortSignal.abort() }), rejectsWith('cancelled'));
    assert.equal(fake.calls.length, 0);
  });

  it('aborts a read in flight when the caller cancels', async () => {
    const fake = fakeFetch({ hang: true });
    const controller = new AbortController();
    const pending = client(fake, { timeoutMs: 5000 }).getGoal('g', { signal: controller.signal });
    await until(() => fake.calls.length === 1);
    controller.abort();
    await assert.rejects(pending, rejectsWith('cancelled'));
    assert.equal(fake.calls[0].init.signal?.aborted, true);
  });

  it('lets a write that was already sent finish even if the caller cancels', async () => {
    const fake = fakeFetch(answer(200, { goal: wireGoal({ id: 'created' }) }));
    const controller = new AbortController();
    const pending = client(fake).createGoal('9001', goalInput, { signal: controller.signal });
    await until(() => fake.calls.length === 1);
    controller.abort();
    assert.equal((await pending).id, 'created');
    assert.equal(fake.calls[0].init.signal?.aborted, false);
  });
});

describe('transport: rate limits', () => {
  it('keeps the figures of every response, not only errors', async () => {
    const time = fakeTime();
    const seen: number[] = [];
    const fake = fakeFetch(answer(200, { user: wireUser() }, budgetHeaders(97, time.clock() + 30_000)));
    const api = client(fake, { clock: time.clock, sleep: time.sleep, onRateLimit: (s) => seen.push(s.remaining) });
    assert.equal(api.rateLimit, null);
    await api.getAuthorizedUser();
    assert.deepEqual(api.rateLimit, { limit: 100, remaining: 97, resetAt: time.clock() + 30_000, observedAt: time.clock() });
    assert.deepEqual(seen, [97]);
  });

  it('waits for the reset after a 429 and sends a write again', async () => {
    const time = fakeTime();
    const reset = time.clock() + 5_000;
    const fake = fakeFetch(answer(429, { err: 'Rate limit', ECODE: 'APP_002' }, budgetHeaders(0, reset)), answer(200, { goal: wireGoal() }));
    await client(fake, { clock: time.clock, sleep: time.sleep }).createGoal('9001', goalInput);
    assert.equal(fake.calls.length, 2);
    assert.deepEqual(time.waits, [5_000]);
  });

  it('fails as rateLimited, with the reset time, when the reset is too far away', async () => {
    const time = fakeTime();
    const reset = time.clock() + 50_000;
    const fake = fakeFetch(answer(429, {}, budgetHeaders(0, reset)));
    const api = client(fake, { clock: time.clock, sleep: time.sleep, maxRateLimitWaitMs: 10_000 });
    await assert.rejects(api.getGoals('9001', false), rejectsWith('rateLimited', (e) => e.retryAt === reset && e.status === 429));
    assert.deepEqual(time.waits, []);
  });

  it('does not wait out a 429 that gives no reset time', async () => {
    const time = fakeTime();
    const fake = fakeFetch(answer(429, {}));
    const api = client(fake, { clock: time.clock, sleep: time.sleep });
    await assert.rejects(api.getGoals('9001', false), rejectsWith('rateLimited', (e) => e.retryAt === time.clock() + 60_000));
    assert.equal(fake.calls.length, 1);
  });

  it('stops waiting out 429s after the allowed number of times', async () => {
    const time = fakeTime();
    const fake = fakeFetch(answer(429, {}, budgetHeaders(0, time.clock() + 2_000)));
    const api = client(fake, { clock: time.clock, sleep: time.sleep, rateLimitRetries: 2 });
    await assert.rejects(api.getGoals('9001', false), rejectsWith('rateLimited'));
    assert.equal(fake.calls.length, 3);
  });

  it('holds a background refresh until the reset when the budget is nearly spent, but not a user action', async () => {
    const time = fakeTime();
    const reset = time.clock() + 20_000;
    const fake = fakeFetch(answer(200, wireGoalList(), budgetHeaders(3, reset)));
    const api = client(fake, { clock: time.clock, sleep: time.sleep });
    await api.getGoals('9001', false);
    await api.getGoals('9001', false, { priority: 'user' });
    assert.deepEqual(time.waits, []);
    await api.getGoals('9001', false, { priority: 'background' });
    assert.deepEqual(time.waits, [20_000]);
  });
});

describe('transport: shared reads', () => {
  it('sends identical reads in flight once and gives every caller the answer', async () => {
    const fake = fakeFetch(answer(200, wireGoalList()));
    const api = client(fake);
    const [a, b] = await Promise.all([api.getGoals('9001', true), api.getGoals('9001', true)]);
    assert.equal(fake.calls.length, 1);
    assert.deepEqual(a, b);
  });

  it('does not share reads made with different tokens or different URLs', async () => {
    let n = 0;
    const fake = fakeFetch(answer(200, wireGoalList()));
    const api = client(fake, { token: () => `pk_1_token${(n += 1)}` });
    await Promise.all([api.getGoals('9001', true), api.getGoals('9001', true), api.getGoals('9001', false)]);
    assert.equal(fake.calls.length, 3);
  });

  it('keeps a shared read going for the callers who did not cancel', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const base = fakeFetch(answer(200, wireGoalList()));
    const api = client({ ...base, fetch: async (url, init) => (await gate, base.fetch(url, init)) });
    const controller = new AbortController();
    const leaving = api.getGoals('9001', true, { signal: controller.signal });
    const staying = api.getGoals('9001', true);
    controller.abort();
    await assert.rejects(leaving, rejectsWith('cancelled'));
    release();
    assert.equal((await staying).goals.length, 1);
    assert.equal(base.calls.length, 1);
  });
});

describe('transport: secrets', () => {
  it('never hands the token or an editor_token to the logger', async () => {
    const lines: string[] = [];
    const log = (line: string): void => void lines.push(line);
    const fake = fakeFetch(answer(500), { throws: new Error(`boom ${TOKEN}`) }, answer(200, { goal: wireGoal({ editor_token: 'editor_secret_123' }) }));
    const api = client(fake, { logger: { debug: log, info: log, warn: log, error: log } });
    await api.getGoal('goal-1');
    assert.ok(lines.length >= 3);
    assert.ok(lines.every((line) => !line.includes(TOKEN) && !line.includes('editor_secret_123')));
  });
});
