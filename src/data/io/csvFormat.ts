/**
 * The CSV event format: one event per row, a header row naming the columns.
 *
 *   id, date, end_date, precision, category,
 *   title_en, title_ar, summary_en, summary_ar,
 *   lat, lon,                      decimal degrees (WGS84), both or neither
 *   places,                        place ids separated by ";"
 *   scope_en, scope_ar, date_note_en, date_note_ar,
 *   context,                       true / false
 *   source_1_outlet, source_1_url, source_1_date, source_1_date_text, source_1_lang,
 *   source_2_outlet, …             as many numbered sources as needed
 *   effects, movements, disputes   JSON arrays (see README), empty when none
 *
 * `source_outlet`, `source_url`, `source_date` are accepted as source 1. Empty cells are absent
 * values; unknown columns are ignored with a warning. Every row is validated against the event
 * schema; a bad row is reported with its spreadsheet row number (header = row 1) and column.
 */
import Papa from 'papaparse';
import type { Source, StoryEvent } from '../schema';
import type { ImportResult, ParseOptions, RowError } from './types';
import { validateRows, type RawRow } from './validateRows';

const BASE_COLUMNS = [
  'id', 'date', 'end_date', 'precision', 'category',
  'title_en', 'title_ar', 'summary_en', 'summary_ar',
  'lat', 'lon', 'places', 'scope_en', 'scope_ar', 'date_note_en', 'date_note_ar', 'context',
] as const;
const TAIL_COLUMNS = ['effects', 'movements', 'disputes'] as const;
const SOURCE_PARTS = ['outlet', 'url', 'date', 'date_text', 'lang'] as const;
const SOURCE_ALIASES: Record<string, string> = { source_outlet: 'source_1_outlet', source_url: 'source_1_url', source_date: 'source_1_date' };

const sourceColumns = (n: number) => SOURCE_PARTS.map((p) => `source_${n}_${p}`);

export function eventsToCsv(events: readonly StoryEvent[]): string {
  const nSources = Math.max(1, ...events.map((e) => e.sources.length));
  const fields = [...BASE_COLUMNS, ...Array.from({ length: nSources }, (_, i) => sourceColumns(i + 1)).flat(), ...TAIL_COLUMNS];
  const data = events.map((e) => {
    const row: string[] = [
      e.id, e.date, e.endDate ?? '', e.precision, e.category,
      e.title.en, e.title.ar, e.summary.en, e.summary.ar,
      e.lat === undefined ? '' : String(e.lat), e.lon === undefined ? '' : String(e.lon),
      e.places.join(';'),
      e.scope?.en ?? '', e.scope?.ar ?? '', e.dateNote?.en ?? '', e.dateNote?.ar ?? '',
      e.context ? 'true' : 'false',
    ];
    for (let i = 0; i < nSources; i++) {
      const s = e.sources[i];
      row.push(s?.outlet ?? '', s?.url ?? '', s?.date ?? '', s?.dateText ?? '', s?.lang ?? '');
    }
    row.push(json(e.effects), json(e.movements), json(e.disputes));
    return row;
  });
  return Papa.unparse({ fields, data }, { newline: '\r\n' });
}

const json = (a: readonly unknown[]) => (a.length === 0 ? '' : JSON.stringify(a));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Schema path → the column a user sees. */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, a, b] = path;
  switch (head) {
    case 'endDate': return 'end_date';
    case 'title': case 'summary': case 'scope': return a === 'en' || a === 'ar' ? `${String(head)}_${a}` : `${String(head)}_en, ${String(head)}_ar`;
    case 'dateNote': return a === 'en' || a === 'ar' ? `date_note_${a}` : 'date_note_en, date_note_ar';
    case 'sources':
      if (typeof a === 'number') return b === undefined ? `source_${a + 1}_outlet` : `source_${a + 1}_${b === 'dateText' ? 'date_text' : String(b)}`;
      return 'source_1_outlet';
    case 'places': case 'effects': case 'movements': case 'disputes': return String(head);
    default: return path.length ? String(head) : '';
  }
}

