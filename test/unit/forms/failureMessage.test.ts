import * as assert from 'assert';
import { ClickUpError } from '../../../src/core/clickup/errors';
import type { ClickUpErrorReason } from '../../../src/core/clickup/errors';
import { failureMessage, mayHaveHappened } from '../../../src/core/forms/failureMessage';

const failure = (reason: ClickUpErrorReason): ClickUpError => new ClickUpError('raw text from the wire', { reason });

describe('failureMessage', () => {
  it('names the action and the reason in one sentence', () => {
    assert.strictEqual(failureMessage('create goal “Q3”', failure('network')), 'Could not create goal “Q3”: ClickUp could not be reached.');
  });

  it('never repeats the raw error text', () => {
    assert.ok(!failureMessage('delete goal “Q3”', failure('badRequest')).includes('raw text'));
  });

  it('points to the log for errors that are not ClickUp errors', () => {
    assert.match(failureMessage('update progress', new TypeError('boom')), /see the log/);
  });
});

describe('mayHaveHappened', () => {
  it('is true when the answer was lost on the way', () => {
    assert.ok(mayHaveHappened(failure('timeout')));
  });

  it('is false when ClickUp refused the request', () => {
    assert.ok(!mayHaveHappened(failure('badRequest')));
  });
});
