/**
 * Local calendar-day arithmetic shared by date parsing and due-date formatting.
 * Everything works on the machine's local days, because that is what a person
 * means by "today" or "31 March"; using the Date constructor keeps DST right.
 */
import { dateFormat } from './intl';

/** English names, for reading what a person types ("31 March 2027"); shown dates use Intl. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A local calendar day; month is 0-based like Date's. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function calendarDayOf(ms: number): CalendarDay {
  const date = new Date(ms);
  return { year: date.getFullYear(), month: date.getMonth(), day: date.getDate() };
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST oddities.
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 0 && month <= 11 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Moves a day by whole days; month and year roll over as needed. */
export function addDays(from: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(from.year, from.month, from.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

/** Moves a day by whole months, keeping the day of month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(from: CalendarDay, months: number): CalendarDay {
  const index = from.year * 12 + from.month + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  return { year, month, day: Math.min(from.day, daysInMonth(year, month)) };
}

/** The last millisecond of a local day: a due date means "by the end of that day". */
export function endOfDayMs(day: CalendarDay): number {
  const date = new Date(day.year, day.month, day.day, 23, 59, 59, 999);
  // The Date constructor maps years 0..99 to 1900..1999; set the year explicitly.
  date.setFullYear(day.year, day.month, day.day);
  return date.getTime();
}

/** A serial number for a calendar day, so two days can be subtracted without DST trouble. */
export function dayNumber(day: CalendarDay): number {
  return Math.round(Date.UTC(day.year, day.month, day.day) / 86_400_000);
}

/** Whole local days from `fromMs` to `toMs` (negative when `toMs` is on an earlier day). */
export function calendarDaysBetween(fromMs: number, toMs: number): number {
  return dayNumber(calendarDayOf(toMs)) - dayNumber(calendarDayOf(fromMs));
}

export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month, day.day)).getUTCDay();
}

/** "Mar 31, 2027" in English, "31.03.2027"-style per language ("31. März 2027" in German). */
export function formatDay(day: CalendarDay, locale?: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDate(day));
}

/** "Wed, Mar 31, 2027" in English, "Mi., 31. März 2027" in German. */
export function formatDayWithWeekday(day: CalendarDay, locale?: string): string {
  return dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDate(day));
}

/** The day as a UTC instant, formatted in UTC, so the machine's time zone cannot shift it. */
function utcDate(day: CalendarDay): Date {
  const date = new Date(Date.UTC(2000, day.month, day.day));
  date.setUTCFullYear(day.year);
  return date;
}