function rowToRaw(cells: Record<string, string>, row: number): RawRow {
  const pre: RowError[] = [];
  const get = (k: string) => {
    const v = cells[k];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const id = get('id')?.trim() ?? null;
  const bilingual = (prefix: string) => {
    const en = get(`${prefix}_en`);
    const ar = get(`${prefix}_ar`);
    return en === undefined && ar === undefined ? undefined : { en: en ?? '', ar: ar ?? '' };
  };
  const num = (k: string) => {
    const v = get(k);
    if (v === undefined) return undefined;
    if (!NUMBER.test(v.trim())) {
      pre.push({ row, field: k, message: `“${v}” is not a number`, recordId: id });
      return undefined;
    }
    return Number(v);
  };
  const jsonArray = (k: string) => {
    const v = get(k);
    if (v === undefined) return undefined;
    try {
      const parsed: unknown = JSON.parse(v);
      if (!Array.isArray(parsed)) throw new Error('not an array');
      return parsed;
    } catch {
      pre.push({ row, field: k, message: 'must be a JSON array', recordId: id });
      return undefined;
    }
  };
  const sources: Partial<Source>[] = [];
  for (let n = 1; ; n++) {
    const cols = sourceColumns(n);
    if (!cols.some((c) => c in cells)) break;
    const [outlet, url, date, dateText, lang] = cols.map(get);
    if ([outlet, url, date, dateText, lang].every((x) => x === undefined)) continue;
    const s: Record<string, string> = {};
    if (outlet !== undefined) s.outlet = outlet;
    if (url !== undefined) s.url = url.trim();
    if (date !== undefined) s.date = date.trim();
    if (dateText !== undefined) s.dateText = dateText;
    if (lang !== undefined) s.lang = lang.trim();
    sources.push(s);
  }
  let context: boolean | undefined;
  const ctx = get('context')?.trim().toLowerCase();
  if (ctx === 'true') context = true;
  else if (ctx === 'false') context = false;
  else if (ctx !== undefined) pre.push({ row, field: 'context', message: 'must be true or false', recordId: id });

  const raw: Record<string, unknown> = {
    id: id ?? undefined,
    date: get('date')?.trim(),
    endDate: get('end_date')?.trim(),
    precision: get('precision')?.trim(),
    category: get('category')?.trim(),
    title: bilingual('title'),
    summary: bilingual('summary'),
    lat: num('lat'),
    lon: num('lon'),
    places: get('places')?.split(';').map((p) => p.trim()).filter(Boolean),
    scope: bilingual('scope'),
    dateNote: bilingual('date_note'),
    context,
    sources,
    effects: jsonArray('effects'),
    movements: jsonArray('movements'),
    disputes: jsonArray('disputes'),
  };
  for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
  return { row, raw, fieldName: columnOf, pre };
}

export function parseEventsCsv(text: string, opts: ParseOptions = {}): ImportResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: false,
    transformHeader: (h) => {
      const k = h.trim().toLowerCase();
      return SOURCE_ALIASES[k] ?? k;
    },
  });
  const headers = parsed.meta.fields ?? [];
  const warnings: string[] = [];
  const known = new Set<string>([...BASE_COLUMNS, ...TAIL_COLUMNS]);
  const unknown = headers.filter((h) => !known.has(h) && !/^source_\d+_(outlet|url|date|date_text|lang)$/.test(h));
  if (unknown.length) warnings.push(`Ignored columns: ${unknown.join(', ')}`);
  if (!headers.includes('id') || !headers.includes('date')) {
    return {
      events: [],
      errors: [{ row: 1, field: '', message: `the header row must name at least the columns id and date (found: ${headers.join(', ') || 'none'})`, recordId: null }],
      warnings,
      totalRows: parsed.data.length,
      unmapped: 0,
    };
  }
  // Parser problems (unclosed quote, wrong number of fields) reject their row.
  const broken = new Map<number, string>();
  for (const err of parsed.errors) {
    if (err.row !== undefined && err.row !== null) broken.set(err.row, err.message);
  }
  const rows: RawRow[] = [];
  let total = 0;
  parsed.data.forEach((cells, i) => {
    const row = i + 2;
    const values = Object.values(cells);
    if (values.every((v) => v === undefined || String(v).trim() === '')) return; // a blank line
    total++;
    const problem = broken.get(i);
    if (problem) {
      rows.push({ row, raw: {}, fieldName: columnOf, pre: [{ row, field: '', message: `malformed CSV: ${problem}`, recordId: cells.id?.trim() || null }] });
      return;
    }
    rows.push(rowToRaw(cells, row));
  });
  const result = validateRows(rows, total, opts.onProgress);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}
