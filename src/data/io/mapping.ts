/**
 * The column-mapping step: any table (a newsroom's sheet, a GIS export, a GeoJSON file's
 * properties through `geojsonAsTable`) read into `EventRecord`s once the person has said which
 * column is which. `proposeMapping` suggests the mapping from the header's names (English and
 * Arabic) and the values; the page shows it with the alternatives and a preview
 * (`mappingSummary`); `applyMapping` reads the whole table with the mapping chosen.
 *
 * Rows and columns, in every function here:
 * - `header` is the table's first row and `rows` the rows after it; `firstRowNumber` is the
 *   number a spreadsheet shows for `rows[0]` (2 when the header is row 1). When the mapping says
 *   there is no header (`hasHeader: false`), the first row is data too (row `firstRowNumber - 1`).
 * - Columns are named by `columnNames`: the header's text, trimmed; a column with an empty or
 *   repeated name, a column past the header's end, and every column of a table without a header
 *   is named by its spreadsheet letter (`C`, or `Notes (C)` for a repeated `Notes`). A mapping
 *   refers to columns by these names, so it can be saved and used again for the next file with
 *   the same header.
 * - Blank rows are skipped: not records, not errors.
 *
 * Reading a row (`applyMapping`):
 * - The date is required: a row whose date cell is empty or cannot be read is left out and
 *   reported (row, column, why). Dates are read with the mapping's convention (`dates.ts`); with
 *   no convention chosen (`date: null`, a column where every day-month pair could be read either
 *   way), a year-last numeric date that could be either is reported as `ambiguous-date`, never
 *   guessed; ISO dates, month names and pairs only one order can read are read.
 * - An end date that cannot be read, or is before the date, is reported and left out; the row
 *   is kept, as one day.
 * - Coordinates: a row whose coordinate cells are empty is kept without lat/lon (listed, not
 *   mapped) and counted in `unmapped`, silently. A coordinate that is there but cannot be read or
 *   is out of range is ALSO reported (`bad-coordinate`, `coordinate-out-of-range`, or `missing`
 *   for the other half of a pair): the row is still kept, but a typo that takes an event off the
 *   map must be visible, not silent.
 * - A source link that is not http(s) is reported and left out (`url-not-http`); the outlet is
 *   kept. A link without a scheme that starts with `www.` is read as https. A source cell may
 *   name several outlets separated by `;` (as ACLED writes them), a link cell several links
 *   separated by spaces or `;`: the n-th link goes with the n-th outlet; a link without an
 *   outlet is cited by its host name.
 * - A row without a title gets one from its category and place ("Shelling — Raqqa"), or its date.
 * - Every column no role uses becomes an attribute under its name; empty cells are left out. A
 *   column is numbers when every non-empty cell in the whole column reads as a number under the
 *   mapping's decimal-comma setting and none has a leading zero (`007` is a code, not seven).
 * - Precision is `exact`: a table's dates say a day.
 *
 * Speed: every decision about a column (which reader, whether its attribute is numbers) is made
 * once per column before the rows are read; dates are read through a cache (a file has far fewer
 * distinct dates than rows). 100,000 rows of 8 columns read in well under a second.
 */
import type { DataProblem } from '../problems';
import { inferDateFormat, inferDecimalComma, parseDate, parseExcelSerial, parseNumber } from './dates';
import type { DateInference, DayOrder } from './dates';
import { GEOMETRY_COLUMNS } from './geojsonTable';
import { nameScore, ROLES, type Role } from './mappingNames';
import type { AttributeValue, EventRecord, RecordSource } from './record';
import { isBlankRow } from './table';

export { ROLES, type Role } from './mappingNames';

/**
 * How the date columns are written: `ymd` reads ISO dates, `20260221` and month names (and refuses
 * year-last numbers); `dmy` / `mdy` read those and year-last numbers in that order;
 * `excel-serial` reads spreadsheet day numbers (and ISO dates).
 */
export type DateConvention = DayOrder | 'excel-serial';

