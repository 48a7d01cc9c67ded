import * as assert from 'assert';
import { ClickUpError } from '../../../src/core/clickup/errors';
import type { ClickUpErrorReason } from '../../../src/core/clickup/errors';
import { findLikelyCreated, mayHaveHappened } from '../../../src/core/forms/uncertainFailure';

const failure = (reason: ClickUpErrorReason): ClickUpError => new ClickUpError('lost', { reason });

describe('mayHaveHappened', () => {
  it('is true when the answer was lost on the way', () => {
    assert.ok(mayHaveHappened(failure('timeout')));
  });

  it('is false when ClickUp refused the request', () => {
    assert.ok(!mayHaveHappened(failure('badRequest')));
  });

  it('is false for errors that are not ClickUp errors', () => {
    assert.ok(!mayHaveHappened(new Error('boom')));
  });
});

describe('findLikelyCreated', () => {
  const items = [
    { id: 'g1', name: 'Grow' },
    { id: 'g2', name: 'Grow' },
  ];

  it('finds a new item with the name sent', () => {
    assert.strictEqual(findLikelyCreated(items, new Set(['g1']), ' Grow ')?.id, 'g2');
  });

  it('ignores items that existed before the request', () => {
    assert.strictEqual(findLikelyCreated(items, new Set(['g1', 'g2']), 'Grow'), undefined);
  });
});
