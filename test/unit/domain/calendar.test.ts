import * as assert from 'node:assert/strict';
import { addDays, addMonths, calendarDaysBetween, daysInMonth, endOfDayMs } from '../../../src/core/domain/calendar';
import { localEndOfDay, localNoon } from '../builders/domain';

describe('calendar', () => {
  it('knows February of a leap year', () => {
    assert.equal(daysInMonth(2028, 1), 29);
  });

  it('knows February of a century that is not a leap year', () => {
    assert.equal(daysInMonth(2100, 1), 28);
  });

  it('rolls days over the end of a year', () => {
    assert.deepEqual(addDays({ year: 2027, month: 11, day: 30 }, 3), { year: 2028, month: 0, day: 2 });
  });

  it('moves back a year with negative months', () => {
    assert.deepEqual(addMonths({ year: 2027, month: 2, day: 10 }, -12), { year: 2026, month: 2, day: 10 });
  });

  it('clamps the day when moving back into a shorter month', () => {
    assert.deepEqual(addMonths({ year: 2027, month: 2, day: 31 }, -1), { year: 2027, month: 1, day: 28 });
  });

  it('ends a day at its last local millisecond', () => {
    assert.equal(endOfDayMs({ year: 2027, month: 2, day: 14 }), localEndOfDay(2027, 3, 14));
  });

  it('counts calendar days, not 24-hour spans', () => {
    assert.equal(calendarDaysBetween(localEndOfDay(2027, 3, 10), localNoon(2027, 3, 11)), 1);
  });

  it('counts across a daylight-saving change as whole days', () => {
    assert.equal(calendarDaysBetween(localNoon(2027, 3, 1), localNoon(2027, 4, 1)), 31);
  });
});
