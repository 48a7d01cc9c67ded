import * as assert from 'node:assert/strict';
import { MergingChain } from '../../../src/core/model/requestQueue';

/** A task that records its start and finishes when told. */
function gate(log: string[], name: string): { task: () => Promise<string>; finish: () => void } {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    task: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('MergingChain', () => {
  it('runs tasks of one key one after another, in order', async () => {
    const chain = new MergingChain();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const first = chain.run('k', a.task, { supersedes: true });
    const second = chain.run('k', b.task, { supersedes: true });
    await tick();
    assert.deepEqual(log, ['start a']);
    a.finish();
    b.finish();
    assert.deepEqual(await Promise.all([first, second]), ['a', 'b']);
    assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b']);
  });

  it('drops a waiting replaceable task when a newer one arrives; its caller gets the newer outcome', async () => {
    const chain = new MergingChain();
    const log: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => gate(log, name));
    const dropped: string[] = [];
    const results = [
      chain.run('k', a.task, { replaceable: true, supersedes: true }),
      chain.run('k', b.task, { replaceable: true, supersedes: true, onReplaced: () => dropped.push('b') }),
      chain.run('k', c.task, { replaceable: true, supersedes: true, onReplaced: () => dropped.push('c') }),
      chain.run('k', d.task, { replaceable: true, supersedes: true }),
    ];
    [a, b, c, d].forEach((g) => g.finish());
    assert.deepEqual(await Promise.all(results), ['a', 'd', 'd', 'd']);
    assert.deepEqual(log, ['start a', 'end a', 'start d', 'end d']);
    assert.deepEqual(dropped, ['b', 'c']);
  });

  it('never drops a task that is not replaceable, and a newer task never overtakes it', async () => {
    const chain = new MergingChain();
    const log: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => gate(log, name));
    const results = [chain.run('k', a.task, { replaceable: true, supersedes: true }), chain.run('k', b.task, { supersedes: true }), chain.run('k', c.task, { replaceable: true, supersedes: true }), chain.run('k', d.task, { supersedes: true })];
    [a, b, c, d].forEach((g) => g.finish());
    assert.deepEqual(await Promise.all(results), ['a', 'b', 'd', 'd']);
    assert.deepEqual(log.filter((line) => line.startsWith('start')), ['start a', 'start b', 'start d']);
  });

  it('passes a failure of the newer task to the callers it replaced', async () => {
    const chain = new MergingChain();
    const log: string[] = [];
    const a = gate(log, 'a');
    const first = chain.run('k', a.task, { replaceable: true, supersedes: true });
    const replaced = chain.run('k', () => Promise.resolve('b'), { replaceable: true, supersedes: true });
    const failing = chain.run('k', () => Promise.reject(new Error('refused')), { replaceable: true, supersedes: true });
    a.finish();
    assert.equal(await first, 'a');
    await assert.rejects(replaced, /refused/);
    await assert.rejects(failing, /refused/);
  });

  it('keeps keys apart and forgets a key once its queue is empty', async () => {
    const chain = new MergingChain();
    const log: string[] = [];
    const a = gate(log, 'a');
    const first = chain.run('x', a.task, { replaceable: true, supersedes: true });
    const other = chain.run('y', () => Promise.resolve('y'), { replaceable: true, supersedes: true });
    assert.equal(await other, 'y');
    assert.ok(chain.isBusy('x'));
    a.finish();
    await first;
    await tick();
    assert.ok(!chain.isBusy('x'));
    assert.ok(!chain.isBusy('y'));
  });

  it('drops a waiting replaceable task only for one that supersedes it', async () => {
    const chain = new MergingChain();
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => gate(log, name));
    const results = [chain.run('k', a.task, { replaceable: true, supersedes: true }), chain.run('k', b.task, { replaceable: true, supersedes: true }), chain.run('k', c.task)];
    [a, b, c].forEach((g) => g.finish());
    assert.deepEqual(await Promise.all(results), ['a', 'b', 'c']);
    assert.deepEqual(log.filter((line) => line.startsWith('start')), ['start a', 'start b', 'start c']);
  });
});
