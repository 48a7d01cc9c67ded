/**
 * Turns what a person types for a due date into a moment: ISO dates, "tomorrow",
 * "in 6 weeks", "end of quarter", "next friday", "31 Mar 2027", "March 31, 2027" in every
 * display language, and the display language's own ("31.03.2027", "in 2 Wochen",
 * "Ende des Quartals", "nächsten Freitag"; see localDates.ts).
 *
 * The returned `ms` is the END of that local day (23:59:59.999 local time): a due
 * date means "by the end of that day", so a goal due today is not overdue at noon.
 * Interpretations, chosen so the label (which names the weekday) makes any
 * ambiguity visible before anything is saved:
 * - "next week" / "next month" / "next year" = one week / month / year from today;
 * - "friday" or "this friday" = the next Friday, today included;
 *   "next friday" = the next Friday after today (1 to 7 days ahead);
 * - "end of week" = the coming Sunday (ISO weeks end on Sunday), today if it is Sunday;
 *   "end of quarter" = the last day of the current calendar quarter.
 */
import type { CalendarDay } from './calendar';
import { localDatePhrase } from './localDates';
import {
  MONTH_NAMES,
  WEEKDAY_NAMES,
  addDays,
  addMonths,
  calendarDayOf,
  daysInMonth,
  endOfDayMs,
  formatDayWithWeekday,
  isRealDay,
  weekdayOf,
} from './calendar';

export interface ParsedDate {
  /** End of the local day, in ms since the epoch. */
  ms: number;
  /** "Wed, Mar 31, 2027", in the display language */
  label: string;
}

/** Offsets above this are nonsense for a due date ("in 99999 days"). */
const MAX_OFFSET = 10_000;

export function parseDatePhrase(text: string, nowMs: number, locale?: string): ParsedDate | null {
  if (typeof text !== 'string' || !Number.isFinite(nowMs)) {
    return null;
  }
  const phrase = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (phrase === '') {
    return null;
  }
  const today = calendarDayOf(nowMs);
  const local = localDatePhrase(phrase, locale);
  const day = parseEnglishPhrase(phrase, today) ?? (local === null ? null : parseEnglishPhrase(local, today));
  return day === null ? null : { ms: endOfDayMs(day), label: formatDayWithWeekday(day, locale) };
}

function parseEnglishPhrase(phrase: string, today: CalendarDay): CalendarDay | null {
  return parseIsoDay(phrase) ?? parseRelative(phrase, today) ?? parseEndOf(phrase, today) ?? parseWeekday(phrase, today) ?? parseWrittenDay(phrase);
}

/** True when the text has the shape of an ISO date, real or not (for a precise error message). */
export function looksLikeIsoDate(text: string): boolean {
  return /^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/.test(text.trim());
}

function dayIfReal(year: number, month: number, day: number): CalendarDay | null {
  return year >= 1000 && year <= 9999 && isRealDay(year, month, day) ? { year, month, day } : null;
}

function parseIsoDay(phrase: string): CalendarDay | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(phrase);
  return match === null ? null : dayIfReal(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const UNIT_PATTERN = '(day|week|month|year)s?';

function parseRelative(phrase: string, today: CalendarDay): CalendarDay | null {
  if (phrase === 'today') {
    return today;
  }
  if (phrase === 'tomorrow') {
    return addDays(today, 1);
  }
  const next = new RegExp(`^next ${UNIT_PATTERN}$`).exec(phrase);
  if (next !== null) {
    return offset(today, 1, next[1]);
  }
  const inN = new RegExp(`^(?:in )?(\\d+|an?|one) ${UNIT_PATTERN}$`).exec(phrase);
  if (inN === null) {
    return null;
  }
  const count = /^\d+$/.test(inN[1]) ? Number(inN[1]) : 1;
  return count >= 1 && count <= MAX_OFFSET ? offset(today, count, inN[2]) : null;
}

function offset(today: CalendarDay, count: number, unit: string): CalendarDay {
  switch (unit) {
    case 'day':
      return addDays(today, count);
    case 'week':
      return addDays(today, count * 7);
    case 'month':
      return addMonths(today, count);
    default:
      return addMonths(today, count * 12);
  }
}

const SHORT_END_UNITS: Record<string, string> = { w: 'week', m: 'month', q: 'quarter', y: 'year' };

function parseEndOf(phrase: string, today: CalendarDay): CalendarDay | null {
  const match = /^(?:end of (?:the |this )?(week|month|quarter|year)|eo(w|m|q|y))$/.exec(phrase);
  if (match === null) {
    return null;
  }
  const unit = match[1] ?? SHORT_END_UNITS[match[2]];
  switch (unit) {
    case 'week':
      return addDays(today, (7 - weekdayOf(today)) % 7);
    case 'month':
      return { ...today, day: daysInMonth(today.year, today.month) };
    case 'quarter': {
      const month = Math.floor(today.month / 3) * 3 + 2;
      return { year: today.year, month, day: daysInMonth(today.year, month) };
    }
    default:
      return { year: today.year, month: 11, day: 31 };
  }
}

function weekdayIndex(word: string): number {
  if (word.length < 3) {
    return -1;
  }
  return WEEKDAY_NAMES.findIndex((name) => name.toLowerCase().startsWith(word));
}

function parseWeekday(phrase: string, today: CalendarDay): CalendarDay | null {
  const match = /^(next |this )?([a-z]+)$/.exec(phrase);
  if (match === null) {
    return null;
  }
  const target = weekdayIndex(match[2]);
  if (target < 0) {
    return null;
  }
  let ahead = (target - weekdayOf(today) + 7) % 7;
  if (match[1] === 'next ' && ahead === 0) {
    ahead = 7;
  }
  return addDays(today, ahead);
}

/** "mar", "mar." or "march" -> 2; at least three letters so "ma" is not guessed. */
function monthIndex(word: string): number {
  const clean = word.replace(/\.$/, '');
  if (clean.length < 3) {
    return -1;
  }
  return MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(clean));
}

/** "31 Mar 2027", "31 March 2027", "March 31, 2027", "Mar 31 2027", with an optional leading weekday. */
function parseWrittenDay(phrase: string): CalendarDay | null {
  const words = phrase.replace(/,/g, ' ').split(' ').filter((word) => word !== '');
  if (words.length === 4 && weekdayIndex(words[0].replace(/\.$/, '')) >= 0) {
    words.shift();
  }
  if (words.length !== 3 || !/^\d{4}$/.test(words[2])) {
    return null;
  }
  const year = Number(words[2]);
  const dayFirst = /^\d{1,2}$/.test(words[0]) ? monthIndex(words[1]) : -1;
  if (dayFirst >= 0) {
    return dayIfReal(year, dayFirst, Number(words[0]));
  }
  const monthFirst = /^\d{1,2}$/.test(words[1]) ? monthIndex(words[0]) : -1;
  return monthFirst >= 0 ? dayIfReal(year, monthFirst, Number(words[1])) : null;
}