export interface ColumnMapping {
  version: 1;
  /** The column (by its `columnNames` name) each role reads from; a role left out is not read. */
  roles: Partial<Record<Role, string>>;
  /** The date columns' convention; null when not chosen (see the module's comment: nothing is guessed). */
  date: DateConvention | null;
  /** Numbers use a decimal comma (`36,7062`). */
  decimalComma: boolean;
  /** The first row names the columns. */
  hasHeader: boolean;
}

export interface Proposal {
  /** The mapping proposed: every role found, the conventions the values show. */
  mapping: ColumnMapping;
  /** The column names, for the page's choices (`columnNames`). */
  columns: string[];
  /**
   * For each role, the columns whose name or values fit it, best first (the proposed one first);
   * empty when none does (the person can still pick any column).
   */
  candidates: Record<Role, string[]>;
  /**
   * What the date and end-date values show (`inferDateFormat` over both columns); null without a
   * date column. `kind: 'ambiguous'`: the person must choose day/month or month/day (the
   * mapping's `date` is null until then).
   */
  dateInference: DateInference | null;
}

export interface CellError {
  /** The row's number as a spreadsheet shows it. */
  row: number;
  /** The column's name ('' when the mapping names no date column at all). */
  column: string;
  problem: DataProblem;
}

export interface MappedTable {
  /** The rows read, in file order. */
  records: EventRecord[];
  /** Each record's row number as a spreadsheet shows it (parallel to `records`). */
  rows: number[];
  /** Every cell that could not be read; a row is left out only for its date (see the module's comment). */
  errors: CellError[];
  /** Records without coordinates (listed, not mapped). */
  unmapped: number;
}

export interface MappingSummary {
  /** Rows that would become records. */
  kept: number;
  /** Rows that would be left out: no readable date. */
  noDate: number;
  /** Rows kept but not on the map: no readable coordinates. */
  noLocation: number;
}

// ——— rows and column names ———

/** The table's data rows as one list without copying it: the first row is data when there is no header. */
interface Rows {
  length: number;
  at(i: number): readonly string[];
  /** The spreadsheet row number of row i. */
  number(i: number): number;
}

function dataRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  hasHeader: boolean,
  firstRowNumber: number,
): Rows {
  if (hasHeader) return { length: rows.length, at: (i) => rows[i] ?? [], number: (i) => firstRowNumber + i };
  return {
    length: rows.length + 1,
    at: (i) => (i === 0 ? header : (rows[i - 1] ?? [])),
    number: (i) => firstRowNumber - 1 + i,
  };
}

/** A column's spreadsheet letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** How many columns the table has: the header's, or more when a row is longer. */
function widthOf(header: readonly string[], rows: readonly (readonly string[])[]): number {
  let w = header.length;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}

/** The names the mapping uses for the table's columns (see the module's comment). */
export function columnNames(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  hasHeader: boolean,
): string[] {
  const width = widthOf(header, rows);
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < width; i++) {
    const text = hasHeader ? (header[i] ?? '').trim() : '';
    const letter = columnLetter(i);
    let name = text === '' ? letter : seen.has(text) ? `${text} (${letter})` : text;
    // a header that itself says "Notes (C)" or "C" must not meet a generated name
    for (let k = 2; seen.has(name); k++) name = `${text || letter} (${letter}${k})`;
    seen.add(name);
    names.push(name);
  }
  return names;
}

// ——— reading cells ———

const trimmed = (row: readonly string[], col: number): string => (col < 0 ? '' : (row[col] ?? '').trim());

