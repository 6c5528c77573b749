/**
 * A date typed by hand: day, month, year in that order (as the app writes dates, "18 Apr 2025"),
 * or ISO year-month-day. Separators are any of space / . - and a month may be a number or its
 * name in English or Arabic (Levantine or Egyptian names); Arabic-Indic digits are read too.
 * Eight digits in a row are DDMMYYYY. A date is complete once its year has four digits: until
 * then it is "incomplete" and nothing is applied, so no half-typed year (0002, 0020…) ever
 * reaches the filter.
 */
export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  /** Complete but no such day (31/02/2026, month 13). */
  | { kind: 'impossible'; day: number; month: number; year: number }
  | { kind: 'date'; iso: string };

const MONTHS: Record<string, number> = {};
const names: [number, string[]][] = [
  [1, ['jan', 'january', 'كانون الثاني', 'يناير']],
  [2, ['feb', 'february', 'شباط', 'فبراير']],
  [3, ['mar', 'march', 'آذار', 'اذار', 'مارس']],
  [4, ['apr', 'april', 'نيسان', 'أبريل', 'ابريل']],
  [5, ['may', 'أيار', 'ايار', 'مايو']],
  [6, ['jun', 'june', 'حزيران', 'يونيو']],
  [7, ['jul', 'july', 'تموز', 'يوليو']],
  [8, ['aug', 'august', 'آب', 'اب', 'أغسطس', 'اغسطس']],
  [9, ['sep', 'sept', 'september', 'أيلول', 'ايلول', 'سبتمبر']],
  [10, ['oct', 'october', 'تشرين الأول', 'تشرين الاول', 'أكتوبر', 'اكتوبر']],
  [11, ['nov', 'november', 'تشرين الثاني', 'نوفمبر']],
  [12, ['dec', 'december', 'كانون الأول', 'كانون الاول', 'ديسمبر']],
];
for (const [m, ns] of names) for (const n of ns) MONTHS[n] = m;
// two-word Arabic names first, so "كانون الثاني" is not read as a lone word
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function daysIn(month: number, year: number) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function check(day: number, month: number, year: number): TypedDate {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || year < 1000)
    return { kind: 'impossible', day, month, year };
  return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}` };
}

export function parseTypedDate(input: string): TypedDate {
  let s = input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase()
    .trim();
  if (!s) return { kind: 'empty' };
  // a month name becomes its number
  for (const w of MONTH_WORDS) {
    const i = s.indexOf(w);
    if (i >= 0) {
      s = `${s.slice(0, i)} ${MONTHS[w]} ${s.slice(i + w.length)}`;
      break;
    }
  }
  if (/[^\d\s/.\-،,]/.test(s)) return { kind: 'incomplete' };
  if (/^\d{8}$/.test(s)) return check(+s.slice(0, 2), +s.slice(2, 4), +s.slice(4));
  const parts = s.split(/[\s/.\-،,]+/).filter(Boolean);
  if (parts.length < 3) return { kind: 'incomplete' };
  if (parts.length > 3) return { kind: 'impossible', day: NaN, month: NaN, year: NaN };
  const [a, b, c] = parts as [string, string, string];
  // ISO: the year first
  if (a.length === 4)
    return c.length > 2 ? { kind: 'impossible', day: +c, month: +b, year: +a } : check(+c, +b, +a);
  if (a.length > 2 || b.length > 2) return { kind: 'impossible', day: +a, month: +b, year: +c };
  if (c.length < 4) return { kind: 'incomplete' };
  if (c.length > 4) return { kind: 'impossible', day: +a, month: +b, year: +c };
  return check(+a, +b, +c);
}

/** How a date is shown in a typed field: DD/MM/YYYY. */
export function formatTypedDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

export interface RangeDays {
  /** The data's first and last day (day numbers). */
  first: number;
  last: number;
  /** The range now, in day numbers (open ends already resolved to first/last). */
  lo: number;
  hi: number;
}

export type RangeEdit =
  { kind: 'range'; lo: number; hi: number; clamped: 'start' | 'end' | null } | { kind: 'reversed' };

/**
 * One end of the range set to a day (typed or picked: both go through here, so they give the
 * same filter). A day outside the data is moved to its first or last day and says so; an end
 * that would cross the other is refused, not swapped.
 */
export function editRangeEnd(which: 'lo' | 'hi', day: number, r: RangeDays): RangeEdit {
  const d = Math.max(r.first, Math.min(r.last, day));
  const clamped = day < r.first ? 'start' : day > r.last ? 'end' : null;
  if (which === 'lo') return d > r.hi ? { kind: 'reversed' } : { kind: 'range', lo: d, hi: r.hi, clamped };
  return d < r.lo ? { kind: 'reversed' } : { kind: 'range', lo: r.lo, hi: d, clamped };
}
