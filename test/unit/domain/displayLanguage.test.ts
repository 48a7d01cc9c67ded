// Numbers, amounts, percentages and dates follow the display language they are given.
import * as assert from 'node:assert/strict';
import { formatDayWithWeekday } from '../../../src/core/domain/calendar';
import { parseDatePhrase } from '../../../src/core/domain/dates';
import { formatCurrency, formatDueDate, formatKeyResultProgress, formatNumber, formatPercent } from '../../../src/core/domain/format';
import { aKeyResult, localEndOfDay, localNoon } from '../builders/domain';

const NBSP = '\u00a0';
const now = localNoon(2027, 3, 10);

describe('Formatting in German', () => {
  it('groups thousands with points and uses a decimal comma', () => {
    assert.equal(formatNumber(1234567.5, 'de'), '1.234.567,5');
  });

  it('writes euros after the amount', () => {
    assert.equal(formatCurrency(250000, 'EUR', 'de'), `250.000${NBSP}€`);
    assert.equal(formatCurrency(250000, '€', 'de'), `250.000${NBSP}€`);
  });

  it('writes dollars after the amount too', () => {
    assert.equal(formatCurrency(-20.5, 'USD', 'de'), `-20,5${NBSP}$`);
  });

  it('puts a space before the percent sign', () => {
    assert.equal(formatPercent(0.624, 'de'), `62${NBSP}%`);
  });

  it('words relative due dates in German', () => {
    assert.equal(formatDueDate(localEndOfDay(2027, 3, 13), now, 'de').relative, 'in 3 Tagen');
    assert.equal(formatDueDate(localEndOfDay(2027, 3, 11), now, 'de').relative, 'morgen');
    assert.equal(formatDueDate(localNoon(2027, 2, 24), now, 'de').relative, 'vor 2 Wochen');
  });

  it('names the month in German', () => {
    assert.equal(formatDueDate(localEndOfDay(2027, 3, 31), now, 'de').absolute, '31. März 2027');
    assert.equal(formatDayWithWeekday({ year: 2027, month: 2, day: 31 }, 'de'), 'Mi., 31. März 2027');
  });

  it('labels a typed date in German', () => {
    assert.equal(parseDatePhrase('2027-03-31', now, 'de')?.label, 'Mi., 31. März 2027');
  });

  it('formats key-result progress with German numbers and amounts', () => {
    const revenue = aKeyResult({ type: 'currency', unit: 'EUR', stepsCurrent: 250000, stepsEnd: 1000000 });
    assert.equal(formatKeyResultProgress(revenue, 'de'), `250.000${NBSP}€ / 1.000.000${NBSP}€`);
    const share = aKeyResult({ type: 'percentage', stepsCurrent: 45.5, stepsEnd: 80 });
    assert.equal(formatKeyResultProgress(share, 'de'), `45,5${NBSP}% / 80${NBSP}%`);
  });
});

describe('Formatting for a language Intl does not know', () => {
  it('falls back to English instead of throwing', () => {
    assert.equal(formatNumber(1234.5, 'not a language!'), '1,234.5');
    assert.equal(formatDueDate(localEndOfDay(2027, 3, 13), now, '').relative, 'in 3 days');
  });
});
