// A window closes with writes in flight and writes queued behind a spent rate budget; the next
// start (a new store, client and journal over the same storage) checks and sends what is left.
// Real HTTP against the emulator: its request log shows each write reaching it exactly once.
import * as assert from 'node:assert/strict';
import { ClickUpClient } from '../../../src/core/clickup/client';
import { nodeFetch } from '../../../src/core/clickup/nodeFetch';
import { allGoals } from '../../../src/core/domain/goalQuery';
import type { CreateGoalInput } from '../../../src/core/domain/types';
import { createGoalStore } from '../../../src/core/model/goalStore';
import { adoptLeftOver } from '../../../src/core/pending/adoptLeftOver';
import { parsePendingWrites } from '../../../src/core/pending/pendingWrite';
import { replayWrites } from '../../../src/core/pending/replayWrites';
import type { ReplayResult } from '../../../src/core/pending/replayWrites';
import { WriteJournal } from '../../../src/core/pending/writeJournal';
import { startEmulator } from '../../../src/emulator/server';
import type { RouteName, RunningEmulator } from '../../../src/emulator/types';
import { aGoalWithEditableKeyResult } from '../model/emulatorStore';
import { MemoryStorage, settle } from './memoryStorage';

const goalInput = (name: string): CreateGoalInput => ({ name, dueDate: Date.UTC(2027, 2, 31), description: '', multipleOwners: false, owners: [], color: '#32a852' });

