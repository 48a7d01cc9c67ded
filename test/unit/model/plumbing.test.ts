import * as assert from 'node:assert/strict';
import { Emitter } from '../../../src/core/emitter';
import { MergingChain, RequestQueue } from '../../../src/core/model/requestQueue';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('emitter', () => {
  it('stops calling a listener once its subscription is disposed', () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    const subscription = emitter.event((value) => seen.push(value));
    emitter.fire(1);
    subscription.dispose();
    emitter.fire(2);
    assert.deepEqual(seen, [1]);
  });

  it('keeps calling the other listeners when one throws', () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    const errors: unknown[] = [];
    emitter.event(() => {
      throw new Error('broken view');
    });
    emitter.event((value) => seen.push(value));
    emitter.fire(7, (error) => errors.push(error));
    assert.deepEqual([seen, errors.length], [[7], 1]);
  });
});

describe('request queue', () => {
  it('never runs more tasks than its concurrency', async () => {
    const queue = new RequestQueue(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    const tasks = gates.map((gate, index) =>
      queue.enqueue(async () => {
        started.push(index);
        running += 1;
        peak = Math.max(peak, running);
        await gate.promise;
        running -= 1;
      }, 'user'),
    );
    assert.deepEqual(started, [0, 1]);
    gates.forEach((gate) => gate.resolve());
    await Promise.all(tasks.map((task) => task.promise));
    assert.deepEqual([started, peak], [[0, 1, 2], 2]);
  });

  it('frees the slot of a task that throws synchronously', async () => {
    const queue = new RequestQueue(1);
    const failing = queue.enqueue(() => {
      throw new Error('boom');
    }, 'user');
    await assert.rejects(failing.promise, /boom/);
    assert.equal(await queue.enqueue(() => Promise.resolve(5), 'user').promise, 5);
  });

  it('refuses a concurrency below one', () => {
    assert.throws(() => new RequestQueue(0), RangeError);
  });
});

describe('merging chain, nothing to merge', () => {
  it('starts a task for a key only after the earlier one settled, even if it failed', async () => {
    const chain = new MergingChain();
    const order: string[] = [];
    const gate = deferred();
    const first = chain.run('kr', async () => {
      await gate.promise;
      order.push('first');
      throw new Error('refused');
    });
    const second = chain.run('kr', () => {
      order.push('second');
      return Promise.resolve();
    });
    const other = chain.run('other', () => {
      order.push('other');
      return Promise.resolve();
    });
    await other;
    gate.resolve();
    await assert.rejects(first);
    await second;
    assert.deepEqual(order, ['other', 'first', 'second']);
  });
});
