/**
 * What the format readers share: header matching, cells, coordinates, links and attributes. Plain
 * checks only (a reader converts 100,000 rows): no schema per row, no work a column could do once.
 */
import type { AttributeValue, RecordSource } from '../record';
import { parseNumber, westernDigits } from '../dates';
import type { CellProblem, Cells } from './types';

/** A header cell as readers compare it: no byte-order mark or surrounding space, lower case. */
export const headerKey = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/** Whether a header row has every one of these columns (any case, any order, others allowed). */
export function hasColumns(firstRow: readonly string[], required: readonly string[]): boolean {
  const names = new Set(firstRow.map(headerKey));
  return required.every((c) => names.has(c.toLowerCase()));
}

/** A cell's text, trimmed ('' when the row has no such cell). */
export const cell = (cells: Cells, name: string): string => (cells[name] ?? '').trim();

/**
 * A latitude or longitude. A comma is read as the decimal separator when the value has no dot:
 * degrees never need a thousands separator (no coordinate reaches 1,000), so `36,7062` can only be
 * 36.7062 — a European spreadsheet's way of writing it. Everything else is `parseNumber`'s.
 */
export function parseCoordinate(text: string): number | null {
  const t = westernDigits(text);
  return parseNumber(t, t.includes(',') && !t.includes('.'));
}

/**
 * The coordinates of a row: both or neither. Two empty cells are no problem (the record is listed,
 * not mapped); one empty cell, a value that is not a number, or one out of range is a problem
 * that keeps the row out (pushed to `problems`). Both 0 is read as no location, with a warning
 * (`zero-coordinates`): exports use it for "unknown", and a point in the Gulf of Guinea lies
 * outside the map's bounds anyway.
 */
export function readCoordinates(
  cells: Cells,
  latColumn: string,
  lonColumn: string,
  problems: CellProblem[],
  warnings: CellProblem[],
): { lat: number; lon: number } | null {
  const latText = cell(cells, latColumn);
  const lonText = cell(cells, lonColumn);
  if (latText === '' && lonText === '') return null;
  if (latText === '' || lonText === '') {
    problems.push({ column: latText === '' ? latColumn : lonColumn, problem: { code: 'lat-lon-together' } });
    return null;
  }
  const lat = coordinate(latText, latColumn, 'lat', problems);
  const lon = coordinate(lonText, lonColumn, 'lon', problems);
  if (lat === null || lon === null) return null;
  // 0, 0 ("null island", in the Gulf of Guinea) stands for "no location" in many exports
  if (lat === 0 && lon === 0) {
    warnings.push({ column: latColumn, problem: { code: 'zero-coordinates' } });
    return null;
  }
  return { lat, lon };
}

function coordinate(
  text: string,
  column: string,
  axis: 'lat' | 'lon',
  problems: CellProblem[],
): number | null {
  const v = parseCoordinate(text);
  if (v === null) {
    problems.push({ column, problem: { code: 'bad-coordinate', text } });
    return null;
  }
  if (Math.abs(v) > (axis === 'lat' ? 90 : 180)) {
    problems.push({ column, problem: { code: 'coordinate-out-of-range', text, axis } });
    return null;
  }
  return v;
}

/**
 * The date of a required date column, or null with its problem: `missing` when empty,
 * `unreadable-date` when `read` cannot read it.
 */
export function readDate(
  cells: Cells,
  column: string,
  read: (text: string) => string | null,
  problems: CellProblem[],
): string | null {
  const text = cell(cells, column);
  if (text === '') {
    problems.push({ column, problem: { code: 'missing' } });
    return null;
  }
  const d = read(text);
  if (d === null) problems.push({ column, problem: { code: 'unreadable-date', text } });
  return d;
}

/** The outlets named in a cell, separated by `;` (ACLED `source`, UCDP `source_office`). */
export const splitList = (text: string): string[] =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const SCHEME = /^([a-z][a-z0-9+.-]*):(\/\/)?/i;
/** Schemes that are links even without `//` (and never safe to keep). */
const LINK_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file', 'blob', 'mailto', 'ftp', 'about']);

/**
 * A source from a cell that holds a link or a citation (GDELT's SOURCEURL, timemap's sources): an
 * http(s) link becomes `{ outlet: its host, url }`; a link of any other scheme is refused and
 * reported (`url-not-http`), an http link that does not parse too (`bad-url`); text that is no link
 * ("BBC Monitoring", "Note: …") is the outlet's name, without a url.
 */
export function sourceFromLink(text: string, column: string, warnings: CellProblem[]): RecordSource | null {
  const t = text.trim();
  if (t === '') return null;
  const m = SCHEME.exec(t);
  const scheme = m?.[1]?.toLowerCase();
  if (!m || !scheme || (scheme !== 'http' && scheme !== 'https' && !m[2] && !LINK_SCHEMES.has(scheme)))
    return { outlet: t };
  if (scheme !== 'http' && scheme !== 'https') {
    warnings.push({ column, problem: { code: 'url-not-http', scheme } });
    return null;
  }
  let url: URL | null = null;
  try {
    url = new URL(t);
  } catch {
    // reported below
  }
  if (!url?.hostname || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    warnings.push({ column, problem: { code: 'bad-url' } });
    return null;
  }
  return { outlet: url.hostname.replace(/^www\./, ''), url: url.href };
}

/** Copies the non-empty text cells of these columns into `attributes`, by column name. */
export function textAttributes(
  cells: Cells,
  columns: readonly string[],
  attributes: Record<string, AttributeValue>,
): void {
  for (const c of columns) {
    const v = cell(cells, c);
    if (v !== '') attributes[c] = v;
  }
}

/**
 * Copies the numbers of these columns into `attributes`; a cell that is not a number is left out
 * and reported (`not-a-number`, a warning: the row is kept). `skip` leaves out values that mean
 * "unknown" (UCDP writes -1 for an unknown number of sources).
 */
export function numberAttributes(
  cells: Cells,
  columns: readonly string[],
  attributes: Record<string, AttributeValue>,
  warnings: CellProblem[],
  skip?: (v: number) => boolean,
): void {
  for (const c of columns) {
    const text = cell(cells, c);
    if (text === '') continue;
    const v = parseNumber(text, false);
    if (v === null) warnings.push({ column: c, problem: { code: 'not-a-number', text } });
    else if (!skip?.(v)) attributes[c] = v;
  }
}

/** A short title from its parts: the ones present, joined by " — ". */
export const joinTitle = (...parts: (string | undefined)[]): string =>
  parts.filter((p): p is string => p !== undefined && p !== '').join(' — ');

/**
 * A cell holding a code from the format's codebook (a precision level, a type), read through its
 * table. Empty: `undefined`. A code the table lacks keeps the row: `unknown` stands in (the least
 * precise reading, or no category) and a warning names the cell, its text and the known codes.
 */
export function codedCell<T>(
  cells: Cells,
  column: string,
  table: Readonly<Record<string, T>>,
  unknown: T,
  warnings: CellProblem[],
  code: 'unknown-precision' | 'unknown-code' = 'unknown-precision',
  text = cell(cells, column),
): T | undefined {
  if (text === '') return undefined;
  if (Object.hasOwn(table, text)) return table[text];
  warnings.push({ column, problem: { code, text, known: Object.keys(table) } });
  return unknown;
}