async function until(what: string, check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('pending writes: a closed window’s writes, sent by the next start', function () {
  this.timeout(15_000);
  let emulator: RunningEmulator;
  beforeEach(async () => (emulator = await startEmulator({ seed: 'sample' })));
  afterEach(() => emulator.close());
  const received = (route: RouteName) => emulator.requests.filter((request) => request.route === route);

  function openStore(storage: MemoryStorage, sessionId: string, dead: boolean) {
    // A window that closes: its rate-limit waits never end (the process is gone).
    const client = new ClickUpClient({ baseUrl: emulator.url, fetch: nodeFetch, token: () => emulator.token, retries: 0, ...(dead ? { sleep: () => new Promise<void>(() => undefined) } : {}) });
    const journal = new WriteJournal(storage, { sessionId });
    const store = createGoalStore(client, { persistDelayMs: 0, journal });
    store.setWorkspace(emulator.teamId);
    return { client, journal, store };
  }

  it('keeps merged edits merged, and sends each write exactly once: none applied twice, none lost', async () => {
    const storage = new MemoryStorage();
    const first = openStore(storage, 'first', true);
    await first.store.refresh();
    const { goalId, keyResultId } = await aGoalWithEditableKeyResult(first.store);
    emulator.clearRequests();

    // Two writes in flight when the window closes (held by the emulator, applied after the close).
    emulator.injectFault({ route: 'editKeyResult', latencyMs: 300, times: 1 });
    emulator.injectFault({ route: 'createGoal', latencyMs: 300, times: 1 });
    const inFlight = [first.store.editKeyResult(keyResultId, { stepsCurrent: 7, note: 'in flight' }), first.store.createGoal(goalInput('Sent before the close'))];
    await until('both writes in flight', () => received('editKeyResult').length === 1 && received('createGoal').length === 1);
    // Another client spends the budget: what follows waits for the reset, which this window never sees.
    emulator.spendRateLimit(1000);
    void first.store.editKeyResult(keyResultId, { stepsCurrent: 8 }).catch(() => undefined);
    void first.store.editKeyResult(keyResultId, { stepsCurrent: 9 }).catch(() => undefined);
    void first.store.createGoal(goalInput('Made while the budget was spent')).catch(() => undefined);
    await settle();

    const stored = parsePendingWrites([...storage.values.values()].map((text) => JSON.parse(text) as unknown)[0]);
    assert.deepEqual(
      stored.writes.map(({ op }) => (op.kind === 'editKeyResult' ? op.input.stepsCurrent : op.kind === 'createGoal' ? op.input.name : op.kind)),
      [7, 'Sent before the close', 9, 'Made while the budget was spent'],
      'the edit to 8 was merged into the one to 9 in the stored list too',
    );
    first.journal.close();
    await Promise.all(inFlight);
    // The create went out before any answer told the budget (429); the edit waits for a reset that never comes.
    await until('the create refused by the spent budget', () => received('createGoal').length === 2);
    assert.equal(received('editKeyResult').length, 1);
    first.store.dispose();

    // The next start.
    emulator.clearRequests();
    emulator.resetRateLimit();
    const next = openStore(storage, 'next', false);
    const leftOver = adoptLeftOver(next.journal, storage, emulator.teamId);
    assert.equal(leftOver.length, 4);
    const results: ReplayResult[] = [];
    const summary = await replayWrites(next.client, emulator.teamId, leftOver, (result) => {
      results.push(result);
      next.journal.remove(emulator.teamId, result.write.id);
    });

    assert.deepEqual({ sent: summary.sent, alreadyApplied: summary.alreadyApplied, failed: summary.failed }, { sent: 2, alreadyApplied: 2, failed: 0 });
    assert.deepEqual(results.map((result) => result.result), ['alreadyApplied', 'alreadyApplied', 'sent', 'sent']);
    assert.deepEqual(received('editKeyResult').map((request) => (request.body as { steps_current?: number }).steps_current), [9]);
    assert.deepEqual(received('createGoal').map((request) => (request.body as { name?: string }).name), ['Made while the budget was spent']);
    assert.equal(received('getGoal').length, 1, 'one read of the goal concerned');
    assert.equal(received('getGoals').length, 1, 'one read of the goal list, for the creates');
    const goals = allGoals(await next.client.getGoals(emulator.teamId, true));
    assert.equal(goals.filter((goal) => goal.name === 'Sent before the close').length, 1);
    assert.equal(goals.filter((goal) => goal.name === 'Made while the budget was spent').length, 1);
    const keyResult = (await next.client.getGoal(goalId)).keyResults?.find((candidate) => candidate.id === keyResultId);
    assert.equal(keyResult?.stepsCurrent, 9);
    await settle();
    assert.equal(storage.values.size, 0, 'nothing left in storage');
    next.store.dispose();
  });

  it('keeps a write it cannot send, with its values and the reason, and says so', async () => {
    const storage = new MemoryStorage();
    const first = openStore(storage, 'first', true);
    await first.store.refresh();
    const { goalId, keyResultId } = await aGoalWithEditableKeyResult(first.store);
    emulator.spendRateLimit(1000);
    void first.store.editKeyResult(keyResultId, { stepsCurrent: 4, note: 'keep me' }).catch(() => undefined);
    await until('the edit refused by the spent budget', () => received('editKeyResult').length === 1);
    first.journal.close();
    first.store.dispose();

    emulator.resetRateLimit();
    const next = openStore(storage, 'next', false);
    await next.client.deleteGoal(goalId);
    emulator.clearRequests();
    const leftOver = adoptLeftOver(next.journal, storage, emulator.teamId);
    const summary = await replayWrites(next.client, emulator.teamId, leftOver, (result) => {
      if (result.result === 'failed') next.journal.markFailed(emulator.teamId, result.write.id, result.reason);
    });
    assert.equal(summary.failed, 1);
    assert.equal(received('editKeyResult').length, 0, 'not sent to a goal that is gone');
    await settle();
    const kept = parsePendingWrites([...storage.values.values()].map((text) => JSON.parse(text) as unknown)[0]).writes;
    assert.equal(kept.length, 1);
    assert.deepEqual(kept[0].op, { kind: 'editKeyResult', keyResultId, goalId, input: { stepsCurrent: 4, note: 'keep me' } });
    assert.match(kept[0].failed ?? '', /goal no longer exists/);
    next.store.dispose();
  });
});
