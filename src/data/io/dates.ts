/**
 * Dates and numbers as analysts write them, read into ISO days and plain numbers. Pure functions,
 * no guessing: a value that could mean two different days is not read until the caller says which
 * convention the file uses (`DayOrder`), and `inferDateFormat` decides that convention from a
 * whole column's values, never from one value.
 *
 * Dates read (`parseDate`), each giving a real calendar day or null:
 * - year first, in numbers: `2026-02-21`, `2026/2/21`, `2026.02.21`, with or without a time
 *   (`2026-02-21T10:00:00Z`, `2026-02-21 10:00`): the day is the one written, never shifted to
 *   another time zone (the reporter's own day);
 * - year last, in numbers: `21/02/2026`, `21-02-2026`, `21.02.2026` — day first or month first as
 *   the `order` says (`ymd` refuses them: a caller that declares year-first reads nothing else);
 * - `20260221` (GDELT's SQLDATE);
 * - month names in English (full or 3-letter, any case, `Sept` too: `21 February 2026`,
 *   `21 Feb 2026`, `February 21, 2026`, `Feb 21 2026`, `Saturday, 21st of February 2026`,
 *   `21-Feb-2026`) and in Arabic: the Levantine names (كانون الثاني، شباط، آذار … with or without
 *   the article and hamza: تشرين الأول / تشرين اول), the Egyptian and Gulf names (يناير، فبراير …)
 *   and the Maghreb ones (جانفي، فيفري …; يوليوز، غشت …), also both together as Syrian and Lebanese
 *   papers write them (`21 شباط/فبراير 2026`), with a weekday, عام / سنة before the year, or م
 *   after it;
 * - Arabic-Indic digits (٠–٩ and the Persian ۰–۹) anywhere, and right-to-left marks around them.
 * Not read: two-digit years (`21/02/26`: which century is a guess), a month without a day
 * (`Feb 2026`), a day-month pair that is no real day (`2026-02-30`).
 *
 * Excel serial day numbers (`46074` → 2026-02-21) are read only by `parseExcelSerial`, when the
 * whole column is serials (`inferDateFormat` says `excel-serial`): a lone number is not a date.
 *
 * Numbers (`parseNumber`): plain decimals, `-` or `+`, an exponent; the decimal separator is the
 * dot, or the comma when the caller says the column uses decimal commas (`inferDecimalComma`), and
 * always the Arabic decimal separator `٫`. Thousands separators are never accepted — not `,` nor
 * `.` nor `٬` nor spaces: `1,234.5` is null whatever the flag. In a coordinate, a separator that
 * could group thousands is a misreading waiting to happen (`36,706` is 36.706 to a European
 * spreadsheet and 36706 to an American one), so refusing it and reporting the cell is the only
 * answer that loses nothing silently.
 */

/** How a year-last numeric date is ordered: day first (`21/02/2026`), month first (`02/21/2026`), or year first only. */
export type DayOrder = 'dmy' | 'mdy' | 'ymd';

/** The convention of a whole column of dates, and the share (0…1) of its non-empty values read under it. */
export type DateInference =
  | { kind: 'iso' | 'compact' | 'month-name' | 'excel-serial'; share: number }
  | { kind: 'numeric'; order: 'dmy' | 'mdy'; share: number }
  /** Every value could be day-first or month-first (e.g. only 01/02/2026 and 03/04/2026): ask, never guess. */
  | { kind: 'ambiguous'; share: number }
  /** Not a date column: fewer than half of the values read as dates; share is the best any convention managed. */
  | { kind: 'none'; share: number };

// ——— text clean-up ———

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Left-to-right / right-to-left marks, the Arabic letter mark, embeddings and isolates: invisible, often pasted around dates. */
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** Western digits for Arabic-Indic and Persian ones; invisible direction marks gone; no-break spaces as spaces. */
export function westernDigits(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .replace(ARABIC_DIGITS, (d) => {
      const c = d.charCodeAt(0);
      return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
    })
    .replace(BIDI_MARKS, '')
    .replace(/[\u00a0\u202f]/g, ' ');
}

// ——— calendar days ———

