/**
 * Matrix: writes racing each other and racing reads, through the real store and
 * client against the emulator. Fast repeated progress updates on one key result
 * are sent one at a time, in order, and end on the last value; a refresh (of the
 * list or of a goal's details) that runs during a write never undoes it, whether
 * its answer lands while the write is in flight or after it, carrying older data.
 */
import { strict as assert } from 'node:assert';
import nodeFetch from 'node-fetch';
import type { FetchLike } from '../../../src/core/clickup/fetchTypes';
import type { RouteName } from '../../../src/emulator/types';
import { countCases } from './support/caseCount';
import { tick, watchUnhandledRejections } from './support/unhandled';
import { goalInput, keyResultInput, openWorld, writesSince, type World } from './support/world';

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!condition()) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await tick(2);
  }
}

/** Reads whose answers the test holds back (after the service produced them) until released. */
function heldReads(world: World): { hold(): void; release(): void } {
  let gate: Promise<void> | undefined;
  let open = (): void => undefined;
  const fetch: FetchLike = async (url, init) => {
    const response = await nodeFetch(url, init);
    if (init.method === 'GET' && gate !== undefined) {
      await gate;
    }
    return response;
  };
  world.useClient({ fetch });
  return {
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => {
      gate = undefined;
      open();
    },
  };
}

interface Write {
  name: string;
  route: RouteName;
  /** Shown before the service confirms it (updates are; creates and deletes wait for the answer). */
  optimistic: boolean;
  run(world: World): Promise<unknown>;
  /** True once the store shows the write's effect. */
  shows(world: World): boolean;
}

const A_NAME = 'Renamed during a refresh';
const WRITES: Write[] = [
  {
    name: 'update goal',
    route: 'updateGoal',
    optimistic: true,
    run: (w) => w.store.updateGoal(w.a.goalId, { name: A_NAME }),
    shows: (w) => w.store.findGoal(w.a.goalId)?.name === A_NAME,
  },
  {
    name: 'update progress',
    route: 'editKeyResult',
    optimistic: true,
    run: (w) => w.store.editKeyResult(w.a.keyResultIds[0], { stepsCurrent: 8 }),
    shows: (w) => w.store.findKeyResult(w.a.keyResultIds[0])?.keyResult.stepsCurrent === 8,
  },
  {
    name: 'add key result',
    route: 'createKeyResult',
    optimistic: false,
    run: (w) => w.store.createKeyResult(w.a.goalId, keyResultInput('Added during a refresh')),
    shows: (w) => w.store.findGoal(w.a.goalId)?.keyResults?.some((kr) => kr.name === 'Added during a refresh') === true,
  },
  {
    name: 'delete key result',
    route: 'deleteKeyResult',
    optimistic: false,
    run: (w) => w.store.deleteKeyResult(w.a.keyResultIds[1]),
    shows: (w) => w.store.findKeyResult(w.a.keyResultIds[1]) === undefined && w.store.findGoal(w.a.goalId)?.keyResults?.length === 1,
  },
  {
    name: 'create goal',
    route: 'createGoal',
    optimistic: false,
    run: (w) => w.store.createGoal(goalInput('Made during a refresh')),
    shows: (w) => w.store.state.goals.some((goal) => goal.name === 'Made during a refresh'),
  },
  {
    name: 'delete goal',
    route: 'deleteGoal',
    optimistic: false,
    run: (w) => w.store.deleteGoal(w.a.goalId),
    shows: (w) => w.store.findGoal(w.a.goalId) === undefined,
  },
];

const READS: { name: string; route: RouteName; run(world: World): Promise<unknown> }[] = [
  { name: 'a list refresh', route: 'getGoals', run: (w) => w.store.refresh() },
  { name: "a reload of the goal's key results", route: 'getGoal', run: (w) => w.store.loadKeyResults(w.a.goalId, { force: true }).catch(() => undefined) },
];

