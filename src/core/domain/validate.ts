/**
 * Checks what a person typed before anything is sent to ClickUp. Each check
 * returns either the cleaned value or one short sentence saying what to fix,
 * suitable for an InputBox's validation message.
 */
import * as l10n from '@vscode/l10n';
import { addMonths, calendarDayOf, endOfDayMs } from './calendar';
import { looksLikeIsoDate, parseDatePhrase } from './dates';
import { formatNumber, plainText } from './format';
export { formatNumberInput, parseNumberInput } from './numberInput';
import type { KeyResult } from './types';

export type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

function ok<T>(value: T): Validation<T> {
  return { ok: true, value };
}

function fail<T>(message: string): Validation<T> {
  return { ok: false, message };
}

/** Longest name accepted, in characters as a person counts them (an emoji is one). */
export const MAX_NAME_LENGTH = 255;

/** Trims; refuses empty and overlong names. Emoji, right-to-left text and markup are just text. */
export function validateName(text: string, what = l10n.t('Name')): Validation<string> {
  const value = typeof text === 'string' ? text.trim() : '';
  if (value === '') {
    return fail(l10n.t('{0} cannot be empty.', what));
  }
  const length = Array.from(value).length;
  if (length > MAX_NAME_LENGTH) {
    return fail(l10n.t('{0} is {1} characters long; the limit is {2}.', what, length, MAX_NAME_LENGTH));
  }
  return ok(value);
}

export function validateStartTarget(start: number, target: number): Validation<{ start: number; target: number }> {
  if (!Number.isFinite(start) || !Number.isFinite(target)) {
    return fail(l10n.t('Start and target must both be numbers.'));
  }
  if (start === target) {
    return fail(l10n.t('The target must differ from the start value.'));
  }
  return ok({ start, target });
}

/** Within the span from start to target, in either direction; booleans take 0 or 1. */
export function validateCurrentValue(
  value: number,
  kr: Pick<KeyResult, 'stepsStart' | 'stepsEnd' | 'type'>,
  locale?: string,
): Validation<number> {
  if (!Number.isFinite(value)) {
    return fail(l10n.t('Enter a number.'));
  }
  if (kr.type === 'boolean') {
    return value === 0 || value === 1 ? ok(value) : fail(l10n.t('Use 1 for done or 0 for not done.'));
  }
  if (kr.type === 'automatic') {
    return fail(l10n.t('This key result follows its linked tasks and cannot be set by hand.'));
  }
  const low = Math.min(kr.stepsStart, kr.stepsEnd);
  const high = Math.max(kr.stepsStart, kr.stepsEnd);
  if (!Number.isFinite(low) || !Number.isFinite(high) || low === high) {
    // The range is unknown or empty (odd data): any number is better than blocking the update.
    return ok(value);
  }
  if (value < low || value > high) {
    return fail(l10n.t('Enter a value from {0} to {1}.', formatNumber(low, locale), formatNumber(high, locale)));
  }
  return ok(value);
}

/** Start and target of a percentage key result. */
export function validatePercentage(value: number): Validation<number> {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return fail(l10n.t('Enter a percentage from 0 to 100.'));
  }
  return ok(value);
}

/**
 * A palette in the spirit of ClickUp's goal colour picker, so a colour can be
 * chosen by name. ClickUp accepts any hex colour; these are suggestions.
 */
export function clickUpGoalColors(): ReadonlyArray<{ name: string; hex: string }> {
  // Built on each call, not at load: the names are translated, and translations are set up on activation.
  return [
    { name: l10n.t('Purple'), hex: '#7b68ee' },
    { name: l10n.t('Violet'), hex: '#a875ff' },
    { name: l10n.t('Blue'), hex: '#4194f6' },
    { name: l10n.t('Dark blue'), hex: '#0231e8' },
    { name: l10n.t('Teal'), hex: '#1bbc9c' },
    { name: l10n.t('Green'), hex: '#2ecd6f' },
    { name: l10n.t('Yellow'), hex: '#f9d900' },
    { name: l10n.t('Orange'), hex: '#ff7800' },
    { name: l10n.t('Red'), hex: '#e50000' },
    { name: l10n.t('Pink'), hex: '#ff00df' },
    { name: l10n.t('Grey'), hex: '#667684' },
  ];
}

/** "#abc", "abc" and "#AABBCC" become "#aabbcc". */
export function validateHexColor(text: string): Validation<string> {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(typeof text === 'string' ? text.trim() : '');
  if (match === null) {
    return fail(l10n.t('Enter a color as a hex code, like #7b68ee.'));
  }
  const digits = match[1].toLowerCase();
  const full = digits.length === 3 ? Array.from(digits, (digit) => digit + digit).join('') : digits;
  return ok(`#${full}`);
}

export const LATEST_DUE_YEAR = 2100;

/**
 * A due date as typed (see dates.ts for the phrases). Refused: impossible dates,
 * dates more than a year before today (a typo, not a plan), and dates after 2100.
 */
export function validateDueDate(text: string, nowMs: number, locale?: string): Validation<{ ms: number; label: string }> {
  const input = typeof text === 'string' ? text.trim() : '';
  if (input === '') {
    return fail(l10n.t('Enter a due date.'));
  }
  const parsed = parseDatePhrase(input, nowMs, locale);
  if (parsed === null) {
    return looksLikeIsoDate(input)
      ? fail(l10n.t('{0} is not a real date.', plainText(input, 20)))
      : fail(l10n.t('Enter a date like 2027-03-31, tomorrow or in 6 weeks.'));
  }
  if (parsed.ms < endOfDayMs(addMonths(calendarDayOf(nowMs), -12))) {
    return fail(l10n.t('That date is more than a year ago.'));
  }
  if (calendarDayOf(parsed.ms).year > LATEST_DUE_YEAR) {
    return fail(l10n.t('Choose a date no later than {0}.', String(LATEST_DUE_YEAR)));
  }
  return ok(parsed);
}

/** Pulls the id out of a pasted ClickUp task or list link (".../t/86abc", ".../li/901"). */
function idFromLink(token: string): string {
  const match = /^https?:\/\/[^\s]*\/(?:t|li)\/(?:\d+\/)?([A-Za-z0-9]+)\/?(?:[?#].*)?$/.exec(token);
  return match === null ? token.replace(/^#/, '') : match[1];
}

/** Task or list ids separated by commas, semicolons or spaces; duplicates dropped, order kept. */
export function validateIdList(text: string): Validation<string[]> {
  const tokens = (typeof text === 'string' ? text : '').split(/[\s,;]+/).filter((token) => token !== '');
  const ids: string[] = [];
  for (const token of tokens) {
    const id = idFromLink(token);
    if (!/^[A-Za-z0-9]+$/.test(id)) {
      return fail(l10n.t('"{0}" is not an id; ids use only letters and digits.', plainText(token, 30)));
    }
    if (!ids.includes(id)) {
      ids.push(id);
    }
  }
  return ids.length === 0 ? fail(l10n.t('Enter at least one id.')) : ok(ids);
}
