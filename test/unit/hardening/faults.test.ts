/**
 * Matrix: every fault the emulator can inject × every operation, through the real
 * goal store and ClickUpClient over HTTP. For each case: nothing escapes as an
 * unhandled rejection, the failure has a clear reason and a one-sentence message
 * without secrets, the store still shows the last good data, no write is sent
 * twice, and once the fault is cleared the next operation works.
 */
import { strict as assert } from 'node:assert';
import { isClickUpError } from '../../../src/core/clickup/errors';
import { countCases } from './support/caseCount';
import { assertNoSecrets, assertOneSentence, everythingIn } from './support/checks';
import { FAULTS, type Fault } from './support/faults';
import { OPERATIONS, type Operation } from './support/operations';
import { tick, watchUnhandledRejections } from './support/unhandled';
import { openWorld, shown, writesSince, type World } from './support/world';

async function faultCase(world: World, fault: Fault, operation: Operation): Promise<void> {
  const { store, emulator } = world;
  const before = shown(store.state);
  await fault.arm(world, operation);
  const from = emulator.requests.length;

  const failure = await operation.run(world);
  await tick(fault.settleMs ?? 10);

  assert.ok(isClickUpError(failure), `expected a ClickUpError, got ${String(failure)}`);
  assert.equal(failure.reason, fault.reason, failure.message);
  if (fault.status !== undefined) assert.equal(failure.status, fault.status);
  if (fault.ecode !== undefined) assert.equal(failure.ecode, fault.ecode);
  fault.check?.(failure);
  assertOneSentence(failure.message);

  assert.deepEqual(shown(store.state), before, 'the store still shows the last good data');
  if (operation.name === 'list') {
    assert.equal(store.state.status, 'ready');
    assert.equal(store.state.error, failure);
  }
  const writes = writesSince(emulator, from).map((request) => request.route);
  assert.deepEqual(writes, operation.write ? [operation.route] : [], 'each write is sent once, reads write nothing');

  (fault.clear ?? ((w: World): void => w.emulator.clearFaults()))(world);
  const secrets = await world.secrets();
  assertNoSecrets(everythingIn(failure), secrets, 'the error');
  assertNoSecrets(world.logLines.join('\n'), secrets, 'the log');

  await store.refresh();
  assert.equal(store.state.error, null, 'a refresh after the fault works');
  await operation.again(world);
}

describe('hardening: faults × operations (goal store + client + emulator over HTTP)', () => {
  const unhandled = watchUnhandledRejections();
  const tried = countCases('faults × operations');

  for (const fault of FAULTS) {
    describe(fault.name, () => {
      for (const operation of OPERATIONS) {
        it(`${operation.name}: a clear failure, last good data kept, written at most once, then recovers`, async () => {
          tried();
          const world = await openWorld();
          try {
            await faultCase(world, fault, operation);
          } finally {
            await world.close();
          }
          await tick();
          assert.deepEqual(unhandled.take().map(String), [], 'no unhandled rejection');
        });
      }
    });
  }
});

describe('hardening: a 429 waited out × operations', () => {
  const tried = countCases('429 waited out × operations');

  for (const operation of OPERATIONS) {
    it(`${operation.name}: waits for the reset, sends again once, and the change happens once`, async () => {
      tried();
      const world = await openWorld();
      try {
        // The reset is a minute away; an instant sleep stands in for the wait.
        world.useClient({ maxRateLimitWaitMs: 65_000, sleep: () => Promise.resolve() });
        world.emulator.injectFault({ route: operation.route, status: 429, times: 1 });
        const from = world.emulator.requests.length;
        await operation.again(world);
        const sent = world.emulator.requests.slice(from).filter((request) => request.route === operation.route);
        assert.ok(sent.length >= 2, 'the refused request was sent again');
        // Only the operation's own route: the check in again() writes through the side client.
        const writes = writesSince(world.emulator, from).filter((request) => request.route === operation.route);
        assert.equal(writes.length, operation.write ? 2 : 0, 'the refused write and its one resend');
      } finally {
        await world.close();
      }
    });
  }
});
