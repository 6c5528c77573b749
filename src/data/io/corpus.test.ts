/**
 * A corpus of broken and hostile import files, run through the same function the import worker
 * uses. Each must give a clear error naming what is wrong (row and field, or the file), keep the
 * valid rows, never throw, and keep hostile text as inert text (it is data, rendered by React as
 * text; nothing here interprets it).
 */
import { describe, expect, it } from 'vitest';
import { problemText } from '../../i18n/problemWords';
import type { DataProblem } from '../problems';
import { parseEventsFile } from './detect';
import { MAX_IMPORT_ROWS } from './validateRows';

const HEADER =
  'id,date,precision,category,title_en,title_ar,summary_en,summary_ar,lat,lon,source_1_outlet,source_1_url';
const row = (
  id: string,
  o: Partial<
    Record<'date' | 'category' | 'title' | 'summary' | 'lat' | 'lon' | 'outlet' | 'url', string>
  > = {},
) =>
  [
    id,
    o.date ?? '2026-02-11',
    'exact',
    o.category ?? 'convoy-movement',
    o.title ?? 'A convoy',
    'قافلة',
    o.summary ?? 'Trucks moved east.',
    'شاحنات تحركت شرقاً.',
    o.lat ?? '36.7',
    o.lon ?? '40.5',
    o.outlet ?? 'Outlet',
    o.url ?? 'https://example.org/a',
  ]
    .map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
    .join(',');
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

const feature = (
  id: string,
  props: Record<string, unknown> = {},
  geometry: unknown = { type: 'Point', coordinates: [40.5, 36.7] },
) => ({
  type: 'Feature',
  geometry,
  properties: {
    id,
    date: '2026-02-11',
    precision: 'exact',
    category: 'convoy-movement',
    title: { en: 'A convoy', ar: 'قافلة' },
    summary: { en: 'Trucks moved east.', ar: 'شاحنات تحركت شرقاً.' },
    sources: [{ outlet: 'Outlet', url: 'https://example.org/a' }],
    ...props,
  },
});
const geojson = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