/** The function reading a date cell under a convention (null: only values that cannot be misread). */
function dateParser(convention: DateConvention | null): (text: string) => string | null {
  const read =
    convention === 'excel-serial'
      ? (t: string) => parseExcelSerial(t) ?? parseDate(t, 'ymd')
      : convention === null
        ? (t: string) => {
            const ymd = parseDate(t, 'ymd');
            if (ymd !== null) return ymd;
            const d = parseDate(t, 'dmy'),
              m = parseDate(t, 'mdy');
            return d === null ? m : m === null || m === d ? d : null;
          }
        : (t: string) => parseDate(t, convention);
  // a file has few distinct dates: read each once (kept small: the memory is per call)
  const seen = new Map<string, string | null>();
  return (text) => {
    let d = seen.get(text);
    if (d === undefined) {
      d = read(text);
      if (seen.size >= 20_000) seen.clear();
      seen.set(text, d);
    }
    return d;
  };
}

/** Why a date cell could not be read (it is not empty). */
function dateProblem(text: string, convention: DateConvention | null): DataProblem {
  if (convention === null && parseDate(text, 'dmy') !== null && parseDate(text, 'mdy') !== null)
    return { code: 'ambiguous-date', text };
  return { code: 'unreadable-date', text };
}

/** "36.7, 40.1", "36.7 40.1", "(36.7, 40.1)", "36,7; 40,1" (decimal commas), or WKT "POINT (40.1 36.7)". */
function readPair(text: string, decimalComma: boolean): [number, number] | null {
  const wkt = /^point\s*\(\s*(\S+)\s+(\S+)\s*\)$/i.exec(text);
  if (wkt) {
    const lon = parseNumber(wkt[1] ?? '', decimalComma),
      lat = parseNumber(wkt[2] ?? '', decimalComma);
    return lat === null || lon === null ? null : [lat, lon];
  }
  const inner = text.replace(/^[([]\s*/, '').replace(/\s*[)\]]$/, '');
  const parts = inner.split(decimalComma ? /\s*;\s*|\s+/ : /\s*[,;]\s*|\s+/);
  if (parts.length !== 2) return null;
  const lat = parseNumber(parts[0] ?? '', decimalComma),
    lon = parseNumber(parts[1] ?? '', decimalComma);
  return lat === null || lon === null ? null : [lat, lon];
}

type Coordinates =
  | { kind: 'none' }
  | { kind: 'ok'; lat: number; lon: number }
  | { kind: 'bad'; lat?: number; lon?: number; errors: { col: number; problem: DataProblem }[] };

const inRange = (v: number, axis: 'lat' | 'lon') => Math.abs(v) <= (axis === 'lat' ? 90 : 180);

/**
 * The function reading a row's coordinates with the mapping's columns. Both 0 is no location, with
 * its problem (`zero-coordinates`, as the format readers say: formats/common.ts): the row is kept.
 */
function coordinateReader(
  cols: { lat: number; lon: number; latlon: number },
  decimalComma: boolean,
): (row: readonly string[]) => Coordinates {
  const read = coordinateCells(cols, decimalComma);
  const col = cols.lat >= 0 ? cols.lat : cols.latlon;
  return (row) => {
    const at = read(row);
    return at.kind === 'ok' && at.lat === 0 && at.lon === 0
      ? { kind: 'bad', errors: [{ col, problem: { code: 'zero-coordinates' } }] }
      : at;
  };
}

