/**
 * Rate limits against the emulator: a 429 is waited out until the reset the
 * headers give (the injected sleep plays the passing minute by resetting the
 * emulator's counters); background work yields when the budget runs low, and
 * every request waits for the reset once the last answer said it is spent.
 * To reach the 429 path, another client (same token) spends the budget, so
 * the client under test does not know it is spent.
 */
import { allGoals } from '../../../src/core/domain/goalQuery';
import { strict as assert } from 'node:assert';
import { isClickUpError } from '../../../src/core/clickup/errors';
import type { CreateGoalInput } from '../../../src/core/domain/types';
import { useEmulator } from './emulatorHarness';

const newGoal: CreateGoalInput = {
  name: 'Created after the reset',
  dueDate: Date.UTC(2031, 0, 1),
  description: '',
  multipleOwners: false,
  owners: [],
  color: '#32a852',
};

describe('ClickUpClient against the emulator: rate limits', () => {
  const suite = useEmulator();

  /** A sleep that lets the minute pass at once, and remembers what it was asked to wait. */
  function minutePasses(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
    const waits: number[] = [];
    return {
      waits,
      sleep: (ms) => {
        waits.push(ms);
        suite.emulator.resetRateLimit();
        return Promise.resolve();
      },
    };
  }

  it('waits for the reset after a 429, then the read succeeds', async () => {
    suite.emulator.setRateLimit(2);
    const time = minutePasses();
    const spender = suite.client();
    await spender.getAuthorizedUser();
    await spender.getAuthorizedWorkspaces();
    const api = suite.client({ sleep: time.sleep });
    const before = Date.now();
    await api.getGoals(suite.emulator.teamId, false);
    assert.equal(time.waits.length, 1);
    // The emulator's window resets a minute after its first request, in whole seconds.
    assert.ok(time.waits[0] > 55_000 && time.waits[0] <= 61_000 + (Date.now() - before), `waited ${time.waits[0]} ms`);
    assert.equal(suite.received('getGoals').length, 2);
  });

  it('sends a write refused with 429 again after the reset, creating it once', async () => {
    suite.emulator.setRateLimit(1);
    const time = minutePasses();
    await suite.client().getAuthorizedUser();
    const api = suite.client({ sleep: time.sleep });
    await api.createGoal(suite.emulator.teamId, newGoal);
    assert.equal(suite.received('createGoal').length, 2);
    const list = await api.getGoals(suite.emulator.teamId, true);
    assert.equal(allGoals(list).filter((g) => g.name === newGoal.name).length, 1);
  });

  it('fails as rateLimited, saying when to retry, when the reset is further away than it may wait', async () => {
    suite.emulator.setRateLimit(1);
    const time = minutePasses();
    await suite.client().getAuthorizedUser();
    const api = suite.client({ sleep: time.sleep, maxRateLimitWaitMs: 1000 });
    await assert.rejects(
      api.getGoals(suite.emulator.teamId, false),
      (error: unknown) =>
        isClickUpError(error) &&
        error.reason === 'rateLimited' &&
        error.status === 429 &&
        error.retryAt === api.rateLimit?.resetAt &&
        (error.retryAt ?? 0) > Date.now(),
    );
    assert.deepEqual(time.waits, []);
  });

  it("holds the user's own request before sending once the budget is spent, so no 429 is drawn", async () => {
    suite.emulator.setRateLimit(2);
    const time = minutePasses();
    const api = suite.client({ sleep: time.sleep });
    await api.getAuthorizedUser();
    await api.getAuthorizedWorkspaces();
    assert.equal(api.rateLimit?.remaining, 0);
    await api.getGoals(suite.emulator.teamId, false, { priority: 'user' });
    assert.equal(time.waits.length, 1);
    assert.equal(suite.received('getGoals').length, 1);
  });

  it('holds background work before sending when the budget runs low, but not user actions', async () => {
    suite.emulator.setRateLimit(3);
    const sentBeforeWaiting: number[] = [];
    const api = suite.client({
      sleep: (ms) => {
        sentBeforeWaiting.push(suite.received('getGoals').length);
        assert.ok(ms > 0);
        suite.emulator.resetRateLimit();
        return Promise.resolve();
      },
    });
    for (let i = 0; i < 3; i += 1) {
      await api.getGoals(suite.emulator.teamId, false, { priority: 'user' });
    }
    assert.equal(api.rateLimit?.remaining, 0);
    assert.deepEqual(sentBeforeWaiting, []);
    await api.getGoals(suite.emulator.teamId, false, { priority: 'background' });
    assert.deepEqual(sentBeforeWaiting, [3]);
    assert.equal(suite.received('getGoals').length, 4);
  });

  it('sends many requests at once without overrunning the budget the first answer told', async () => {
    suite.emulator.setRateLimit(10);
    const time = minutePasses();
    const api = suite.client({ sleep: time.sleep });
    await api.getAuthorizedUser();
    const keyResult = await firstKeyResult(api);
    suite.emulator.clearRequests();
    await Promise.all(Array.from({ length: 25 }, (_, index) => api.editKeyResult(keyResult, { stepsCurrent: index })));
    const edits = suite.received('editKeyResult').length;
    assert.equal(edits, 25, 'each edit sent once: no 429 drawn, so none sent twice');
    assert.ok(time.waits.length >= 2, `waited for ${time.waits.length} resets`);
  });

  it('draws a 429 only when another client spends the budget, and sends the refused write again after the reset', async () => {
    suite.emulator.setRateLimit(10);
    const time = minutePasses();
    const api = suite.client({ sleep: time.sleep });
    await api.getAuthorizedUser();
    const keyResult = await firstKeyResult(api);
    suite.emulator.clearRequests();
    suite.emulator.spendRateLimit(8);
    await api.editKeyResult(keyResult, { stepsCurrent: 3 });
    assert.equal(suite.received('editKeyResult').length, 2);
    assert.equal(time.waits.length, 1);
  });

  async function firstKeyResult(api: ReturnType<typeof suite.client>): Promise<string> {
    const list = await api.getGoals(suite.emulator.teamId, false);
    for (const goal of [...list.goals, ...list.folders.flatMap((folder) => folder.goals)]) {
      const keyResult = (await api.getGoal(goal.id)).keyResults?.find((candidate) => candidate.type === 'number');
      if (keyResult) return keyResult.id;
    }
    throw new Error('the sample data has no number key result');
  }
});
