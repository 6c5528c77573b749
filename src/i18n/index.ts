import { ar } from './ar';
import { en, type Messages } from './en';
import type { DatePrecision, Text } from '../data/schema';

export type Lang = 'en' | 'ar';
export const LANGS: readonly Lang[] = ['en', 'ar'];
export type { Messages };

const catalogs: Record<Lang, Messages> = { en, ar };

export function messagesFor(lang: Lang): Messages {
  return catalogs[lang];
}

/** A data problem (a story file's issue, an import's error or warning) in words. */
/** The first of the browser's preferred languages that the app speaks (English otherwise). */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ar' || base === 'en') return base;
  }
  return 'en';
}

export const dirOf = (lang: Lang): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');

/**
 * A category's name: the story's in the reader's language; a well-known dataset's (ACLED, UCDP,
 * GDELT) translated where the catalogue has it; any other as the data writes it.
 */
export function categoryName(t: Messages, id: string): string {
  if (Object.hasOwn(t.categories, id)) return t.categories[id as keyof Messages['categories']];
  return Object.hasOwn(t.knownCategories, id) ? t.knownCategories[id]! : id;
}

/**
 * A text in the active language, or in the other when the data has only that one (imported data
 * may be in one language). Show it with `dir="auto"`: the text's own direction, not the page's.
 */
export const pick = (b: Text, lang: Lang): string => b[lang] ?? b[lang === 'en' ? 'ar' : 'en'] ?? '';

const locales: Record<Lang, string> = { en: 'en-GB', ar: 'ar-SY-u-nu-latn' };

// Building an Intl.DateTimeFormat costs far more than formatting with one: keep one per use.
const DAY = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } as const;
const MONTH_LONG = { year: 'numeric', month: 'long', timeZone: 'UTC' } as const;
const YEAR = { year: 'numeric', timeZone: 'UTC' } as const;
const MONTH_TICK = { month: 'short', timeZone: 'UTC' } as const;
const MONTH_TICK_YEAR = { month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, name: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${name}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locales[lang], opts)));
  return f;
}

/**
 * A source date as a reader should see it: the calendar day as given, never shifted by
 * the viewer's time zone (dates are formatted in UTC), with its precision.
 */
export function formatDate(iso: string, lang: Lang, precision: DatePrecision = 'exact'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const s = (
    precision === 'approx-year'
      ? formatter(lang, 'year', YEAR)
      : precision === 'approx-month'
        ? formatter(lang, 'month-long', MONTH_LONG)
        : formatter(lang, 'day', DAY)
  ).format(date);
  if (precision === 'exact±1d') return `${s} (±1)`;
  if (precision === 'approx-week') return lang === 'ar' ? `نحو ${s}` : `c. ${s}`;
  return s;
}

/** A count in the active language's number format (Latin digits in both). */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(locales[lang]);
}

/** A month tick on the timeline: "Feb", or "Feb 2026" where the year should be said (the first tick, each January). */
export function formatMonth(iso: string, lang: Lang, withYear = true): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return (
    withYear ? formatter(lang, 'month-tick-year', MONTH_TICK_YEAR) : formatter(lang, 'month-tick', MONTH_TICK)
  ).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A span such as Jun–Oct 2025 for events with an end date. */
export function formatEventDate(
  e: { date: string; endDate?: string; precision: DatePrecision },
  lang: Lang,
): string {
  const start = formatDate(e.date, lang, e.precision);
  if (!e.endDate || e.endDate === e.date) return start;
  return `${start} – ${formatDate(e.endDate, lang, e.precision)}`;
}