function coordinateCells(
  cols: { lat: number; lon: number; latlon: number },
  decimalComma: boolean,
): (row: readonly string[]) => Coordinates {
  if (cols.lat >= 0 || cols.lon >= 0) {
    return (row) => {
      const texts = { lat: trimmed(row, cols.lat), lon: trimmed(row, cols.lon) };
      if (texts.lat === '' && texts.lon === '') return { kind: 'none' };
      const errors: { col: number; problem: DataProblem }[] = [];
      const value = (axis: 'lat' | 'lon'): number | null => {
        const col = cols[axis];
        if (col < 0) return null; // the mapping has only the other half
        const text = texts[axis];
        if (text === '') {
          errors.push({ col, problem: { code: 'missing' } });
          return null;
        }
        const v = parseNumber(text, decimalComma);
        if (v === null) errors.push({ col, problem: { code: 'bad-coordinate', text } });
        else if (!inRange(v, axis))
          errors.push({ col, problem: { code: 'coordinate-out-of-range', text, axis } });
        else return v;
        return null;
      };
      const lat = value('lat'),
        lon = value('lon');
      return lat !== null && lon !== null ? { kind: 'ok', lat, lon } : { kind: 'bad', errors };
    };
  }
  if (cols.latlon >= 0) {
    return (row) => {
      const text = trimmed(row, cols.latlon);
      if (text === '') return { kind: 'none' };
      const pair = readPair(text, decimalComma);
      if (!pair)
        return { kind: 'bad', errors: [{ col: cols.latlon, problem: { code: 'bad-coordinate', text } }] };
      const [lat, lon] = pair;
      if (!inRange(lat, 'lat'))
        return {
          kind: 'bad',
          errors: [{ col: cols.latlon, problem: { code: 'coordinate-out-of-range', text, axis: 'lat' } }],
        };
      if (!inRange(lon, 'lon'))
        return {
          kind: 'bad',
          errors: [{ col: cols.latlon, problem: { code: 'coordinate-out-of-range', text, axis: 'lon' } }],
        };
      return { kind: 'ok', lat, lon };
    };
  }
  return () => ({ kind: 'none' });
}