interface Case {
  name: string;
  file: string;
  text: string;
  /** ids that must survive */
  kept: string[];
  /** each expected error: row (null = file), field, and the problem (its code and the parameters given) */
  errors: [number | null, string, Partial<DataProblem> & Pick<DataProblem, 'code'>][];
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

const cases: Case[] = [
  {
    name: 'truncated GeoJSON',
    file: 'a.geojson',
    text: geojson(feature('a')).slice(0, 60),
    kept: [],
    errors: [[null, '', { code: 'not-json' }]],
  },
  {
    name: 'truncated CSV (a row cut in a quoted field)',
    file: 'a.csv',
    text: csv(row('a'), row('b')) + '\nc,2026-02-11,exact,"unterminated',
    kept: ['a', 'b'],
    errors: [[4, '', { code: 'csv-unclosed-quote' }]],
  },
  {
    name: 'wrong types in GeoJSON properties',
    file: 'a.geojson',
    text: geojson(
      feature('a'),
      feature('b', { date: 20260211 }),
      feature('c', { title: 'just a string' }),
      feature('d', { sources: 'none' }),
    ),
    kept: ['a'],
    errors: [
      [2, 'date', { code: 'wrong-type', expected: 'string', received: 'number' }],
      [3, 'title', { code: 'wrong-type', expected: 'object', received: 'string' }],
      [4, 'sources', { code: 'wrong-type', expected: 'array', received: 'string' }],
    ],
  },
  {
    name: 'NaN and out-of-range coordinates',
    file: 'a.csv',
    text: csv(row('a'), row('b', { lat: 'NaN' }), row('c', { lat: '95' }), row('d', { lon: '-200' })),
    kept: ['a'],
    errors: [
      [3, 'lat', { code: 'not-a-number', text: 'NaN' }],
      [4, 'lat', { code: 'too-big', what: 'number', max: 90 }],
      [5, 'lon', { code: 'too-small', what: 'number', min: -180 }],
    ],
  },
  {
    name: 'GeoJSON coordinates out of range or not numbers',
    file: 'a.geojson',
    text: geojson(
      feature('a'),
      feature('b', {}, { type: 'Point', coordinates: [400, 36] }),
      feature('c', {}, { type: 'Point', coordinates: ['x', 36] }),
    ),
    kept: ['a'],
    errors: [
      [2, 'geometry', { code: 'too-big', what: 'number', max: 180 }],
      [3, 'geometry', { code: 'not-coordinates' }],
    ],
  },
  {
    name: 'duplicate ids',
    file: 'a.csv',
    text: csv(row('a'), row('a')),
    kept: ['a'],
    errors: [[3, 'id', { code: 'duplicate-id', id: 'a', first: { noun: 'row', n: 2 } }]],
  },
  {
    name: 'blank category',
    file: 'a.csv',
    text: csv(row('a'), row('b', { category: '  ' })),
    kept: ['a'],
    errors: [[3, 'category', { code: 'missing' }]],
  },
  {
    name: 'impossible date',
    file: 'a.csv',
    text: csv(row('a'), row('b', { date: '2026-02-30' })),
    kept: ['a'],
    errors: [[3, 'date', { code: 'not-a-day' }]],
  },
  {
    name: 'a 10 MB title',
    file: 'a.csv',
    text: csv(row('a'), row('b', { title: TEN_MB })),
    kept: ['a'],
    errors: [[3, 'title_en', { code: 'too-big', what: 'text', max: 5000 }]],
  },
  {
    name: 'a javascript: URL as a source',
    file: 'a.csv',
    text: csv(row('a'), row('b', { url: 'javascript:alert(1)' })),
    kept: ['a'],
    errors: [[3, 'source_1_url', { code: 'bad-url' }]],
  },
  {
    name: 'an empty file',
    file: 'a.csv',
    text: '\uFEFF  \n',
    kept: [],
    errors: [[null, '', { code: 'empty-file', name: 'a.csv' }]],
  },
  {
    name: 'binary garbage',
    file: 'blob',
    text: '\u0000\u0001PK\u0003\u0004\ufffd\ufffd',
    kept: [],
    errors: [[null, '', { code: 'unsupported-file', name: 'blob' }]],
  },
  {
    name: 'JSON that is not GeoJSON',
    file: 'a.json',
    text: '{"hello": "world"}',
    kept: [],
    errors: [[null, '', { code: 'not-events-geojson', found: null }]],
  },
];

describe('broken and hostile import files', () => {
  it.each(cases)('$name: a clear error where it is, the valid rows kept', ({ file, text, kept, errors }) => {
    const r = parseEventsFile(file, text);
    expect(r.events.map((e) => e.id)).toEqual(kept);
    for (const [row, field, problem] of errors) {
      const hit = r.errors.find(
        (e) => e.row === row && (field === '' || e.field === field || e.field.startsWith(`${field}.`)),
      );
      expect(
        hit,
        `an error at row ${row}, field "${field}" in ${JSON.stringify(r.errors.slice(0, 5))}`,
      ).toBeTruthy();
      expect(hit!.problem).toMatchObject(problem);
      // problems carry no long value, and read short, even for a 10 MB value
      expect(JSON.stringify(hit!.problem).length).toBeLessThan(300);
      expect(problemText('en', hit!.problem).length).toBeLessThan(300);
    }
  });

  it('HTML and script in every text field stay text: kept verbatim, not stripped, not interpreted', () => {
    const r = parseEventsFile('a.csv', csv(row('a', { title: HOSTILE, summary: HOSTILE, outlet: HOSTILE })));
    expect(r.errors).toEqual([]);
    const e = r.events[0]!;
    expect(e.title.en).toBe(HOSTILE);
    expect(e.summary?.en).toBe(HOSTILE);
    expect(e.sources[0]!.outlet).toBe(HOSTILE);
  });

  it('a CSV of 1,000,010 rows: the first 1,000,000 are read and validated, the rest reported, nothing thrown', () => {
    const rows = Array.from({ length: 1_000_010 }, (_, i) =>
      row(`r${i}`, i % 1000 === 0 ? { date: '2026-13-01' } : {}),
    );
    const r = parseEventsFile('big.csv', [HEADER, ...rows].join('\n'));
    expect(r.totalRows).toBe(MAX_IMPORT_ROWS);
    expect(r.events).toHaveLength(MAX_IMPORT_ROWS - MAX_IMPORT_ROWS / 1000);
    // one file-level error first, then one per bad row among those read
    expect(r.errors).toHaveLength(1 + MAX_IMPORT_ROWS / 1000);
    expect(r.errors[0]).toEqual({
      row: null,
      field: '',
      problem: { code: 'row-limit', limit: 1_000_000, stoppedAt: 1_000_002, noun: 'row' },
      recordId: null,
    });
    expect(r.errors[1]).toMatchObject({ row: 2, field: 'date' });
  }, 180_000);

  it('the record limit counts records, not blank lines, and applies to each file shape', () => {
    const small = { maxRows: 2 };
    const c = parseEventsFile('a.csv', csv(row('a'), '', row('b'), row('c'), row('d')), small);
    expect(c.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(c.errors[0]!.problem).toEqual({ code: 'row-limit', limit: 2, stoppedAt: 5, noun: 'row' });
    const f = parseEventsFile(
      'a.geojson',
      JSON.stringify({ type: 'FeatureCollection', features: ['a', 'b', 'c'].map((id) => feature(id)) }),
      small,
    );
    expect(f.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(f.errors[0]!.problem).toEqual({ code: 'row-limit', limit: 2, stoppedAt: 3, noun: 'feature' });
    const list = parseEventsFile(
      'a.json',
      JSON.stringify({
        version: 1,
        events: ['a', 'b', 'c'].map((id) => ({ ...feature(id).properties, lon: 40.5, lat: 36.7 })),
      }),
      small,
    );
    expect(list.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(list.errors[0]!.problem).toEqual({ code: 'row-limit', limit: 2, stoppedAt: 3, noun: 'event' });
    // exactly at the limit: nothing reported
    const exact = parseEventsFile('a.csv', csv(row('a'), row('b')), small);
    expect(exact.errors).toEqual([]);
    expect(exact.events).toHaveLength(2);
  });
});
