/**
 * Turns domain values into short text for labels, descriptions and tooltips:
 * numbers, currency, percentages, progress bars, due dates, and API text made
 * safe for Markdown tooltips or single-line labels. Never prints "NaN".
 * Numbers, amounts and dates follow the display language (`locale`, English when
 * not given); words go through l10n.t, which the VS Code layer points at the
 * extension's string bundle.
 */
import * as l10n from '@vscode/l10n';
import { calendarDayOf, calendarDaysBetween, formatDay } from './calendar';
import { numberFormat, relativeTimeFormat } from './intl';
import { keyResultProgress } from './progress';
import type { KeyResult } from './types';

/** Beyond what anyone types (validation refuses it): odd data from the service, kept short. */
const HUGE = 1e15;
const PLAIN_NUMBER: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
const HUGE_NUMBER: Intl.NumberFormatOptions = { notation: 'scientific', maximumFractionDigits: 2 };

/** Grouped as the language groups, up to two decimals, only when needed: 1234.5 -> "1,234.5" ("1.234,5" in German). "—" when not a number. */
export function formatNumber(value: number, locale?: string): string {
  if (!Number.isFinite(value)) {
    return '—';
  }
  const text = numberFormat(locale, Math.abs(value) >= HUGE ? HUGE_NUMBER : PLAIN_NUMBER).format(value);
  // Tiny negatives round to "-0".
  return /^[-\u2212]0$/.test(text) ? '0' : text;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩', RUB: '₽', TRY: '₺',
  BRL: 'R$', AUD: 'A$', CAD: 'CA$', NZD: 'NZ$', MXN: 'MX$', HKD: 'HK$', SGD: 'S$', ILS: '₪',
  NGN: '₦', PHP: '₱', UAH: '₴', VND: '₫', THB: '฿', PLN: 'zł',
};

/** The ISO code a symbol stands for ("¥" reads as yen, the first listed). */
const CODE_OF_SYMBOL = new Map<string, string>();
for (const [code, symbol] of Object.entries(CURRENCY_SYMBOLS)) {
  if (!CODE_OF_SYMBOL.has(symbol)) {
    CODE_OF_SYMBOL.set(symbol, code);
  }
}

/** Symbols no currency code stands for, and where they go. */
const SUFFIX_SYMBOLS = new Set(['zł']);

/**
 * An amount as the display language writes money: "€250,000" / "250.000 €" for a symbol or
 * an ISO code ("EUR", "usd", "CHF"), the plain number when there is no unit (ClickUp often
 * sends unit ""), and "250,000 pts" for any other unit.
 */
export function formatCurrency(value: number, unit: string, locale?: string): string {
  const amount = formatNumber(value, locale);
  // The unit is API text: one short clean line, like every other label part.
  const clean = plainText(unit ?? '', 20);
  if (clean === '' || amount === '—') {
    return amount;
  }
  const code = CODE_OF_SYMBOL.get(clean) ?? (/^[A-Za-z]{3}$/.test(clean) && !SUFFIX_SYMBOLS.has(clean) ? clean.toUpperCase() : undefined);
  if (code !== undefined && Math.abs(value) < HUGE) {
    const money = numberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'symbol', minimumFractionDigits: 0, maximumFractionDigits: 2 });
    return money.format(value === 0 ? 0 : value);
  }
  if (/\p{L}/u.test(clean) || SUFFIX_SYMBOLS.has(clean)) {
    return `${amount} ${clean}`;
  }
  return amount.startsWith('-') ? `-${clean}${amount.slice(1)}` : `${clean}${amount}`;
}

/**
 * "62%". Rounds, but never shows 100% for unfinished work nor 0% for work begun,
 * so the text agrees with the done/not-done icons.
 */
export function formatPercent(fraction: number, locale?: string): string {
  if (!Number.isFinite(fraction)) {
    return percentText(0, locale);
  }
  let percent = Math.round(fraction * 100);
  if (percent >= 100 && fraction < 1) {
    percent = 99;
  } else if (percent <= 0 && fraction > 0) {
    percent = 1;
  }
  return percentText(percent === 0 ? 0 : percent, locale);
}

/** 62 -> "62%" ("62 %" in German). */
export function percentText(percent: number, locale?: string): string {
  if (!Number.isFinite(percent)) {
    return '—';
  }
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
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
export function formatKeyResultProgress(kr: KeyResult, locale?: string): string {
  const current = kr.stepsCurrent;
  const end = kr.stepsEnd;
  switch (kr.type) {
    case 'number':
      return withUnit(`${formatNumber(current, locale)} / ${formatNumber(end, locale)}`, kr.unit);
    case 'currency':
      return `${formatCurrency(current, kr.unit, locale)} / ${formatCurrency(end, kr.unit, locale)}`;
    case 'percentage':
      return `${percentText(current, locale)} / ${percentText(end, locale)}`;
    case 'boolean':
      return keyResultProgress(kr) >= 1 ? l10n.t('Done') : l10n.t('Not done');
    case 'automatic':
      if (!Number.isFinite(end) || end <= 0) {
        return l10n.t('No tasks linked');
      }
      return end === 1
        ? l10n.t('{0} / 1 task', formatNumber(current, locale))
        : l10n.t('{0} / {1} tasks', formatNumber(current, locale), formatNumber(end, locale));
    default:
      return formatPercent(keyResultProgress(kr), locale);
  }
}

export interface DueDateText {
  /** "in 3 days", "tomorrow", "today", "2 weeks ago", "in 4 months"; "no due date" for none. */
  relative: string;
  /** "Mar 31, 2027" (in the display language); "" when there is no due date. */
  absolute: string;
  /** True once the due day has passed (a goal due today is not yet overdue). */
  overdue: boolean;
}

/** Whole days to "today", "in 3 days", "2 weeks ago", "in 4 months", in the display language. */
function relativeDays(days: number, locale?: string): string {
  const size = Math.abs(days);
  const sign = days < 0 ? -1 : 1;
  const words = relativeTimeFormat(locale);
  if (size < 14) {
    return words.format(days, 'day');
  }
  if (size < 60) {
    return words.format(sign * Math.round(size / 7), 'week');
  }
  if (size < 548) {
    return words.format(sign * Math.round(size / 30.44), 'month');
  }
  return words.format(sign * Math.round(size / 365.25), 'year');
}

/** Due date as local calendar days relative to now. */
export function formatDueDate(dueMs: number | null, nowMs: number, locale?: string): DueDateText {
  if (dueMs === null || !Number.isFinite(dueMs) || dueMs <= 0 || !Number.isFinite(nowMs)) {
    return { relative: l10n.t('no due date'), absolute: '', overdue: false };
  }
  const days = calendarDaysBetween(nowMs, dueMs);
  return { relative: relativeDays(days, locale), absolute: formatDay(calendarDayOf(dueMs), locale), overdue: days < 0 };
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