/** A plain http(s) link, recognised without the cost of a URL parser (most links in a file look like this). */
const PLAIN_LINK = /^https?:\/\/(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * A link as the app keeps it, and the host that names its outlet when the file names none:
 * http(s) only; `www.…` without a scheme is read as https. The link is kept as written.
 */
function readUrl(text: string): { url: string; host: string } | { problem: DataProblem } {
  const t = /^www\./i.test(text) ? `https://${text}` : text;
  const plain = PLAIN_LINK.exec(t);
  if (plain) return { url: t, host: (plain[1] ?? '').toLowerCase() };
  let u: URL;
  try {
    u = new URL(t);
  } catch {
    return { problem: { code: 'bad-url' } };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return { problem: { code: 'url-not-http', scheme: u.protocol.replace(/:$/, '') } };
  return { url: t, host: u.hostname.replace(/^www\./, '') };
}

const LEADING_ZERO = /^[+-]?0\d/;

/** Each attribute column's values as numbers when the whole column is numbers (else null: text). */
function numericColumn(data: Rows, col: number, decimalComma: boolean): Float64Array | null {
  const values = new Float64Array(data.length).fill(NaN);
  let any = false;
  for (let i = 0; i < data.length; i++) {
    const text = trimmed(data.at(i), col);
    if (text === '') continue;
    if (LEADING_ZERO.test(text)) return null;
    const v = parseNumber(text, decimalComma);
    if (v === null) return null;
    values[i] = v;
    any = true;
  }
  return any ? values : null;
}

interface Compiled {
  data: Rows;
  names: string[];
  col: Record<Role, number>;
  readDate: (text: string) => string | null;
  readCoordinates: (row: readonly string[]) => Coordinates;
}

function compile(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
): Compiled {
  const data = dataRows(header, rows, mapping.hasHeader, firstRowNumber);
  const names = columnNames(header, rows, mapping.hasHeader);
  const index = new Map(names.map((n, i) => [n, i]));
  const col = Object.fromEntries(
    ROLES.map((r) => {
      const name = mapping.roles[r];
      return [r, name === undefined ? -1 : (index.get(name) ?? -1)];
    }),
  ) as Record<Role, number>;
  return {
    data,
    names,
    col,
    readDate: dateParser(mapping.date),
    readCoordinates: coordinateReader(col, mapping.decimalComma),
  };
}

/** Reads the whole table with a mapping (see the module's comment for what each row gives). */
export function applyMapping(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
): MappedTable {
  const { data, names, col, readDate, readCoordinates } = compile(header, rows, mapping, firstRowNumber);
  const used = new Set(Object.values(col).filter((c) => c >= 0));
  const attributes = names
    .map((name, c) => ({ name, c }))
    .filter(({ c }) => !used.has(c))
    .map((a) => ({ ...a, numbers: numericColumn(data, a.c, mapping.decimalComma) }));
  const records: EventRecord[] = [];
  const recordRows: number[] = [];
  const errors: CellError[] = [];
  let unmapped = 0;
  const dateColumn = col.date >= 0 ? (names[col.date] ?? '') : '';
  const report = (row: number, c: number, problem: DataProblem) =>
    errors.push({ row, column: names[c] ?? '', problem });
  const linkProblems: DataProblem[] = [];

  for (let i = 0; i < data.length; i++) {
    const row = data.at(i);
    if (isBlankRow(row)) continue;
    const n = data.number(i);

    const dateText = trimmed(row, col.date);
    const date = dateText === '' ? null : readDate(dateText);
    if (date === null) {
      errors.push({
        row: n,
        column: dateColumn,
        problem: dateText === '' ? { code: 'missing' } : dateProblem(dateText, mapping.date),
      });
      continue;
    }
    const record: EventRecord = {
      id: trimmed(row, col.id) || null,
      date,
      precision: 'exact',
      category: trimmed(row, col.category) || null,
      title: '',
      sources: [],
      attributes: {},
    };

    const endText = trimmed(row, col.endDate);
    if (endText !== '') {
      const end = readDate(endText);
      if (end === null) report(n, col.endDate, dateProblem(endText, mapping.date));
      else if (end < date) report(n, col.endDate, { code: 'end-before-start', date: end });
      else if (end > date) record.endDate = end;
    }

    const summary = trimmed(row, col.summary);
    if (summary) record.summary = summary;
    const location = trimmed(row, col.location);
    if (location) record.location = location;
    record.title = trimmed(row, col.title) || [record.category, location].filter(Boolean).join(' — ') || date;

    const at = readCoordinates(row);
    if (at.kind === 'ok') {
      record.lat = at.lat;
      record.lon = at.lon;
    } else {
      unmapped++;
      if (at.kind === 'bad') for (const e of at.errors) report(n, e.col, e.problem);
    }

    const outletText = trimmed(row, col.source);
    const urlText = trimmed(row, col.sourceUrl);
    if (outletText || urlText) {
      record.sources = readSources(outletText, urlText, linkProblems);
      for (const p of linkProblems) report(n, col.sourceUrl, p);
      linkProblems.length = 0;
    }

    const attrs: Record<string, AttributeValue> = record.attributes;
    for (const a of attributes) {
      if (a.numbers) {
        const v = a.numbers[i] ?? NaN;
        if (!Number.isNaN(v)) attrs[a.name] = v;
      } else {
        const text = trimmed(row, a.c);
        if (text) attrs[a.name] = text;
      }
    }
    records.push(record);
    recordRows.push(n);
  }
  return { records, rows: recordRows, errors, unmapped };
}

/** A row's sources (see the module's comment); links it cannot keep are added to `problems`. */
function readSources(outletText: string, urlText: string, problems: DataProblem[]): RecordSource[] {
  const link = (text: string) => {
    const r = readUrl(text);
    if ('problem' in r) problems.push(r.problem);
    return 'problem' in r ? null : r;
  };
  // the usual cell: one outlet, at most one link
  if (!outletText.includes(';') && !/[\s;]/.test(urlText)) {
    const l = urlText ? link(urlText) : null;
    const outlet = outletText || l?.host;
    if (!outlet) return [];
    return [l ? { outlet, url: l.url } : { outlet }];
  }
  const outlets = outletText
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const links = urlText
    .split(/[\s;]+/)
    .filter(Boolean)
    .map(link);
  const sources: RecordSource[] = [];
  for (let k = 0; k < Math.max(outlets.length, links.length); k++) {
    const l = links[k];
    const outlet = outlets[k] ?? l?.host;
    if (outlet) sources.push(l ? { outlet, url: l.url } : { outlet });
  }
  return sources;
}

/**
 * How many rows a mapping would keep, leave out for their date, and keep off the map: the
 * preview's numbers, cheap enough to recount on every change for a sample of a few thousand rows.
 */
export function mappingSummary(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
): MappingSummary {
  const { data, col, readDate, readCoordinates } = compile(header, rows, mapping, 2);
  let kept = 0,
    noDate = 0,
    noLocation = 0;
  for (let i = 0; i < data.length; i++) {
    const row = data.at(i);
    if (isBlankRow(row)) continue;
    const text = trimmed(row, col.date);
    if (text === '' || readDate(text) === null) {
      noDate++;
      continue;
    }
    kept++;
    if (readCoordinates(row).kind !== 'ok') noLocation++;
  }
  return { kept, noDate, noLocation };
}

// ——— proposing a mapping ———

/** What a column's (sample) values look like. */
interface ColumnProfile {
  filled: number;
  /** cells that read as numbers, and their range */
  numbers: number;
  min: number;
  max: number;
  fractions: number;
  /** cells that read as a "lat, lon" pair in range */
  pairs: number;
  urls: number;
  values: string[];
}

function profile(data: Rows, c: number, limit: number, decimalComma: boolean): ColumnProfile {
  const p: ColumnProfile = {
    filled: 0,
    numbers: 0,
    min: Infinity,
    max: -Infinity,
    fractions: 0,
    pairs: 0,
    urls: 0,
    values: [],
  };
  for (let i = 0; i < Math.min(data.length, limit); i++) {
    const text = trimmed(data.at(i), c);
    if (text === '') continue;
    p.filled++;
    p.values.push(text);
    const v = parseNumber(text, decimalComma);
    if (v !== null) {
      p.numbers++;
      if (v < p.min) p.min = v;
      if (v > p.max) p.max = v;
      if (!Number.isInteger(v)) p.fractions++;
    } else {
      const pair = readPair(text, decimalComma);
      if (pair && inRange(pair[0], 'lat') && inRange(pair[1], 'lon')) p.pairs++;
      else if (/^(https?:\/\/|www\.)\S+$/i.test(text)) p.urls++;
    }
  }
  return p;
}

/** Most of the column (80 %) is numbers, within ±limit, and some have decimals (coordinates always do). */
const coordinateLike = (p: ColumnProfile, limit: number) =>
  p.filled > 0 && p.numbers >= 0.8 * p.filled && p.fractions > 0 && p.min >= -limit && p.max <= limit;

/** Whether a (non-empty) column's values can play a role its name suggests. */
function valuesFit(r: Role, p: ColumnProfile, inference: DateInference | null | undefined): boolean {
  switch (r) {
    case 'lat':
      return coordinateLike(p, 90);
    case 'lon':
      return coordinateLike(p, 180);
    case 'latlon':
      return p.pairs >= 0.8 * p.filled;
    case 'date':
    case 'endDate':
      return !!inference && inference.kind !== 'none';
    case 'sourceUrl':
      return p.urls >= 0.5 * p.filled;
    default:
      // a text: not a column of coordinates or of links under a text's name
      return p.pairs < 0.8 * p.filled && p.urls < 0.8 * p.filled;
  }
}

/** The convention a date inference points to; null when it leaves the choice to the person. */
export function conventionOf(inference: DateInference): DateConvention | null {
  switch (inference.kind) {
    case 'numeric':
      return inference.order;
    case 'excel-serial':
      return 'excel-serial';
    case 'ambiguous':
      return null;
    default:
      return 'ymd';
  }
}

/** Distinct non-empty values of some columns (a date column has few distinct values). */
function distinctValues(data: Rows, cols: readonly number[]): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < data.length; i++) {
    const row = data.at(i);
    for (const c of cols) {
      const t = trimmed(row, c);
      if (t !== '') seen.add(t);
    }
  }
  return [...seen];
}