describe('hardening: concurrency (store + client + emulator over HTTP)', () => {
  const unhandled = watchUnhandledRejections();
  let world: World;

  beforeEach(async () => {
    world = await openWorld();
  });

  afterEach(async () => {
    await world.close();
    await tick();
    assert.deepEqual(unhandled.take().map(String), [], 'no unhandled rejection');
  });

  describe('fast repeated progress updates × burst size × latency × a refresh among them', () => {
    const tried = countCases('progress bursts');
    for (const size of [2, 5, 20]) {
      for (const latencyMs of [0, 25]) {
        for (const withRefresh of [false, true]) {
          it(`${size} updates, ${latencyMs} ms each${withRefresh ? ', a refresh in the middle' : ''}: the first sent, the waiting ones merged into the last, one at a time, the last value stays`, async () => {
            tried();
            const id = world.a.keyResultIds[0];
            const values = Array.from({ length: size }, (_, index) => ((index * 7) % 10) + 1);
            if (latencyMs > 0) world.emulator.injectFault({ route: 'editKeyResult', latencyMs });
            const from = world.emulator.requests.length;
            const sends = values.map((stepsCurrent, index) => {
              const sent = world.store.editKeyResult(id, { stepsCurrent });
              return index === Math.floor(size / 2) && withRefresh ? Promise.all([sent, world.store.refresh()]) : sent;
            });
            const last = values[values.length - 1];
            assert.equal(world.store.findKeyResult(id)?.keyResult.stepsCurrent, last, 'the last value shows at once');
            await Promise.all(sends);
            const edits = writesSince(world.emulator, from);
            // The first is sent at once; the others wait behind it and merge into the last.
            const expected = [values[0], last];
            assert.deepEqual(edits.map((request) => (request.body as { steps_current: number }).steps_current), expected, 'first and last, in order');
            for (let index = 1; index < edits.length && latencyMs > 0; index += 1) {
              // Each is sent once the one before was answered (latency apart), never together.
              assert.ok(edits[index].at - edits[index - 1].at >= latencyMs - 5, `update ${index} overlapped the one before`);
            }
            await world.store.refresh();
            await world.store.loadKeyResults(world.a.goalId, { force: true });
            assert.equal(world.store.findKeyResult(id)?.keyResult.stepsCurrent, last, 'the store ends on the last value');
            const service = await world.side.getGoal(world.a.goalId);
            assert.equal(service.keyResults?.find((kr) => kr.id === id)?.stepsCurrent, last, 'the service ends on the last value');
          });
        }
      }
    }
  });

  describe('a read during a write × writes × reads × timing', () => {
    const tried = countCases('reads during writes');
    for (const write of WRITES) {
      for (const read of READS) {
        it(`${write.name}, ${read.name} answered while the write is in flight: the write stays`, async () => {
          tried();
          world.emulator.injectFault({ route: write.route, latencyMs: 100 });
          const from = world.emulator.requests.length;
          const writing = write.run(world);
          // Should the test fail early, the write's own failure (the emulator closing) is not an escape.
          writing.catch(() => undefined);
          await until(() => writesSince(world.emulator, from).length === 1, 'the write to reach the service');
          await read.run(world);
          if (write.optimistic) assert.ok(write.shows(world), 'shown while the write is in flight');
          await writing;
          assert.ok(write.shows(world), 'shown once the write is confirmed');
          await expectSettled(world, write, from);
        });

        it(`${write.name}, ${read.name} read before the write but answered after it: the older answer does not undo it`, async () => {
          tried();
          const reads = heldReads(world);
          reads.hold();
          const from = world.emulator.requests.length;
          const reading = read.run(world);
          await until(() => world.emulator.requests.slice(from).some((request) => request.route === read.route), 'the read to be served');
          // Meanwhile the write goes through and is confirmed.
          await write.run(world);
          assert.ok(write.shows(world), 'shown once the write is confirmed');
          reads.release();
          await reading;
          assert.ok(write.shows(world), 'still shown after the older answer landed');
          await expectSettled(world, write, from);
        });
      }
    }
  });
});

/** Sent once; and after fresh reads (no faults, nothing held) the store still agrees. */
async function expectSettled(world: World, write: Write, from: number): Promise<void> {
  assert.deepEqual(writesSince(world.emulator, from).map((request) => request.route), [write.route], 'sent once');
  world.emulator.clearFaults();
  await world.store.refresh();
  if (world.store.findGoal(world.a.goalId)) {
    await world.store.loadKeyResults(world.a.goalId, { force: true });
  }
  assert.ok(write.shows(world), 'fresh data agrees');
}
