/**
 * Reads a number as a person types it in the display language, and writes the
 * plain form a value box is prefilled with so Enter reads back the same number.
 *
 * English (a point for decimals, commas between groups of three) keeps the
 * rules described at `parseEnglishNumber`. Other languages take their decimal
 * and group marks from Intl ("1,5" and "1.000,5" in German); a space always
 * groups. The mark English uses for decimals is, in a language where it groups,
 * read as grouping only before exactly three digits ("1.000" = 1000 in German);
 * otherwise ("1.5") it is refused with the number written the language's way,
 * never guessed.
 */
import * as l10n from '@vscode/l10n';
import { numberFormat } from './intl';

type NumberReading = { ok: true; value: number } | { ok: false; message: string };

function fail(message: string): NumberReading {
  return { ok: false, message };
}

/** Numbers this large lose precision and mean nothing as a target. */
const MAX_NUMBER = 1e15;
const PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/;
const CURRENCY_PREFIX = /^(?:[$€£¥₹₩₽₺₪₦₱₴₫฿]|R\$|A\$|CA\$|NZ\$|MX\$|HK\$|S\$)/;
const CURRENCY_SUFFIX = /\s*(?:[$€£¥₹₩₽₺₪₦₱₴₫฿]|zł)$/;
const SPACES = /[\u00A0\u202F\u2009]/g;

export interface NumberMarks {
  decimal: string;
  group: string;
}

/** The decimal and group marks of a display language, from Intl (spaces of any width read as " "). */
export function numberMarks(locale?: string): NumberMarks {
  const parts = numberFormat(locale, { useGrouping: true, maximumFractionDigits: 1 }).formatToParts(1234567.5);
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const group = (parts.find((part) => part.type === 'group')?.value ?? ',').replace(SPACES, ' ');
  return { decimal, group };
}