/**
 * The date convention for the mapping's date and end-date columns, from all their values (call
 * it again when the person picks another date column). null when the mapping has no date column.
 */
export function inferDateConvention(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: Pick<ColumnMapping, 'roles' | 'hasHeader'>,
): { inference: DateInference; convention: DateConvention | null } | null {
  const names = columnNames(header, rows, mapping.hasHeader);
  const cols = [mapping.roles.date, mapping.roles.endDate]
    .map((n) => (n === undefined ? -1 : names.indexOf(n)))
    .filter((c) => c >= 0);
  if (cols.length === 0 || mapping.roles.date === undefined) return null;
  const inference = inferDateFormat(distinctValues(dataRows(header, rows, mapping.hasHeader, 2), cols));
  return { inference, convention: conventionOf(inference) };
}

/** Rows looked at to propose a mapping: enough to see a column's kind, few enough to stay instant. */
const SAMPLE_ROWS = 2000;

/** Whether a cell looks like a value rather than a column's name. */
const looksLikeValue = (cell: string) =>
  cell.trim() !== '' &&
  (parseNumber(cell, false) !== null ||
    parseNumber(cell, true) !== null ||
    parseDate(cell, 'dmy') !== null ||
    parseDate(cell, 'mdy') !== null ||
    /^(https?:\/\/|www\.)/i.test(cell.trim()));

