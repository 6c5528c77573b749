/**
 * The CSV event format: one event per row, a header row naming the columns. UTF-8.
 *
 * Columns, in the order the export writes them:
 *
 *   id                 event id: letters, digits, - _ . : (at most 64)
 *   date               YYYY-MM-DD, a real calendar day (first day of a span)
 *   end_date           YYYY-MM-DD, last day of a span (optional, not before date)
 *   precision          exact | exact±1d | approx-week | approx-month
 *   category           base-handover | base-evacuation | convoy-movement | reinforcement | announcement/report
 *   title_en, title_ar           required; the Arabic must be in Arabic script
 *   summary_en, summary_ar       required
 *   lat, lon           decimal degrees (WGS84, dot as decimal separator), both or neither (optional)
 *   places             place ids separated by ";" (optional; e.g. "qasrak;tell-baydar")
 *   scope_en, scope_ar           where, for events with no single place (optional)
 *   date_note_en, date_note_ar   how to read an inexact date (optional)
 *   context            true / false (optional, default false)
 *   source_1_outlet, source_1_url, source_1_date, source_1_date_text, source_1_lang
 *   source_2_outlet, …  as many numbered sources as needed (at least one source with outlet and
 *                       url; date is YYYY-MM-DD, date_text free text such as "c. 21 Feb 2026",
 *                       lang is en | ar | other)
 *   effects, movements, disputes
 *                      JSON arrays as in events.json, e.g. [{"place":"qasrak","status":"vacated"}];
 *                      empty cell when none
 *   uncertainty_km     how far the place may be from lat/lon, in km (optional; written when any
 *                      event has one, e.g. an imported ACLED file's geo_precision)
 *   attributes         the data's other columns as one JSON object, e.g. {"actor1":"…","fatalities":3}
 *                      (optional; written when any event has them), so an imported dataset's
 *                      export reads back to the same events
 *
 * Reading:
 * - Header names are matched ignoring case and surrounding spaces. `source_outlet`, `source_url`
 *   and `source_date` are accepted for source 1. Optional columns may be left out; unknown columns
 *   are ignored and listed in a warning. A file without a required column (id, date, precision,
 *   category, title_*, summary_*, a source url) is rejected as a whole.
 * - The separator is a comma; a header row separated by semicolons or tabs is read that way.
 * - Empty cells are absent values. Numbers are plain decimals ("36.7", "-0.5"); "12abc", "NaN",
 *   "Infinity" and "36,7" are rejected. Dates stay text: the schema checks them.
 * - Blank lines are skipped but still counted, so row numbers match a spreadsheet's (header = 1).
 * - Every row is validated against the `event` schema; a bad row is left out and reported with its
 *   row number, its column and the reason. Later rows repeating an id are rejected. A row the CSV
 *   parser cannot read (an unclosed quote, the wrong number of cells) is reported the same way.
 */
import Papa from 'papaparse';
import type { DataProblem, ImportWarning, Problem } from '../problems';
import type { Source, StoryEvent } from '../schema';
import type { ImportResult, ParseOptions, RowError } from './types';
import { fileError, RowCollector, throttledProgress, type FieldRef, type RawRow } from './validateRows';

const BASE_COLUMNS = [
  'id',
  'date',
  'end_date',
  'precision',
  'category',
  'title_en',
  'title_ar',
  'summary_en',
  'summary_ar',
  'lat',
  'lon',
  'places',
  'scope_en',
  'scope_ar',
  'date_note_en',
  'date_note_ar',
  'context',
] as const;
const TAIL_COLUMNS = ['effects', 'movements', 'disputes'] as const;
/** Written only when some event has them (the story's own export stays as it was). */
const EXTRA_COLUMNS = ['uncertainty_km', 'attributes'] as const;
const SOURCE_PARTS = ['outlet', 'url', 'date', 'date_text', 'lang'] as const;
const REQUIRED = ['id', 'date', 'precision', 'category'] as const;
const SOURCE_ALIASES: Readonly<Record<string, string>> = {
  source_outlet: 'source_1_outlet',
  source_url: 'source_1_url',
  source_date: 'source_1_date',
};
const SOURCE_COLUMN = /^source_(\d+)_(outlet|url|date|date_text|lang)$/;

/** The columns of source n (1-based). */
export const sourceColumns = (n: number): string[] => SOURCE_PARTS.map((p) => `source_${n}_${p}`);

/** The export's header row for events citing at most `sourceCount` sources. */
export function csvColumns(sourceCount: number): string[] {
  const sources = Array.from({ length: Math.max(1, sourceCount) }, (_, i) => sourceColumns(i + 1)).flat();
  return [...BASE_COLUMNS, ...sources, ...TAIL_COLUMNS];
}

