import * as assert from 'node:assert/strict';
import { validateDueDate } from '../../../src/core/domain/validate';
import { localEndOfDay, localNoon } from '../builders/domain';

const now = localNoon(2027, 3, 10);

function message<T>(result: { ok: true; value: T } | { ok: false; message: string }): string {
  assert.equal(result.ok, false, 'expected the input to be refused');
  return result.ok ? '' : result.message;
}

describe('validateDueDate', () => {
  it('accepts an ISO date with its label', () => {
    assert.deepEqual(validateDueDate('2027-03-31', now), {
      ok: true,
      value: { ms: localEndOfDay(2027, 3, 31), label: 'Wed, Mar 31, 2027' },
    });
  });

  it('accepts a phrase', () => {
    assert.equal(validateDueDate('in 6 weeks', now).ok, true);
  });

  it('refuses an impossible date, quoting it', () => {
    assert.equal(message(validateDueDate('2027-02-30', now)), '2027-02-30 is not a real date.');
  });

  it('refuses a date more than a year ago', () => {
    assert.equal(message(validateDueDate('2020-01-01', now)), 'That date is more than a year ago.');
  });

  it('accepts a date in the recent past', () => {
    assert.equal(validateDueDate('2026-12-01', now).ok, true);
  });

  it('accepts exactly one year ago', () => {
    assert.equal(validateDueDate('2026-03-10', now).ok, true);
  });

  it('refuses the day before one year ago', () => {
    assert.equal(validateDueDate('2026-03-09', now).ok, false);
  });

  it('accepts the last day of 2100', () => {
    assert.equal(validateDueDate('2100-12-31', now).ok, true);
  });

  it('refuses a date after 2100', () => {
    assert.equal(message(validateDueDate('2101-01-01', now)), 'Choose a date no later than 2100.');
  });

  it('refuses an empty text', () => {
    assert.equal(message(validateDueDate('  ', now)), 'Enter a due date.');
  });

  it('refuses nonsense with an example of what works', () => {
    assert.equal(message(validateDueDate('soonish', now)), 'Enter a date like 2027-03-31, tomorrow or in 6 weeks.');
  });
});
