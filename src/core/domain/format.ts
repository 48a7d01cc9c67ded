/**
 * Turns domain values into short text for labels, descriptions and tooltips:
 * numbers, currency, percentages, progress bars, due dates, and API text made
 * safe for Markdown tooltips or single-line labels. Never prints "NaN".
 */
import { calendarDayOf, calendarDaysBetween, formatDay } from './calendar';
import { keyResultProgress } from './progress';
import type { KeyResult } from './types';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** Beyond what anyone types (validation refuses it): odd data from the service, kept short. */
const HUGE = 1e15;
const hugeFormat = new Intl.NumberFormat('en-US', { notation: 'scientific', maximumFractionDigits: 2 });

/** en-US grouping, up to two decimals, only when needed: 1234.5 -> "1,234.5". "—" when not a number. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) {
    return '—';
  }
  const text = (Math.abs(value) >= HUGE ? hugeFormat : numberFormat).format(value);
  // Tiny negatives round to "-0".
  return text === '-0' ? '0' : text;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩', RUB: '₽', TRY: '₺',
  BRL: 'R$', AUD: 'A$', CAD: 'CA$', NZD: 'NZ$', MXN: 'MX$', HKD: 'HK$', SGD: 'S$', ILS: '₪',
  NGN: '₦', PHP: '₱', UAH: '₴', VND: '₫', THB: '฿', PLN: 'zł',
};

const KNOWN_SYMBOLS = new Set(Object.values(CURRENCY_SYMBOLS));

/** Symbols that read wrongly in front of the amount. */
const SUFFIX_SYMBOLS = new Set(['zł']);

/**
 * "€250,000" for a symbol or a known code, "250,000 CHF" for other codes, the plain
 * number when there is no unit (ClickUp often sends unit "").
 */
export function formatCurrency(value: number, unit: string): string {
  const amount = formatNumber(value);
  // The unit is API text: one short clean line, like every other label part.
  const code = plainText(unit ?? '', 20);
  if (code === '' || amount === '—') {
    return amount;
  }
  const known = CURRENCY_SYMBOLS[code.toUpperCase()] ?? (KNOWN_SYMBOLS.has(code) ? code : undefined);
  const symbol = known ?? (/\p{L}/u.test(code) ? null : code);
  if (symbol === null || SUFFIX_SYMBOLS.has(symbol)) {
    return `${amount} ${symbol ?? code}`;
  }
  return amount.startsWith('-') ? `-${symbol}${amount.slice(1)}` : `${symbol}${amount}`;
}

/**
 * "62%". Rounds, but never shows 100% for unfinished work nor 0% for work begun,
 * so the text agrees with the done/not-done icons.
 */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) {
    return '0%';
  }
  let percent = Math.round(fraction * 100);
  if (percent >= 100 && fraction < 1) {
    percent = 99;
  } else if (percent <= 0 && fraction > 0) {
    percent = 1;
  }
  return `${percent === 0 ? 0 : percent}%`;
}