/** A number as a plain decimal: never exponent notation (1e-7 → "0.0000001"), exact round trip. */
export function plainDecimal(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', int = '', frac = '', expText = '0'] = m;
  const exp = Number(expText);
  return exp < 0
    ? `${sign}0.${'0'.repeat(-exp - 1)}${int}${frac}`
    : `${sign}${int}${frac}${'0'.repeat(exp - frac.length)}`;
}

const jsonCell = (a: readonly unknown[]) => (a.length === 0 ? '' : JSON.stringify(a));

/** One row per event; as many source column groups as the event citing the most sources needs. */
export function eventsToCsv(events: readonly StoryEvent[]): string {
  let nSources = 1;
  for (const e of events) nSources = Math.max(nSources, e.sources.length);
  const withUncertainty = events.some((e) => e.uncertaintyKm !== undefined);
  const withAttributes = events.some((e) => e.attributes !== undefined);
  const data = events.map((e) => {
    const row: string[] = [
      e.id,
      e.date,
      e.endDate ?? '',
      e.precision,
      e.category,
      e.title.en ?? '',
      e.title.ar ?? '',
      e.summary?.en ?? '',
      e.summary?.ar ?? '',
      e.lat === undefined ? '' : plainDecimal(e.lat),
      e.lon === undefined ? '' : plainDecimal(e.lon),
      e.places.join(';'),
      e.scope?.en ?? '',
      e.scope?.ar ?? '',
      e.dateNote?.en ?? '',
      e.dateNote?.ar ?? '',
      e.context ? 'true' : 'false',
    ];
    for (let i = 0; i < nSources; i++) {
      const s = e.sources[i];
      row.push(s?.outlet ?? '', s?.url ?? '', s?.date ?? '', s?.dateText ?? '', s?.lang ?? '');
    }
    row.push(jsonCell(e.effects), jsonCell(e.movements), jsonCell(e.disputes));
    if (withUncertainty) row.push(e.uncertaintyKm === undefined ? '' : plainDecimal(e.uncertaintyKm));
    if (withAttributes) row.push(e.attributes ? JSON.stringify(e.attributes) : '');
    return row;
  });
  const fields = [
    ...csvColumns(nSources),
    ...(withUncertainty ? ['uncertainty_km'] : []),
    ...(withAttributes ? ['attributes'] : []),
  ];
  return Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false });
}

// ---------------------------------------------------------------------------------------------
// Reading

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a number strictly: the whole cell must be a decimal number. */
export function parseDecimal(
  text: string,
): { value: number } | { error: Problem<'not-a-number' | 'decimal-comma' | 'out-of-range'> } {
  const t = text.trim();
  if (!NUMBER.test(t))
    return { error: { code: /^[+-]?\d+,\d+$/.test(t) ? 'decimal-comma' : 'not-a-number', text } };
  const value = Number(t);
  return Number.isFinite(value) ? { value } : { error: { code: 'out-of-range', text } };
}

const normalizeHeader = (h: string): string => {
  const k = h.trim().toLowerCase();
  return SOURCE_ALIASES[k] ?? k;
};

const DELIMITERS = [',', ';', '\t'] as const;
const DELIMITER_NAMES: Partial<Record<string, 'semicolon' | 'tab'>> = { ';': 'semicolon', '\t': 'tab' };

