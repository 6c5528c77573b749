/**
 * Reads an imported events file with the right reader. Text or JSON: by its extension (.csv,
 * .tsv, .tab; .geojson, .json), else by its first non-space character ("{" or "[" → JSON, text →
 * a table). Then by what it holds:
 *
 * - a table whose first row an analyst's format claims (ACLED, UCDP GED, GDELT: formats/) is read
 *   as that format, with no questions;
 * - a table with the app's own CSV columns (precision, title_en/title_ar, numbered sources) is
 *   read as the app's CSV event format (csvFormat.ts);
 * - any other table needs the mapping step: without a mapping the result asks for one
 *   (`needsMapping`: the columns, a sample, a proposal); with one, every row is read by it;
 * - JSON shaped like timemap's events is read as timemap; the app's own GeoJSON or events file
 *   as such (geojsonFormat.ts); any other GeoJSON's properties go through the mapping step.
 */
import Papa from 'papaparse';
import { parseEventsCsv } from './csvFormat';
import { readFormatTable, readTimemap } from './formats';
import { recordsToResult } from './fromRecords';
import { parseEventsDoc, parseJson } from './geojsonFormat';
import { geojsonAsTable } from './geojsonTable';
import { applyMapping, proposeMapping, type ColumnMapping } from './mapping';
import { detectDelimiter, isBlankRow, readTable } from './table';
import type { ImportResult, ParseOptions } from './types';
import { fileError } from './validateRows';

/** Files larger than this (UTF-8 bytes) are refused without being parsed. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface DetectOptions extends ParseOptions {
  /** Override the size limit (tests). */
  maxBytes?: number;
}

/** Whether the text's UTF-8 encoding is longer than max bytes (counts only as far as needed). */
export function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > max) return true;
  }
  return false;
}

export type FileKind = 'csv' | 'geojson';