const SHORT_MONTHS = new Set([4, 6, 9, 11]);
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD when year-month-day is a real calendar day (years 1000–9999), else null. */
function isoDay(y: number, m: number, d: number): string | null {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  const last =
    m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : SHORT_MONTHS.has(m) ? 30 : 31;
  if (d > last) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

// ——— the forms ———

/** A time of day after the date: `T10:00:00Z`, ` 10:00`, `, 4:30 PM`, ` 10:00 ص`, `+03:00`… */
const TIME =
  /(?:T|[\s,،]+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?|ص|م)?\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** The date part of a cell: Western digits, no direction marks, no time of day, trimmed. */
function dateCore(text: string): string {
  const t = westernDigits(text).trim();
  return t.replace(TIME, '').trim();
}

// Arabic spelling variants folded before looking names up: short vowels and tatweel dropped,
// alef forms as bare alef, alef maqsura as ya, ta marbuta as ha.
const foldArabic = (w: string) =>
  w
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');

const MONTHS = new Map<string, number>();
const addMonths = (names: string) =>
  names.split(' ').forEach((n, i) => {
    if (n !== '-') MONTHS.set(foldArabic(n), i + 1);
  });
addMonths('january february march april may june july august september october november december');
addMonths('jan feb mar apr - jun jul aug sep oct nov dec');
addMonths('- - - - - - - - sept - - -');
// Levantine (Syriac) names; كانون and تشرين need the next word (الأول / الثاني)
addMonths('- شباط آذار نيسان أيار حزيران تموز آب أيلول - - -');
// Egyptian and Gulf names, with their common second spellings
addMonths('يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر');
addMonths('- - - إبريل - يونيه يوليه اغسطس - - - -');
// Maghreb: Algeria and Tunisia, then Morocco
addMonths('جانفي فيفري - أفريل ماي جوان جويلية أوت - - - -');
addMonths('- - - - - - يوليوز غشت شتنبر - نونبر دجنبر');
/** The Levantine two-word months: the first word, then "first" or "second". */
const TWO_WORD: Readonly<Record<string, readonly [number, number]>> = {
  كانون: [12, 1], // كانون الأول = December, كانون الثاني = January
  تشرين: [10, 11], // تشرين الأول = October, تشرين الثاني = November
};
const FIRST = new Set(['الاول', 'اول']);
const SECOND = new Set(['الثاني', 'ثاني']);
/** Words that may stand around a date without changing it: weekdays, "the", "of", year words. */
const FILLER = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun the of',
    'الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم عام سنة',
  ]
    .join(' ')
    .split(' ')
    .map(foldArabic),
);
const NUMBER_TOKEN = /^(\d+)(?:st|nd|rd|th|م)?$/;

/** A date with a month name: one month (or two names of the same month), a day and a four-digit year. */
function monthNameDate(core: string): string | null {
  const tokens = core.toLowerCase().split(/[\s,،/().-]+/);
  let month = 0;
  const numbers: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i];
    if (!raw) continue;
    const num = NUMBER_TOKEN.exec(raw);
    if (num) {
      numbers.push(num[1] ?? '');
      continue;
    }
    const w = foldArabic(raw);
    if (FILLER.has(w)) continue;
    let m = MONTHS.get(w);
    const pair = TWO_WORD[w];
    if (pair) {
      const next = foldArabic(tokens[i + 1] ?? '');
      m = FIRST.has(next) ? pair[0] : SECOND.has(next) ? pair[1] : undefined;
      i++;
    }
    if (m === undefined || (month !== 0 && m !== month)) return null;
    month = m;
  }
  if (month === 0 || numbers.length !== 2) return null;
  const [a = '', b = ''] = numbers;
  if (a.length === 4 && b.length <= 2) return isoDay(+a, month, +b);
  if (b.length === 4 && a.length <= 2) return isoDay(+b, month, +a);
  return null;
}

/**
 * The ISO day (YYYY-MM-DD) a cell writes, or null when it is not a date, not a real calendar day,
 * or could only be read by guessing (see the file's comment for every form read).
 */