/** The separator the header row uses (header names contain none of them). */
function headerDelimiter(text: string): string {
  const end = text.search(/\r?\n|\r/);
  const first = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = first.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

interface Layout {
  /** Source numbers present in the header, ascending. */
  sourceNumbers: number[];
  missing: string[];
  warnings: ImportWarning[];
}

function layoutOf(fields: readonly string[]): Layout {
  const known = new Set<string>([...BASE_COLUMNS, ...TAIL_COLUMNS, ...EXTRA_COLUMNS]);
  const present = new Set<string>();
  const unknown: string[] = [];
  const duplicates = new Set<string>();
  const sourceNumbers = new Set<number>();
  for (const f of fields) {
    if (present.has(f)) {
      if (f !== '') duplicates.add(f);
      continue;
    }
    present.add(f);
    const m = SOURCE_COLUMN.exec(f);
    if (m) sourceNumbers.add(Number(m[1]));
    else if (!known.has(f) && f !== '') unknown.push(f);
  }
  const missing: string[] = REQUIRED.filter((c) => !present.has(c));
  // a title in one language is enough for imported data
  if (!present.has('title_en') && !present.has('title_ar')) missing.push('title_en');
  const numbers = [...sourceNumbers].sort((a, b) => a - b);
  const warnings: ImportWarning[] = [];
  if (unknown.length) warnings.push({ code: 'unknown-columns', columns: unknown });
  for (const d of duplicates) warnings.push({ code: 'repeated-column', column: d });
  return { sourceNumbers: numbers, missing, warnings };
}

type Cells = Record<string, string | undefined>;

/** Schema path → the column the user sees, for one row (whose sources came from `sourceNumbers`). */
function csvLocator(sourceNumbers: readonly number[]) {
  return (path: readonly PropertyKey[]): FieldRef => {
    const [head, a, b, ...rest] = path;
    switch (head) {
      case undefined:
        return { field: '' };
      case 'endDate':
        return { field: 'end_date' };
      case 'uncertaintyKm':
        return { field: 'uncertainty_km' };
      case 'title':
      case 'summary':
      case 'scope':
        return { field: `${head}_${a === 'ar' ? 'ar' : 'en'}` };
      case 'dateNote':
        return { field: `date_note_${a === 'ar' ? 'ar' : 'en'}` };
      case 'sources': {
        if (typeof a !== 'number') return { field: 'source_1_outlet' };
        const n = sourceNumbers[a] ?? a + 1;
        const part = b === undefined ? 'outlet' : b === 'dateText' ? 'date_text' : String(b);
        return { field: `source_${n}_${part}` };
      }
      case 'places':
        return typeof a === 'number'
          ? { field: 'places', within: { noun: 'place', n: a + 1, path: '' } }
          : { field: 'places' };
      case 'effects':
      case 'movements':
      case 'disputes': {
        if (typeof a !== 'number') return { field: head };
        const inner = [b, ...rest]
          .filter((x) => x !== undefined)
          .map(String)
          .join('.');
        return { field: head, within: { noun: 'item', n: a + 1, path: inner } };
      }
      default:
        return { field: String(head) };
    }
  };
}

function rowToRaw(cells: Cells, row: number, layout: Layout): RawRow {
  const pre: RowError[] = [];
  const get = (k: string): string | undefined => {
    const v = cells[k];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const id = get('id')?.trim() ?? null;
  // text in one language or both; a title with neither is validated as {} so the message names the cell
  const bilingual = (prefix: string, required: boolean) => {
    const en = get(`${prefix}_en`);
    const ar = get(`${prefix}_ar`);
    if (en === undefined && ar === undefined) return required ? {} : undefined;
    return { ...(en !== undefined && { en }), ...(ar !== undefined && { ar }) };
  };
  const num = (k: string) => {
    const v = get(k);
    if (v === undefined) return undefined;
    const n = parseDecimal(v);
    if ('error' in n) {
      pre.push({ row, field: k, problem: n.error, recordId: id });
      return undefined;
    }
    return n.value;
  };
  /** A JSON cell's value (undefined when empty, or reported when it is not JSON). */
  const jsonValue = (k: string): unknown => {
    const v = get(k);
    if (v === undefined) return undefined;
    try {
      return JSON.parse(v);
    } catch {
      pre.push({ row, field: k, problem: { code: 'cell-not-json' }, recordId: id });
      return undefined;
    }
  };
  const jsonArray = (k: string) => {
    const parsed = jsonValue(k);
    if (parsed === undefined) return undefined;
    if (!Array.isArray(parsed)) {
      pre.push({ row, field: k, problem: { code: 'not-json-array' }, recordId: id });
      return undefined;
    }
    return parsed as unknown[];
  };

  const sources: Partial<Source>[] = [];
  const sourceNumbers: number[] = [];
  for (const n of layout.sourceNumbers) {
    const [outlet, url, date, dateText, lang] = sourceColumns(n).map(get);
    if (
      outlet === undefined &&
      url === undefined &&
      date === undefined &&
      dateText === undefined &&
      lang === undefined
    )
      continue;
    const s: Record<string, string> = {};
    if (outlet !== undefined) s.outlet = outlet;
    if (url !== undefined) s.url = url.trim();
    if (date !== undefined) s.date = date.trim();
    if (dateText !== undefined) s.dateText = dateText;
    if (lang !== undefined) s.lang = lang.trim();
    sources.push(s);
    sourceNumbers.push(n);
  }

  let context: boolean | undefined;
  const ctx = get('context')?.trim().toLowerCase();
  if (ctx === 'true') context = true;
  else if (ctx === 'false') context = false;
  else if (ctx !== undefined)
    pre.push({ row, field: 'context', problem: { code: 'not-true-false' }, recordId: id });

  const raw: Record<string, unknown> = {
    id: id ?? undefined,
    date: get('date')?.trim(),
    endDate: get('end_date')?.trim(),
    precision: get('precision')?.trim(),
    category: get('category')?.trim(),
    title: bilingual('title', true),
    summary: bilingual('summary', false),
    lat: num('lat'),
    lon: num('lon'),
    places: get('places')
      ?.split(';')
      .map((p) => p.trim())
      .filter(Boolean),
    scope: bilingual('scope', false),
    dateNote: bilingual('date_note', false),
    context,
    sources,
    effects: jsonArray('effects'),
    movements: jsonArray('movements'),
    disputes: jsonArray('disputes'),
    uncertaintyKm: num('uncertainty_km'),
    attributes: jsonValue('attributes'),
  };
  for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
  return { row, raw, locate: csvLocator(sourceNumbers), pre };
}

/** Why Papa could not read a row. */
function parseErrorProblem(errors: readonly Papa.ParseError[], cells: Cells, columns: number): DataProblem {
  const codes = new Set(errors.map((e) => e.code));
  if (codes.has('MissingQuotes')) return { code: 'csv-unclosed-quote' };
  if (codes.has('InvalidQuotes')) return { code: 'csv-bad-quote' };
  if (codes.has('TooManyFields')) {
    const extra = (cells as { __parsed_extra?: unknown[] }).__parsed_extra?.length ?? 0;
    return { code: 'csv-too-many-cells', cells: columns + extra, columns };
  }
  if (codes.has('TooFewFields'))
    return { code: 'csv-too-few-cells', cells: Object.keys(cells).length, columns };
  return { code: 'csv-malformed', detail: errors.map((e) => e.message).join('; ') };
}

/**
 * Reads a CSV events file: every valid row becomes an event, every invalid row an error naming
 * its spreadsheet row number (header = 1) and column. Never throws on bad input.
 */
export function parseEventsCsv(text: string, opts: ParseOptions = {}): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fileError({ code: 'empty-file', name: null });
  const delimiter = headerDelimiter(body);

  const head = Papa.parse<string[]>(body, { preview: 1, delimiter });
  const headerCells = head.data[0] ?? [];
  const names = headerCells.map(normalizeHeader);
  const layout = layoutOf(names);
  // A repeated column is given a name no reader looks at (Papa would rename it and warn on the console).
  const transformHeader = (h: string, i: number): string => {
    const k = normalizeHeader(h);
    return names.indexOf(k) === i ? k : `\u0000repeated-${i}`;
  };
  const separator = DELIMITER_NAMES[delimiter];
  if (separator) layout.warnings.unshift({ code: 'read-as', separator });
  if (layout.missing.length > 0) {
    const found = headerCells.map((h) => h.trim()).filter(Boolean);
    return fileError({ code: 'missing-columns', missing: layout.missing, found }, layout.warnings);
  }

  const collector = new RowCollector('row', opts.maxRows);
  const progress = throttledProgress(opts.onProgress);
  let index = 0;
  Papa.parse<Cells>(body, {
    header: true,
    delimiter,
    // Blank lines are skipped below rather than by Papa, so that they still count as rows.
    skipEmptyLines: false,
    transformHeader,
    step: (res, parser) => {
      const row = index + 2;
      index++;
      const cells = res.data;
      let blank = true;
      for (const k in cells) {
        const v: unknown = cells[k]; // a string, or the extra cells' array (__parsed_extra)
        if (
          Array.isArray(v) ? v.some((x) => String(x).trim() !== '') : typeof v === 'string' && v.trim() !== ''
        ) {
          blank = false;
          break;
        }
      }
      if (blank) return;
      if (collector.full) {
        collector.stop(row);
        parser.abort();
        return;
      }
      progress.tick(res.meta.cursor / body.length);
      if (res.errors.length > 0) {
        const id = cells.id?.trim();
        collector.add({
          row,
          raw: {},
          locate: () => ({ field: '' }),
          pre: [
            {
              row,
              field: '',
              problem: parseErrorProblem(res.errors, cells, headerCells.length),
              recordId: id && !id.includes('\n') ? id : null,
            },
          ],
          unreadable: true,
        });
        return;
      }
      collector.add(rowToRaw(cells, row, layout));
    },
  });
  progress.done();
  const result = collector.result(layout.warnings);
  if (result.totalRows === 0) result.warnings.push({ code: 'no-data-rows' });
  return result;
}
