import * as assert from 'node:assert/strict';
import { formatDueDate } from '../../../src/core/domain/format';
import { localEndOfDay, localNoon } from '../builders/domain';

const now = localNoon(2027, 3, 10);

describe('formatDueDate', () => {
  it('says today for a due date later today', () => {
    assert.equal(formatDueDate(localEndOfDay(2027, 3, 10), now).relative, 'today');
  });

  it('does not call a goal due today overdue, even at the start of the day', () => {
    assert.equal(formatDueDate(new Date(2027, 2, 10, 0, 0).getTime(), now).overdue, false);
  });

  it('says tomorrow', () => {
    assert.equal(formatDueDate(localEndOfDay(2027, 3, 11), now).relative, 'tomorrow');
  });

  it('says yesterday and overdue for the day before', () => {
    assert.deepEqual(formatDueDate(localEndOfDay(2027, 3, 9), now), {
      relative: 'yesterday',
      absolute: 'Mar 9, 2027',
      overdue: true,
    });
  });

  it('counts days under two weeks', () => {
    assert.equal(formatDueDate(localNoon(2027, 3, 13), now).relative, 'in 3 days');
  });

  it('counts weeks under two months', () => {
    assert.equal(formatDueDate(localNoon(2027, 3, 24), now).relative, 'in 2 weeks');
  });

  it('counts past weeks', () => {
    assert.equal(formatDueDate(localNoon(2027, 2, 24), now).relative, '2 weeks ago');
  });

  it('counts months', () => {
    assert.equal(formatDueDate(localNoon(2027, 7, 10), now).relative, 'in 4 months');
  });

  it('counts years past eighteen months', () => {
    assert.equal(formatDueDate(localNoon(2029, 3, 10), now).relative, 'in 2 years');
  });

  it('stays in months up to a year and a half', () => {
    assert.equal(formatDueDate(localNoon(2028, 3, 10), now).relative, 'in 12 months');
  });

  it('gives the absolute date as short month, day and year in English', () => {
    assert.equal(formatDueDate(localEndOfDay(2027, 3, 31), now).absolute, 'Mar 31, 2027');
  });

  it('says no due date for null', () => {
    assert.deepEqual(formatDueDate(null, now), { relative: 'no due date', absolute: '', overdue: false });
  });

  it('treats a 0 due date (lost by the service) as none', () => {
    assert.equal(formatDueDate(0, now).relative, 'no due date');
  });

  it('treats NaN as none', () => {
    assert.equal(formatDueDate(Number.NaN, now).relative, 'no due date');
  });
});