/** Which reader a file needs, or null when it is neither. */
export function detectKind(name: string, text: string): FileKind | null {
  const lower = name.trim().toLowerCase();
  if (/\.(csv|tsv|tab)$/.test(lower)) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const first = start[0];
  if (first === '{' || first === '[') return 'geojson';
  // Binary files (images, spreadsheets, zip) are not CSV even when they start with a letter.
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(start.slice(0, 4096))) return null;
  if (first !== undefined && /[\p{L}_"]/u.test(first)) return 'csv';
  return null;
}

export function parseEventsFile(name: string, text: string, opts: DetectOptions = {}): ImportResult {
  const max = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (exceedsBytes(text, max)) {
    return fileError({ code: 'file-too-large', name, maxMb: Math.round((max / 1024 / 1024) * 10) / 10 });
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return fileError({ code: 'empty-file', name });
  const kind = detectKind(name, text);
  const { onProgress, maxRows, mapping } = opts;
  if (kind === 'csv') return parseAnyTable(text, { onProgress, maxRows, mapping });
  if (kind === 'geojson') return parseAnyJson(text, { onProgress, maxRows, mapping });
  return fileError({ code: 'unsupported-file', name });
}

/** The table's first row, read from the start of the text only. */
function firstRow(text: string): string[] {
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1, 65_537) : text.slice(0, 65_536);
  const head = Papa.parse<string[]>(start, { preview: 1, delimiter: detectDelimiter(start) });
  return head.data[0] ?? [];
}

/** Columns only the app's own CSV event format has. */
const OWN_COLUMNS = /^(precision|title_(en|ar)|summary_(en|ar)|source_\d+_(outlet|url))$/;

/** Whether a header row is the app's own CSV format (then its own reader reports what is missing). */
export const isOwnHeader = (row: readonly string[]): boolean =>
  row.some((c) => OWN_COLUMNS.test(c.trim().toLowerCase()));

/** How many sample rows the mapping step gets for its preview and counts. */
export const MAPPING_SAMPLE = 2_000;

function parseAnyTable(text: string, opts: ParseOptions): ImportResult {
  const head = firstRow(text);
  if (readFormatTable({ delimiter: ',', rows: [head], problems: [] })) {
    opts.onProgress?.(0.5);
    const read = readFormatTable(readTable(text));
    opts.onProgress?.(1);
    if (read) return recordsToResult(read, 'row', read.format.name, opts.maxRows);
  }
  if (isOwnHeader(head)) return parseEventsCsv(text, opts);
  const table = readTable(text);
  const first = table.rows.findIndex((r) => !isBlankRow(r));
  if (first < 0) return fileError({ code: 'empty-file', name: null });
  const header = table.rows[first]!;
  // rows after the header; the spreadsheet's number of rows[i] is first + 2 + i
  const rows = table.rows.slice(first + 1);
  return mapped(header, rows, first + 2, false, opts);
}

/** A table of no known format: read with the mapping given, or ask for one. */
function mapped(
  header: string[],
  rows: string[][],
  firstRowNumber: number,
  features: boolean,
  opts: ParseOptions,
): ImportResult {
  const noun = features ? 'feature' : 'row';
  if (opts.mapping) return readMapped(header, rows, firstRowNumber, opts.mapping, noun, opts);
  const totalRows = rows.filter((r) => !isBlankRow(r)).length;
  return {
    events: [],
    errors: [],
    warnings: [],
    totalRows,
    unmapped: 0,
    needsMapping: {
      header,
      rows: rows.slice(0, MAPPING_SAMPLE),
      firstRowNumber,
      totalRows,
      proposal: proposeMapping(header, rows.slice(0, 5 * MAPPING_SAMPLE)),
      features,
    },
  };
}

function readMapped(
  header: string[],
  rows: string[][],
  firstRowNumber: number,
  mapping: ColumnMapping,
  noun: 'row' | 'feature',
  opts: ParseOptions,
): ImportResult {
  opts.onProgress?.(0.5);
  const out = applyMapping(header, rows, mapping, firstRowNumber);
  const kept = new Set(out.rows);
  const result = recordsToResult(
    {
      records: out.records.map((record, i) => ({ row: out.rows[i]!, record })),
      problems: out.errors.filter((e) => !kept.has(e.row)),
      warnings: out.errors.filter((e) => kept.has(e.row)),
      totalRows: rows.filter((r) => !isBlankRow(r)).length + (mapping.hasHeader ? 0 : 1),
    },
    noun,
    undefined,
    opts.maxRows,
  );
  opts.onProgress?.(1);
  return result;
}

function parseAnyJson(text: string, opts: ParseOptions): ImportResult {
  const doc = parseJson(text);
  if ('problem' in doc) return fileError(doc.problem);
  const timemap = readTimemap(doc.value);
  if (!timemap) {
    if (isOwnGeoJson(doc.value)) return parseEventsDoc(doc.value, opts);
    const table = geojsonAsTable(doc.value);
    return table ? mapped(table.header, table.rows, 1, true, opts) : parseEventsDoc(doc.value, opts);
  }
  // the events left out are numbered in `problems`; the records are the others, in order
  const left = new Set(timemap.problems.map((p) => p.event));
  let n = 0;
  const records = timemap.records.map((record) => {
    do n++;
    while (left.has(n));
    return { row: n, record };
  });
  const byEvent = (p: {
    event: number;
    field: string;
    problem: ImportResult['errors'][number]['problem'];
  }) => ({
    row: p.event,
    column: p.field,
    problem: p.problem,
  });
  return recordsToResult(
    {
      records,
      problems: timemap.problems.map(byEvent),
      warnings: timemap.warnings.map(byEvent),
      totalRows: records.length + left.size,
    },
    'event',
    'timemap',
    opts.maxRows,
  );
}

/**
 * Whether JSON is the app's own events file or GeoJSON (its events have the app's fields: an
 * object title, a precision) rather than GeoJSON whose properties are the author's own.
 */
function isOwnGeoJson(doc: unknown): boolean {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return true;
  const d = doc as { type?: unknown; features?: unknown };
  if (d.type !== 'FeatureCollection' || !Array.isArray(d.features)) return true;
  const sample = (d.features as unknown[]).slice(0, 50);
  return (
    sample.length === 0 ||
    sample.some((f) => {
      const p = (f as { properties?: Record<string, unknown> } | null)?.properties;
      return !!p && (typeof p.title === 'object' || typeof p.precision === 'string');
    })
  );
}