/** "████░░░░░░": full only when done, never empty once begun. */
export function progressBar(fraction: number, width = 10): string {
  const cells = Number.isFinite(width) ? Math.max(1, Math.min(100, Math.round(width))) : 10;
  const value = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  let filled = Math.round(value * cells);
  if (filled === cells && value < 1) {
    filled = cells - 1;
  } else if (filled === 0 && value > 0) {
    filled = 1;
  }
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

function withUnit(text: string, unit: string): string {
  const clean = plainText(unit ?? '', 20);
  return clean === '' ? text : `${text} ${clean}`;
}

/** "30 / 50 users", "€250,000 / €1,000,000", "45% / 80%", "Done", "12 / 20 tasks". */
export function formatKeyResultProgress(kr: KeyResult): string {
  const current = kr.stepsCurrent;
  const end = kr.stepsEnd;
  switch (kr.type) {
    case 'number':
      return withUnit(`${formatNumber(current)} / ${formatNumber(end)}`, kr.unit);
    case 'currency':
      return `${formatCurrency(current, kr.unit)} / ${formatCurrency(end, kr.unit)}`;
    case 'percentage':
      return `${formatNumber(current)}% / ${formatNumber(end)}%`;
    case 'boolean':
      return keyResultProgress(kr) >= 1 ? 'Done' : 'Not done';
    case 'automatic':
      if (!Number.isFinite(end) || end <= 0) {
        return 'No tasks linked';
      }
      return `${formatNumber(current)} / ${formatNumber(end)} ${end === 1 ? 'task' : 'tasks'}`;
    default:
      return formatPercent(keyResultProgress(kr));
  }
}

export interface DueDateText {
  /** "in 3 days", "tomorrow", "today", "2 weeks ago", "in 4 months"; "no due date" for none. */
  relative: string;
  /** "31 Mar 2027"; "" when there is no due date. */
  absolute: string;
  /** True once the due day has passed (a goal due today is not yet overdue). */
  overdue: boolean;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function relativeDays(days: number): string {
  if (days === 0) {
    return 'today';
  }
  if (days === 1) {
    return 'tomorrow';
  }
  if (days === -1) {
    return 'yesterday';
  }
  const size = Math.abs(days);
  let span: string;
  if (size < 14) {
    span = plural(size, 'day');
  } else if (size < 60) {
    span = plural(Math.round(size / 7), 'week');
  } else if (size < 548) {
    span = plural(Math.round(size / 30.44), 'month');
  } else {
    span = plural(Math.round(size / 365.25), 'year');
  }
  return days > 0 ? `in ${span}` : `${span} ago`;
}

/** Due date as local calendar days relative to now. */
export function formatDueDate(dueMs: number | null, nowMs: number): DueDateText {
  if (dueMs === null || !Number.isFinite(dueMs) || dueMs <= 0 || !Number.isFinite(nowMs)) {
    return { relative: 'no due date', absolute: '', overdue: false };
  }
  const days = calendarDaysBetween(nowMs, dueMs);
  return { relative: relativeDays(days), absolute: formatDay(calendarDayOf(dueMs)), overdue: days < 0 };
}

/**
 * Makes API text show as itself in a VS Code MarkdownString (with or without
 * supportHtml / supportThemeIcons): HTML is entity-encoded, Markdown punctuation
 * and "$(icon)" are backslash-escaped, leading spaces cannot start a code block,
 * and line breaks stay line breaks.
 */
export function escapeMarkdown(text: string): string {
  return stripControls(String(text ?? ''), true)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~=$:"']/g, '\\$&')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, (indent) => '&nbsp;'.repeat(indent.length)))
    .join('  \n');
}

/** Bidi embedding/override/isolate characters, which can make text read differently from what it is. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls (tab and line feed survive in the first); matching them is the point.
// eslint-disable-next-line no-control-regex
const CONTROLS_KEEP_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

function stripControls(text: string, keepLines: boolean): string {
  const unified = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
  return unified.replace(BIDI_CONTROLS, '').replace(keepLines ? CONTROLS_KEEP_LINES : CONTROLS, keepLines ? '' : ' ');
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * One tidy line for labels: control and bidi-override characters removed (RTL text
 * itself stays readable), whitespace collapsed, and when `maxLength` is given, cut
 * to that many user-perceived characters ending in "…" (emoji are never split).
 */
export function plainText(text: string, maxLength?: number): string {
  const line = stripControls(String(text ?? ''), false).replace(/\s+/g, ' ').trim();
  if (maxLength === undefined || !Number.isFinite(maxLength)) {
    return line;
  }
  const limit = Math.max(1, Math.floor(maxLength));
  // A character is at least one UTF-16 unit: a line this short fits without segmenting it (most labels).
  if (line.length <= limit) {
    return line;
  }
  // Segments only as far as the cut: a long description is not split whole to show its start.
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(line)) {
    if (kept.length === limit) {
      return `${kept.slice(0, limit - 1).join('').trimEnd()}…`;
    }
    kept.push(segment);
  }
  return line;
}

/**
 * API text for places that render "$(icon)" syntax (QuickPick labels, descriptions
 * and details): "$(" is escaped so a name shows as written instead of as an icon.
 */
export function withoutThemeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
