import { strict as assert } from 'node:assert';
import { RateLimitBudget, readRateLimit, retryAtFromHeaders } from '../../../src/core/clickup/rateLimit';
import { isClickUpError } from '../../../src/core/clickup/errors';
import type { RateLimitState } from '../../../src/core/domain/types';
import { fakeTime } from './fakeFetch';

function headers(values: Record<string, string>): { get(name: string): string | null } {
  return { get: (name) => values[name] ?? null };
}

function budgetHeaders(remaining: number, resetSeconds: number, limit = 100): { get(name: string): string | null } {
  return headers({
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(resetSeconds),
  });
}

describe('rate-limit headers', () => {
  it('reads limit, remaining and a reset given in Unix seconds', () => {
    assert.deepEqual(readRateLimit(budgetHeaders(42, 1_700_000_060), 1_700_000_000_000), {
      limit: 100,
      remaining: 42,
      resetAt: 1_700_000_060_000,
      observedAt: 1_700_000_000_000,
    });
  });

  it('ignores a response without the headers', () => {
    assert.equal(readRateLimit(headers({}), 0), null);
  });

  it('falls back to Retry-After when there is no reset header', () => {
    assert.equal(retryAtFromHeaders(headers({ 'retry-after': '7' }), 1000), 8000);
  });
});

describe('the rate-limit budget', () => {
  function budget(maxWaitMs = 60_000): { budget: RateLimitBudget; time: ReturnType<typeof fakeTime>; seen: RateLimitState[] } {
    const time = fakeTime(1_700_000_000_000);
    const seen: RateLimitState[] = [];
    return {
      budget: new RateLimitBudget({ clock: time.clock, sleep: time.sleep, maxWaitMs, onChange: (s) => seen.push(s) }),
      time,
      seen,
    };
  }

  it('tells the listener about every reading', () => {
    const { budget: b, seen } = budget();
    b.observe(budgetHeaders(99, 1_700_000_060));
    b.observe(budgetHeaders(98, 1_700_000_060));
    assert.deepEqual(
      seen.map((s) => s.remaining),
      [99, 98],
    );
    assert.equal(b.state?.remaining, 98);
  });

  it('holds background work until the reset when the budget is nearly spent', async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(5, 1_700_000_020));
    await b.acquire('background', 'getGoals');
    assert.deepEqual(time.waits, [20_000]);
  });

  it("lets the user's own requests through when the budget is nearly spent", async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(5, 1_700_000_020));
    await b.acquire('user', 'getGoals');
    assert.deepEqual(time.waits, []);
  });

  it("holds the user's own requests too once the budget is spent, until the reset", async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(0, 1_700_000_020));
    await b.acquire('user', 'editKeyResult');
    assert.deepEqual(time.waits, [20_000]);
  });

  it('lets every request through once the reset time has passed', async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(0, 1_699_999_990));
    await b.acquire('user', 'getGoals');
    await b.acquire('background', 'getGoals');
    assert.deepEqual(time.waits, []);
  });

  it('lets background work through while the budget is healthy', async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(50, 1_700_000_020));
    await b.acquire('background', 'getGoals');
    assert.deepEqual(time.waits, []);
  });

  it('fails background work as rateLimited when the reset is further away than it may wait', async () => {
    const { budget: b, time } = budget(10_000);
    b.observe(budgetHeaders(0, 1_700_000_050));
    await assert.rejects(
      b.acquire('background', 'getGoals'),
      (error: unknown) => isClickUpError(error) && error.reason === 'rateLimited' && error.retryAt === 1_700_000_050_000,
    );
    assert.deepEqual(time.waits, []);
  });

  it('counts requests in flight against the remaining budget, so concurrent ones do not overrun it', async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(3, 1_700_000_020));
    await Promise.all([b.acquire('user', 'editKeyResult'), b.acquire('user', 'editKeyResult'), b.acquire('user', 'editKeyResult')]);
    assert.deepEqual(time.waits, []);
    await b.acquire('user', 'editKeyResult');
    assert.deepEqual(time.waits, [20_000]);
  });

  it('gives the slot back when the answer comes, and the answer tells what is left', async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(2, 1_700_000_020));
    const release = await b.acquire('user', 'editKeyResult');
    b.observe(budgetHeaders(1, 1_700_000_020));
    release();
    await b.acquire('user', 'editKeyResult');
    assert.deepEqual(time.waits, []);
    assert.equal(b.state?.remaining, 1);
  });

  it('keeps the lowest remaining of one window when answers arrive out of order', () => {
    const { budget: b } = budget();
    b.observe(budgetHeaders(5, 1_700_000_020));
    b.observe(budgetHeaders(7, 1_700_000_020));
    assert.equal(b.state?.remaining, 5);
  });

  it('after a reset, holds requests beyond the limit until an answer from the new window arrives', async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(0, 1_699_999_990, 2));
    const first = await b.acquire('user', 'editKeyResult');
    await b.acquire('user', 'editKeyResult');
    let third = false;
    const waiting = b.acquire('user', 'editKeyResult').then(() => (third = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(third, false);
    b.observe(budgetHeaders(1, 1_700_000_030, 2));
    first();
    await new Promise((resolve) => setImmediate(resolve));
    // One answer in: one left in the new window, one request still in flight, so wait for the reset.
    await waiting;
    assert.deepEqual(time.waits, [30_000]);
  });

  it('is not held by a late answer from a window it has already waited out', async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(0, 1_700_000_020));
    await b.acquire('user', 'getGoals');
    b.observe(budgetHeaders(0, 1_700_000_020));
    await b.acquire('user', 'getGoals');
    assert.deepEqual(time.waits, [20_000]);
  });

  it('after a 429, holds every request until the reset it gave', async () => {
    const { budget: b, time } = budget();
    b.observe(budgetHeaders(40, 1_700_000_020));
    b.spentUntil(1_700_000_020_000);
    await b.acquire('user', 'editKeyResult');
    assert.deepEqual(time.waits, [20_000]);
  });
});
