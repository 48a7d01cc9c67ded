/**
 * Due-date phrases in the display language, rewritten into the forms `dates.ts`
 * already reads, so every language shares one set of date rules:
 * - "31.03.2027", "31.3.27" (day first, points) -> "2027-3-31", in every language;
 * - "31. März 2027", "31. Mär 2027", "Mi., 31. März 2027": month and weekday names
 *   come from Intl for the display language;
 * - weekday names ("Freitag", "nächsten Freitag") from Intl;
 * - relative words ("morgen", "in 2 Wochen", "Ende des Quartals") from a small
 *   table per language (German so far).
 * The result is an English phrase or ISO date, or null when nothing fits.
 */
import { dateFormat } from './intl';

/** Lower case without accents, so "März" matches "marz" and "nächsten" "nachsten". */
function fold(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

function language(locale: string | undefined): string {
  return (locale ?? 'en').split(/[-_]/)[0].toLowerCase();
}

const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Intl's names, folded: months 0-11 (long), weekdays 0 = Sunday (long). */
function names(locale: string | undefined, kind: 'month' | 'weekday'): string[] {
  const format = dateFormat(locale, kind === 'month' ? { month: 'long', timeZone: 'UTC' } : { weekday: 'long', timeZone: 'UTC' });
  // 7 Jan 2024 was a Sunday.
  const dates = kind === 'month' ? Array.from({ length: 12 }, (_, m) => Date.UTC(2024, m, 15)) : Array.from({ length: 7 }, (_, d) => Date.UTC(2024, 0, 7 + d));
  return dates.map((ms) => fold(format.format(ms)));
}

/** An abbreviation or the whole name ("mär", "märz", "fr", "freitag"); at least two letters. */
function nameIndex(word: string, list: string[]): number {
  const clean = fold(word).replace(/\.$/, '');
  if (clean.length < 2 || !/^\p{L}+$/u.test(clean)) {
    return -1;
  }
  const found = list.filter((name) => name.startsWith(clean));
  return found.length === 1 ? list.indexOf(found[0]) : -1;
}

function numericDay(phrase: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(phrase);
  if (match === null) {
    return null;
  }
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  return `${year}-${Number(match[2])}-${Number(match[1])}`;
}

function writtenDay(phrase: string, locale: string | undefined): string | null {
  const words = phrase.replace(/,/g, ' ').split(' ').filter((word) => word !== '');
  if (words.length === 4 && nameIndex(words[0], names(locale, 'weekday')) >= 0) {
    words.shift();
  }
  if (words.length !== 3 || !/^\d{1,2}\.?$/.test(words[0]) || !/^\d{4}$/.test(words[2])) {
    return null;
  }
  const month = nameIndex(words[1], names(locale, 'month'));
  return month < 0 || fold(words[1]).replace(/\.$/, '').length < 3 ? null : `${words[2]}-${month + 1}-${parseInt(words[0], 10)}`;
}

function weekday(phrase: string, locale: string | undefined, nextWords: string, thisWords: string): string | null {
  const match = new RegExp(`^(?:(${nextWords}|${thisWords}) )?(\\p{L}+\\.?)$`, 'u').exec(phrase);
  if (match === null) {
    return null;
  }
  const index = nameIndex(match[2], names(locale, 'weekday'));
  if (index < 0) {
    return null;
  }
  const prefix = match[1] === undefined ? '' : new RegExp(`^(?:${nextWords})$`).test(match[1]) ? 'next ' : 'this ';
  return `${prefix}${ENGLISH_WEEKDAYS[index]}`;
}

/** Relative words of one language: folded phrase in, English phrase out. */
type Words = (phrase: string) => string | null;

const GERMAN_UNITS: Record<string, string> = {
  tag: 'day', tage: 'day', tagen: 'day', woche: 'week', wochen: 'week', monat: 'month', monate: 'month',
  monaten: 'month', monats: 'month', quartal: 'quarter', quartals: 'quarter', jahr: 'year', jahre: 'year', jahren: 'year', jahres: 'year',
};
const GERMAN_NEXT = '(?:nachst|naechst|kommend)(?:e|en|er|es)?';

const germanWords: Words = (phrase) => {
  const fixed: Record<string, string> = { heute: 'today', morgen: 'tomorrow', ubermorgen: 'in 2 days', uebermorgen: 'in 2 days' };
  if (fixed[phrase] !== undefined) {
    return fixed[phrase];
  }
  const inN = /^in (\d+|einem|einer|eins) (\p{L}+)$/u.exec(phrase);
  if (inN !== null && GERMAN_UNITS[inN[2]] !== undefined && GERMAN_UNITS[inN[2]] !== 'quarter') {
    return `in ${/^\d+$/.test(inN[1]) ? inN[1] : '1'} ${GERMAN_UNITS[inN[2]]}s`;
  }
  const next = new RegExp(`^${GERMAN_NEXT} (woche|monat|jahr)$`).exec(phrase);
  if (next !== null) {
    return `next ${GERMAN_UNITS[next[1]]}`;
  }
  const endOf = /^(?:ende (?:der|des|dieser|dieses|diesen) (\p{L}+)|(woche|monat|quartal|jahr)s?ende)$/u.exec(phrase);
  const unit = endOf === null ? undefined : GERMAN_UNITS[endOf[1] ?? endOf[2]];
  if (unit !== undefined && unit !== 'day') {
    return `end of ${unit}`;
  }
  return weekday(phrase, 'de', GERMAN_NEXT, '(?:diese[nrs]?|am)');
};

const WORDS: Record<string, Words> = { de: germanWords };

/** The phrase rewritten for the English reader, or null (see the file comment). */
export function localDatePhrase(phrase: string, locale: string | undefined): string | null {
  const folded = fold(phrase);
  const numeric = numericDay(folded);
  if (numeric !== null) {
    return numeric;
  }
  const lang = language(locale);
  if (lang === 'en') {
    return null;
  }
  return writtenDay(phrase, locale) ?? WORDS[lang]?.(folded) ?? weekday(folded, locale, '(?!)', '(?!)');
}