/**
 * The mapping the header's names and the values suggest, with the alternatives for each role and
 * what the dates show (see `Proposal`). The first row is taken as data, not names, when no cell of
 * it names a role and one of them is a number, a date or a link (GDELT, some UCDP releases).
 */
export function proposeMapping(header: readonly string[], rows: readonly (readonly string[])[]): Proposal {
  const hasHeader =
    header.some((cell) => ROLES.some((r) => nameScore(cell, r) > 0)) || !header.some(looksLikeValue);
  const names = columnNames(header, rows, hasHeader);
  const data = dataRows(header, rows, hasHeader, 2);
  const width = names.length;

  // the decimal separator, from every cell of the sample that is a plain decimal
  const cells: string[] = [];
  for (let i = 0; i < Math.min(data.length, SAMPLE_ROWS); i++) for (const c of data.at(i)) cells.push(c);
  const decimalComma = inferDecimalComma(cells);

  const profiles = names.map((_, c) => profile(data, c, SAMPLE_ROWS, decimalComma));
  const dateInferences = profiles.map((p) => (p.filled ? inferDateFormat(p.values) : null));

  // scores: 4 the GeoJSON geometry, 3 a whole name, 2 a word of a name, 1 the values alone
  const scores = new Map<Role, Map<number, number>>(ROLES.map((r) => [r, new Map()]));
  const score = (r: Role, c: number, s: number) => {
    const m = scores.get(r);
    if (m && s > (m.get(c) ?? 0)) m.set(c, s);
  };
  for (let c = 0; c < width; c++) {
    const p = profiles[c];
    const inference = dateInferences[c];
    if (!p) continue;
    const name = names[c] ?? '';
    for (const r of ROLES) {
      const s = hasHeader ? nameScore(name, r) : 0;
      // a name is believed unless the values contradict it (an empty column contradicts nothing)
      if (s > 0 && (p.filled === 0 || valuesFit(r, p, inference))) score(r, c, s);
    }
    if (p.filled === 0) continue;
    if (hasHeader && name === GEOMETRY_COLUMNS.lat && coordinateLike(p, 90)) score('lat', c, 4);
    if (hasHeader && name === GEOMETRY_COLUMNS.lon && coordinateLike(p, 180)) score('lon', c, 4);
    // the values alone
    if (p.pairs >= 0.8 * p.filled) score('latlon', c, 1);
    if (p.urls >= 0.8 * p.filled) score('sourceUrl', c, 1);
    // a lone number is not a date: Excel serials only under a date's name
    if (inference && inference.kind !== 'none' && inference.kind !== 'excel-serial' && inference.share >= 0.8)
      score('date', c, 1);
  }
  // a column of latitudes next to one of longitudes (either way round; lat first when both could be either)
  for (let c = 0; c + 1 < width; c++) {
    const a = profiles[c],
      b = profiles[c + 1];
    if (!a || !b) continue;
    if (coordinateLike(a, 90) && coordinateLike(b, 180)) {
      score('lat', c, 1);
      score('lon', c + 1, 1);
    } else if (coordinateLike(a, 180) && coordinateLike(b, 90)) {
      score('lon', c, 1);
      score('lat', c + 1, 1);
    }
  }

  // each role its best column, each column one role, the strongest evidence first
  const pairs: { r: Role; c: number; s: number }[] = [];
  for (const [r, m] of scores) for (const [c, s] of m) pairs.push({ r, c, s });
  const roleOrder = (r: Role) => ROLES.indexOf(r);
  pairs.sort((x, y) => y.s - x.s || roleOrder(x.r) - roleOrder(y.r) || x.c - y.c);
  const chosen = new Map<Role, number>();
  const taken = new Set<number>();
  const assign = (exclude: (r: Role) => boolean) => {
    for (const { r, c } of pairs) {
      if (chosen.has(r) || taken.has(c) || exclude(r)) continue;
      if (r === 'latlon' && (chosen.has('lat') || chosen.has('lon'))) continue;
      if ((r === 'lat' || r === 'lon') && chosen.has('latlon')) continue;
      chosen.set(r, c);
      taken.add(c);
    }
  };
  assign(() => false);
  // half a pair of coordinates places nothing: give its column back and look for a "lat, lon" column
  if (chosen.has('lat') !== chosen.has('lon')) {
    for (const r of ['lat', 'lon'] as const) {
      const c = chosen.get(r);
      if (c !== undefined) taken.delete(c);
      chosen.delete(r);
    }
    assign((r) => r === 'lat' || r === 'lon');
  }

  const roles: Partial<Record<Role, string>> = {};
  for (const [r, c] of chosen) roles[r] = names[c];
  const candidates = Object.fromEntries(
    ROLES.map((r) => {
      const m = scores.get(r) ?? new Map<number, number>();
      const first = chosen.get(r);
      const order = [...m.entries()].sort((x, y) =>
        x[0] === first ? -1 : y[0] === first ? 1 : y[1] - x[1] || x[0] - y[0],
      );
      return [r, order.map(([c]) => names[c] ?? '')];
    }),
  ) as Record<Role, string[]>;

  const dates = inferDateConvention(header, rows, { roles, hasHeader });
  return {
    mapping: {
      version: 1,
      roles,
      date: dates ? dates.convention : 'ymd',
      decimalComma,
      hasHeader,
    },
    columns: names,
    candidates,
    dateInference: dates?.inference ?? null,
  };
}

