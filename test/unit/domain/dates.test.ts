import * as assert from 'node:assert/strict';
import { parseDatePhrase } from '../../../src/core/domain/dates';
import { localEndOfDay, localNoon } from '../builders/domain';

// Wednesday 10 March 2027, local noon. Expectations use the same local Date API,
// so these pass in any time zone.
const now = localNoon(2027, 3, 10);

function dueOn(text: string, at = now): number | undefined {
  return parseDatePhrase(text, at)?.ms;
}

describe('parseDatePhrase', () => {
  it('reads an ISO date as the end of that local day', () => {
    assert.equal(dueOn('2027-03-31'), localEndOfDay(2027, 3, 31));
  });

  it('labels the day with its weekday', () => {
    assert.equal(parseDatePhrase('2027-03-31', now)?.label, 'Wed, Mar 31, 2027');
  });

  it('refuses an impossible date', () => {
    assert.equal(parseDatePhrase('2027-02-30', now), null);
  });

  it('accepts 29 February in a leap year', () => {
    assert.equal(dueOn('2028-02-29'), localEndOfDay(2028, 2, 29));
  });

  it('refuses 29 February in a common year', () => {
    assert.equal(parseDatePhrase('2027-02-29', now), null);
  });

  it('reads today', () => {
    assert.equal(dueOn('today'), localEndOfDay(2027, 3, 10));
  });

  it('reads tomorrow, ignoring case and spaces', () => {
    assert.equal(dueOn('  Tomorrow '), localEndOfDay(2027, 3, 11));
  });

  it('reads in 3 days', () => {
    assert.equal(dueOn('in 3 days'), localEndOfDay(2027, 3, 13));
  });

  it('reads in 6 weeks', () => {
    assert.equal(dueOn('in 6 weeks'), localEndOfDay(2027, 4, 21));
  });

  it('reads in 2 months', () => {
    assert.equal(dueOn('in 2 months'), localEndOfDay(2027, 5, 10));
  });

  it('reads "in a year"', () => {
    assert.equal(dueOn('in a year'), localEndOfDay(2028, 3, 10));
  });

  it('keeps a month offset inside a shorter month', () => {
    assert.equal(dueOn('in 1 month', localNoon(2027, 1, 31)), localEndOfDay(2027, 2, 28));
  });

  it('reads next week as seven days from today', () => {
    assert.equal(dueOn('next week'), localEndOfDay(2027, 3, 17));
  });

  it('reads next month as the same day next month', () => {
    assert.equal(dueOn('next month'), localEndOfDay(2027, 4, 10));
  });

  it('reads end of week as the coming Sunday', () => {
    assert.equal(dueOn('end of week'), localEndOfDay(2027, 3, 14));
  });

  it('reads end of week on a Sunday as that Sunday', () => {
    assert.equal(dueOn('end of the week', localNoon(2027, 3, 14)), localEndOfDay(2027, 3, 14));
  });

  it('reads end of month', () => {
    assert.equal(dueOn('end of month'), localEndOfDay(2027, 3, 31));
  });

  it('reads end of quarter', () => {
    assert.equal(dueOn('end of quarter', localNoon(2027, 5, 2)), localEndOfDay(2027, 6, 30));
  });

  it('reads end of year', () => {
    assert.equal(dueOn('eoy'), localEndOfDay(2027, 12, 31));
  });

  it('reads a weekday name as the next such day', () => {
    assert.equal(dueOn('friday'), localEndOfDay(2027, 3, 12));
  });

  it('reads today\'s weekday name as today', () => {
    assert.equal(dueOn('wednesday'), localEndOfDay(2027, 3, 10));
  });

  it('reads next plus today\'s weekday as a week ahead', () => {
    assert.equal(dueOn('next wed'), localEndOfDay(2027, 3, 17));
  });

  it('reads "31 Mar 2027"', () => {
    assert.equal(dueOn('31 Mar 2027'), localEndOfDay(2027, 3, 31));
  });

  it('reads "March 31, 2027"', () => {
    assert.equal(dueOn('March 31, 2027'), localEndOfDay(2027, 3, 31));
  });

  it('reads its own label back', () => {
    assert.equal(dueOn('Wed, Mar 31, 2027'), localEndOfDay(2027, 3, 31));
  });

  it('refuses a written impossible date', () => {
    assert.equal(parseDatePhrase('30 February 2027', now), null);
  });

  it('refuses words it does not know', () => {
    assert.equal(parseDatePhrase('someday', now), null);
  });

  it('refuses an empty text', () => {
    assert.equal(parseDatePhrase('  ', now), null);
  });

  it('refuses a zero offset', () => {
    assert.equal(parseDatePhrase('in 0 days', now), null);
  });

  it('refuses a three-digit year', () => {
    assert.equal(parseDatePhrase('999-01-01', now), null);
  });
});