export function parseDate(text: string, order: DayOrder): string | null {
  const core = dateCore(text);
  if (core === '') return null;
  let m = YEAR_FIRST.exec(core);
  if (m) return isoDay(+(m[1] ?? ''), +(m[3] ?? ''), +(m[4] ?? ''));
  m = YEAR_LAST.exec(core);
  if (m) {
    const first = +(m[1] ?? ''),
      second = +(m[3] ?? ''),
      year = +(m[4] ?? '');
    if (order === 'dmy') return isoDay(year, second, first);
    if (order === 'mdy') return isoDay(year, first, second);
    return null;
  }
  m = COMPACT.exec(core);
  if (m) return isoDay(+(m[1] ?? ''), +(m[2] ?? ''), +(m[3] ?? ''));
  return monthNameDate(core);
}

const EXCEL_SERIAL = /^\d{1,7}(?:\.\d+)?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The ISO day of an Excel serial day number (1900 date system, as Excel on Windows and
 * LibreOffice write them): 1 = 1900-01-01, 46074 = 2026-02-21. Excel counts a 29 February 1900
 * that never was (serial 60, kept for Lotus 1-2-3's bug), so serials from 61 on are one day ahead of
 * a plain count: 60 itself is null. A fraction (the time of day) is dropped.
 */
export function parseExcelSerial(text: string): string | null {
  const t = westernDigits(text).trim();
  if (!EXCEL_SERIAL.test(t)) return null;
  const n = Math.floor(Number(t));
  if (n < 1 || n === 60 || n > 2_958_465 /* 9999-12-31 */) return null;
  const day = n < 60 ? n + 1 : n;
  return new Date(EXCEL_EPOCH + day * 86_400_000).toISOString().slice(0, 10);
}

// ——— a whole column ———

/** Serials from 20000 (1954-10-03) to 80000 (2119-01-10): a column of such five-digit integers is read as Excel days. */
const SERIAL_LIKE = /^\d{5}(?:\.\d+)?$/;
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

/**
 * The convention a column of dates is written in, decided from its values (a sample is enough):
 * the form most values have (year-first numbers, `20260221`, month names, year-last numbers, Excel
 * serials); for year-last numbers, the order the values prove — a first part over 12 can only be a
 * day (dmy), a second part over 12 only a day (mdy). When no value proves it, the column is
 * `ambiguous`: the caller asks the person, it does not guess. When values prove both (a mixed
 * column), the order that reads more of them wins, its share below 1 showing the rest; a tie is
 * ambiguous. `share` is the part of the non-empty values that `dateReader` of the answer reads.
 */
export function inferDateFormat(samples: readonly string[]): DateInference {
  let n = 0;
  let iso = 0,
    compact = 0,
    monthName = 0,
    serial = 0,
    numeric = 0,
    dmy = 0,
    mdy = 0,
    dmyOnly = 0,
    mdyOnly = 0;
  const cores: string[] = [];
  for (const s of samples) {
    const core = dateCore(s);
    if (core === '') continue;
    n++;
    cores.push(core);
    if (YEAR_FIRST.test(core)) {
      if (parseDate(core, 'ymd')) iso++;
      continue;
    }
    const m = YEAR_LAST.exec(core);
    if (m) {
      const d = parseDate(core, 'dmy') !== null;
      const u = parseDate(core, 'mdy') !== null;
      if (d || u) numeric++;
      if (d) dmy++;
      if (u) mdy++;
      if (d && !u) dmyOnly++;
      if (u && !d) mdyOnly++;
      continue;
    }
    if (SERIAL_LIKE.test(core)) {
      const v = Number(core);
      if (v >= SERIAL_MIN && v <= SERIAL_MAX) serial++;
      continue;
    }
    if (COMPACT.test(core)) {
      if (parseDate(core, 'ymd')) compact++;
      continue;
    }
    if (monthNameDate(core)) monthName++;
  }
  if (n === 0) return { kind: 'none', share: 0 };
  // the most common form; on a tie, the one earlier in this list
  const counts = [
    ['iso', iso],
    ['compact', compact],
    ['month-name', monthName],
    ['numeric', numeric],
    ['excel-serial', serial],
  ] as const;
  let best: (typeof counts)[number] = counts[0];
  for (const c of counts) if (c[1] > best[1]) best = c;
  if (best[1] * 2 < n) return { kind: 'none', share: best[1] / n };
  const shareOf = (inf: DateInference) => {
    const read = dateReader(inf);
    if (!read) return numeric / n;
    let ok = 0;
    for (const c of cores) if (read(c) !== null) ok++;
    return ok / n;
  };
  if (best[0] !== 'numeric') {
    const inf = { kind: best[0], share: 0 };
    return { ...inf, share: shareOf(inf) };
  }
  let order: 'dmy' | 'mdy' | null = null;
  if (dmyOnly > 0 && mdyOnly === 0) order = 'dmy';
  else if (mdyOnly > 0 && dmyOnly === 0) order = 'mdy';
  else if (dmyOnly > 0 && mdyOnly > 0 && dmy !== mdy) order = dmy > mdy ? 'dmy' : 'mdy';
  if (order === null) return { kind: 'ambiguous', share: numeric / n };
  const inf: DateInference = { kind: 'numeric', order, share: 0 };
  return { ...inf, share: shareOf(inf) };
}

/**
 * The function that reads a column under an inferred convention, or null when there is none to
 * apply (`ambiguous`: ask which order; `none`). Year-first, compact and month-name columns are
 * read with `ymd`, so a stray `01/02/2026` among them is refused rather than guessed.
 */
export function dateReader(inference: DateInference): ((text: string) => string | null) | null {
  switch (inference.kind) {
    case 'excel-serial':
      return parseExcelSerial;
    case 'numeric': {
      const order = inference.order;
      return (t) => parseDate(t, order);
    }
    case 'iso':
    case 'compact':
    case 'month-name':
      return (t) => parseDate(t, 'ymd');
    default:
      return null;
  }
}

/**
 * `parseDate` with a memory: a file of 100,000 events has a few hundred distinct dates, so each is
 * read once. The memory is the returned function's own, and forgets everything past 20,000 values.
 */
export function cachedDateParser(order: DayOrder): (text: string) => string | null {
  const seen = new Map<string, string | null>();
  return (text) => {
    let d = seen.get(text);
    if (d === undefined) {
      d = parseDate(text, order);
      if (seen.size >= 20_000) seen.clear();
      seen.set(text, d);
    }
    return d;
  };
}

// ——— numbers ———

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A number written in a cell, or null (see the file's comment). With `decimalComma`, the comma is
 * the decimal separator and a dot makes the value unreadable (in that convention it groups
 * thousands); without it, a comma does. Arabic-Indic digits, the Arabic decimal separator `٫` and
 * the minus sign `−` are read. Infinity, NaN and hex are not numbers here.
 */
export function parseNumber(text: string, decimalComma: boolean): number | null {
  let s = westernDigits(text).trim();
  if (s === '') return null;
  if (NON_ASCII.test(s)) s = s.replace(/\u2212/g, '-').replace(/\u066b/g, decimalComma ? ',' : '.');
  if (decimalComma) {
    if (s.includes('.')) return null;
    s = s.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

const COMMA_DECIMAL = /^[+-]?\d*,(\d+)$/;
const DOT_DECIMAL = /^[+-]?\d*\.(\d+)$/;

/**
 * Whether a column of numbers uses decimal commas (`36,7062`, as a European spreadsheet saves
 * them). Values with exactly three digits after the separator (`1,234`, `1.234`) prove nothing —
 * they may group thousands — unless the whole part is 0; the convention with more proving values
 * wins, and with none (or a tie) the answer is the dot. Values it cannot read stay unreadable
 * (`parseNumber` returns null and the cell is reported), so nothing is silently read a thousand
 * times too large.
 */
export function inferDecimalComma(samples: readonly string[]): boolean {
  let comma = 0,
    dot = 0;
  const proves = (m: RegExpExecArray, s: string) => (m[1] ?? '').length !== 3 || /^[+-]?0?[,.]/.test(s);
  for (const raw of samples) {
    const s = westernDigits(raw).trim();
    let m = COMMA_DECIMAL.exec(s);
    if (m && proves(m, s)) comma++;
    m = DOT_DECIMAL.exec(s);
    if (m && proves(m, s)) dot++;
  }
  return comma > dot;
}
