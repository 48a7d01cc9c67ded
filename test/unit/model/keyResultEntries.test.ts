import * as assert from 'node:assert/strict';
import { KeyResultEntries } from '../../../src/core/model/keyResultEntries';
import type { KeyResultEntry } from '../../../src/core/model/keyResultEntries';
import { aKeyResult } from '../builders/domain';

function listOf(...ids: string[]): KeyResultEntry {
  return { list: ids.map((id) => aKeyResult({ id })), stale: false };
}

describe('key-result entries: which goal holds a key result', () => {
  it('finds the goal of a key result', () => {
    const entries = new KeyResultEntries().set('g1', listOf('a', 'b')).set('g2', listOf('c'));
    assert.deepEqual(entries.holdersOf('b'), ['g1']);
    assert.deepEqual(entries.holdersOf('c'), ['g2']);
    assert.deepEqual(entries.holdersOf('zzz'), []);
  });

  it('follows a replaced list: dropped key results are no longer found', () => {
    const entries = new KeyResultEntries().set('g1', listOf('a', 'b'));
    entries.set('g1', listOf('b', 'new'));
    assert.deepEqual(entries.holdersOf('a'), []);
    assert.deepEqual(entries.holdersOf('new'), ['g1']);
  });

  it('forgets a deleted or cleared goal', () => {
    const entries = new KeyResultEntries().set('g1', listOf('a')).set('g2', listOf('b'));
    entries.delete('g1');
    assert.deepEqual(entries.holdersOf('a'), []);
    entries.clear();
    assert.deepEqual(entries.holdersOf('b'), []);
  });

  it('lists every goal when odd data repeats a key-result id, and the rest when one goes', () => {
    const entries = new KeyResultEntries().set('g1', listOf('dup')).set('g2', listOf('dup')).set('g3', listOf('dup'));
    assert.deepEqual([...entries.holdersOf('dup')].sort(), ['g1', 'g2', 'g3']);
    entries.delete('g2');
    assert.deepEqual([...entries.holdersOf('dup')].sort(), ['g1', 'g3']);
    entries.set('g1', listOf('other'));
    assert.deepEqual(entries.holdersOf('dup'), ['g3']);
  });
});
