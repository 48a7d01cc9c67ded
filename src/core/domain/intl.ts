/**
 * Intl formatters for a display language ("de", "en", "pt-br": what VS Code reports), made
 * once per language and option set: the tree formats thousands of values on every redraw.
 * A language Intl does not know falls back to English rather than throwing.
 */

/** The language used when none is given (plain-Node callers, tests). */
export const DEFAULT_LOCALE = 'en-US';

function usableLocale(locale: string | undefined): string {
  if (locale === undefined || locale === '') {
    return DEFAULT_LOCALE;
  }
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = usableLocale(locale);
  return cached(numberFormats, `${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
}

export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = usableLocale(locale);
  return cached(dateFormats, `${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
}

/** "in 3 days", "tomorrow", "vor 2 Wochen", "morgen". */
export function relativeTimeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const tag = usableLocale(locale);
  return cached(relativeFormats, tag, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
}