function isEnglishMarks(marks: NumberMarks): boolean {
  return marks.decimal === '.' && marks.group === ',';
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sign, currency symbol and "%" taken off; what is left must be digits and marks. */
function stripDecoration(text: string, suffixCurrency: boolean): { sign: number; body: string } {
  let body = text.trim().replace(SPACES, ' ');
  let sign = 1;
  const signMatch = /^[-+\u2212]\s*/.exec(body);
  if (signMatch !== null) {
    sign = signMatch[0].startsWith('+') ? 1 : -1;
    body = body.slice(signMatch[0].length);
  }
  body = body.replace(CURRENCY_PREFIX, '').replace(/\s*%$/, '');
  if (suffixCurrency) {
    body = body.replace(CURRENCY_SUFFIX, '').replace(/\s*%$/, '');
  }
  return { sign, body: body.trim() };
}

/** Refusals every language shares; undefined when the body may still be a number. */
function commonRefusal(body: string): string | undefined {
  if (body === '') {
    return l10n.t('Enter a number.');
  }
  if (/^(?:infinity|inf|∞)$/i.test(body)) {
    return l10n.t('Enter a finite number.');
  }
  if (/^\d*[.,]?\d+e[-+]?\d+$/i.test(body)) {
    return l10n.t('Write the number out in full, without an exponent.');
  }
  return undefined;
}

function finish(sign: number, digits: string): NumberReading {
  const value = sign * Number(digits);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_NUMBER) {
    return fail(l10n.t('That number is too large.'));
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * English: "42", "-3.5", ".5", "1,000,000", "1 000", "€250,000", "45%". A point is
 * the decimal mark; commas or spaces group thousands only in groups of exactly
 * three ("1,00" is refused as ambiguous); one leading currency symbol and one
 * trailing "%" are ignored (they are decoration, the number is returned as
 * written); exponents ("1e3"), hex, NaN and Infinity are refused.
 */
function parseEnglishNumber(text: string): NumberReading {
  const { sign, body } = stripDecoration(text, false);
  const refusal = commonRefusal(body);
  if (refusal !== undefined) {
    return fail(refusal);
  }
  if (/^\d+,\d{1,2}$/.test(body) || /^\d+(?:,\d+)+$/.test(body) && !COMMA_GROUPED.test(body)) {
    return fail(l10n.t('Use a point for decimals and commas only between groups of three digits, like 1,000.5.'));
  }
  if (!PLAIN.test(body) && !COMMA_GROUPED.test(body) && !SPACE_GROUPED.test(body)) {
    return fail(l10n.t('Enter a number, such as 42, -3.5 or 1,000.'));
  }
  return finish(sign, body.replace(/[, ]/g, ''));
}

/** "Write 1,5: “,” marks decimals and “.” only separates groups of three digits." */
function marksMessage(example: string, marks: NumberMarks): string {
  return marks.group === ' '
    ? l10n.t('Write {0}: “{1}” marks decimals and a space only separates groups of three digits.', example, marks.decimal)
    : l10n.t('Write {0}: “{1}” marks decimals and “{2}” only separates groups of three digits.', example, marks.decimal, marks.group);
}

function parseLocalNumber(text: string, marks: NumberMarks): NumberReading {
  const { sign, body } = stripDecoration(text, true);
  const refusal = commonRefusal(body);
  if (refusal !== undefined) {
    return fail(refusal);
  }
  const dec = escape(marks.decimal);
  const fraction = `(?:${dec}\\d+)?`;
  const plain = new RegExp(`^(?:\\d+${fraction}|${dec}\\d+)$`);
  const grouped = (mark: string): RegExp => new RegExp(`^\\d{1,3}(?:${escape(mark)}\\d{3})+${fraction}$`);
  const groupMarks = marks.group === ' ' ? [' '] : [marks.group, ' '];
  const match = plain.test(body) || groupMarks.some((mark) => grouped(mark).test(body));
  if (match) {
    const digits = body.split(marks.group).join('').replace(/ /g, '').replace(marks.decimal, '.');
    return finish(sign, digits);
  }
  // The other mark ("." where "," is the decimal mark) as a decimal point: show how to write it.
  const other = marks.decimal === ',' ? '.' : ',';
  const single = new RegExp(`^(\\d*)${escape(other)}(\\d+)$`).exec(body);
  if (single !== null && !(single[2].length === 3 && single[1] !== '')) {
    const example = `${sign < 0 ? '-' : ''}${single[1] === '' ? '0' : single[1]}${marks.decimal}${single[2]}`;
    return fail(marksMessage(example, marks));
  }
  if (body.includes(other) && /^[\d.,' ’]+$/.test(body)) {
    return fail(marksMessage(exampleNumber(1000.5, marks), marks));
  }
  return fail(l10n.t('Enter a number, such as {0}, {1} or {2}.', '42', `-3${marks.decimal}5`, exampleNumber(1000, marks)));
}

function exampleNumber(value: number, marks: NumberMarks): string {
  const [whole, part] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
  return part === undefined ? grouped : `${grouped}${marks.decimal}${part}`;
}

/** A number as typed in the display language (English when not given); see the file comment. */
export function parseNumberInput(text: string, locale?: string): NumberReading {
  const input = typeof text === 'string' ? text : '';
  const marks = numberMarks(locale);
  return isEnglishMarks(marks) ? parseEnglishNumber(input) : parseLocalNumber(input, marks);
}

/**
 * The plain form a value box is prefilled with: every digit, no grouping, the
 * language's decimal mark ("1234,5" in German), so `parseNumberInput` reads it
 * back as the same number. "" when not a number.
 */
export function formatNumberInput(value: number, locale?: string): string {
  if (!Number.isFinite(value)) {
    return '';
  }
  let text = String(value === 0 ? 0 : value);
  if (/e/i.test(text)) {
    // Tiny values print with an exponent, which the parser refuses: write them out.
    text = value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  }
  return text.replace('.', numberMarks(locale).decimal);
}