// ——— a mapping kept from an earlier visit ———

const CONVENTIONS = new Set<unknown>(['ymd', 'dmy', 'mdy', 'excel-serial', null]);

/** A stored value as a mapping of this version, or null when it is not one (another version, damaged). */
export function asColumnMapping(x: unknown): ColumnMapping | null {
  if (x === null || typeof x !== 'object') return null;
  const m = x as Record<string, unknown>;
  if (m.version !== 1 || typeof m.decimalComma !== 'boolean' || typeof m.hasHeader !== 'boolean') return null;
  if (!CONVENTIONS.has(m.date)) return null;
  const r = m.roles;
  if (r === null || typeof r !== 'object' || Array.isArray(r)) return null;
  const roles: Partial<Record<Role, string>> = {};
  for (const [k, v] of Object.entries(r)) {
    if (!(ROLES as readonly string[]).includes(k) || typeof v !== 'string') return null;
    roles[k as Role] = v;
  }
  return {
    version: 1,
    roles,
    date: m.date as DateConvention | null,
    decimalComma: m.decimalComma,
    hasHeader: m.hasHeader,
  };
}

/** Whether every column a mapping names is in this table (a saved mapping fits the file). */
export function mappingFits(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
): boolean {
  const names = new Set(columnNames(header, rows, mapping.hasHeader));
  return Object.values(mapping.roles).every((n) => names.has(n));
}
