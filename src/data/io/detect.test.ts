import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataProblem } from '../problems';
import { detectKind, exceedsBytes, MAX_IMPORT_BYTES, parseEventsFile } from './detect';

const HEADER =
  'id,date,precision,category,title_en,title_ar,summary_en,summary_ar,lat,lon,source_outlet,source_url';
const CSV = `${HEADER}\na,2026-02-01,exact,convoy-movement,Convoy,رتل,A convoy moves.,رتل يتحرك.,36.7,40.5,Example,https://example.org/a\n`;
const FEATURES = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [40.5, 36.7] },
      properties: {
        id: 'g',
        date: '2026-02-01',
        precision: 'exact',
        category: 'reinforcement',
        title: { en: 'T', ar: 'ت' },
        summary: { en: 'S', ar: 'م' },
        sources: [{ outlet: 'X', url: 'https://example.org/x' }],
      },
    },
  ],
});
const fileError = (problem: DataProblem) => ({
  events: [],
  errors: [{ row: null, field: '', problem, recordId: null }],
  warnings: [],
  totalRows: 0,
  unmapped: 0,
});

describe('parseEventsFile', () => {
  it('chooses the reader by extension, whatever the case', () => {
    expect(parseEventsFile('Events.CSV', CSV).events.map((e) => e.id)).toEqual(['a']);
    expect(parseEventsFile('events.geojson', FEATURES).events.map((e) => e.id)).toEqual(['g']);
    expect(parseEventsFile('events.json', FEATURES).events.map((e) => e.id)).toEqual(['g']);
    // the extension wins over the content: a .csv holding JSON is read as a table of no known
    // format, so it goes to the mapping step (where the person sees its odd columns)
    const asTable = parseEventsFile('events.csv', FEATURES);
    expect(asTable.events).toEqual([]);
    expect(asTable.needsMapping?.features).toBe(false);
    expect(parseEventsFile('events.json', CSV).errors[0]!.problem).toMatchObject({ code: 'not-json' });
  });

  it('sniffs the first non-space character when the extension says nothing', () => {
    expect(detectKind('data', `  \n${FEATURES}`)).toBe('geojson');
    expect(detectKind('data.txt', '\uFEFF[{"a":1}]')).toBe('geojson');
    expect(detectKind('data', CSV)).toBe('csv');
    expect(detectKind('data.tsv', '"id"\t"date"\n')).toBe('csv');
    expect(detectKind('export', 'معرف,تاريخ\n')).toBe('csv');
    expect(parseEventsFile('download', CSV).events.map((e) => e.id)).toEqual(['a']);
    expect(parseEventsFile('download', `\n\n ${FEATURES}`).events.map((e) => e.id)).toEqual(['g']);
  });

  it('refuses other files, naming the accepted types', () => {
    const msg = (name: string): DataProblem => ({ code: 'unsupported-file', name });
    expect(parseEventsFile('photo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000')).toEqual(
      fileError(msg('photo.png')),
    );
    expect(parseEventsFile('sheet.xlsx', 'PK\u0003\u0004\u0014\u0000')).toEqual(fileError(msg('sheet.xlsx')));
    expect(parseEventsFile('map.kml', '<?xml version="1.0"?><kml/>')).toEqual(fileError(msg('map.kml')));
    expect(parseEventsFile('events.csv', ' \n\t')).toEqual(
      fileError({ code: 'empty-file', name: 'events.csv' }),
    );
  });

  it('refuses text over 200 MB without parsing it', () => {
    expect(MAX_IMPORT_BYTES).toBe(200 * 1024 * 1024);
    const huge = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    expect(parseEventsFile('big.csv', huge)).toEqual(
      fileError({ code: 'file-too-large', name: 'big.csv', maxMb: 200 }),
    );
    expect(exceedsBytes(huge, MAX_IMPORT_BYTES)).toBe(true);
    expect(exceedsBytes('x'.repeat(1000), MAX_IMPORT_BYTES)).toBe(false);
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    expect(exceedsBytes('ب'.repeat(50), 100)).toBe(false); // 2 bytes each
    expect(exceedsBytes('ب'.repeat(51), 100)).toBe(true);
    expect(exceedsBytes('€'.repeat(33), 99)).toBe(false); // 3 bytes each
    expect(exceedsBytes('€'.repeat(34), 99)).toBe(true);
    expect(exceedsBytes('😀'.repeat(25), 100)).toBe(false); // 4 bytes, 2 UTF-16 units each
    expect(exceedsBytes('😀'.repeat(26), 100)).toBe(true);
    const r = parseEventsFile('arabic.csv', CSV, { maxBytes: 100 });
    expect(r.errors[0]!.problem).toEqual({ code: 'file-too-large', name: 'arabic.csv', maxMb: 0 });
    expect(parseEventsFile('arabic.csv', CSV, { maxBytes: 10_000 }).events).toHaveLength(1);
  });

  it('passes progress through', () => {
    const seen: number[] = [];
    parseEventsFile('events.csv', CSV, { onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([1]);
  });
});

describe('parseEventsFile: analysts’ formats are recognised by what the file holds', () => {
  it('an ACLED table (any extension, a semicolon file too) loads as ACLED with its own categories', () => {
    const header =
      'event_id_cnty;event_date;event_type;sub_event_type;location;latitude;longitude;source;notes';
    const rows = [
      'SYR1;21 February 2026;Battles;Armed clash;Al-Shaddadi;36,0500;40,7300;Outlet A;Notes one.',
      'SYR2;22 February 2026;Protests;Peaceful protest;Raqqa;35.95;39.01;Outlet C;',
    ];
    const r = parseEventsFile('export.txt', [header, ...rows].join('\r\n'));
    expect(r.format).toBe('ACLED');
    expect(r.events.map((e) => [e.id, e.category, e.date])).toEqual([
      ['SYR1', 'Battles', '2026-02-21'],
      ['SYR2', 'Protests', '2026-02-22'],
    ]);
  });

  it('a row at 0, 0 is kept in the list, off the map, with a warning; a mapped table the same', () => {
    const header = 'event_id_cnty,event_date,event_type,sub_event_type,location,latitude,longitude,source';
    const acled = [header, 'SYR1,21 February 2026,Battles,Armed clash,Unknown,0,0,Outlet A'].join('\n');
    const r = parseEventsFile('a.csv', acled);
    expect([r.events.length, r.unmapped, r.events[0]!.lat]).toEqual([1, 1, undefined]);
    expect(r.rowWarnings).toEqual([
      { row: 2, field: 'latitude', problem: { code: 'zero-coordinates' }, recordId: null },
    ]);
    const sheet = 'Date,Place,Latitude,Longitude\n2026-02-21,Somewhere,0,0\n2026-02-22,Raqqa,35.95,39.01\n';
    const ask = parseEventsFile('s.csv', sheet).needsMapping!;
    const m = parseEventsFile('s.csv', sheet, { mapping: ask.proposal.mapping });
    expect([m.events.length, m.unmapped, m.events[0]!.lon]).toEqual([2, 1, undefined]);
    expect(m.rowWarnings?.map((w) => [w.row, w.field, w.problem.code])).toEqual([
      [2, 'Latitude', 'zero-coordinates'],
    ]);
  });

  it('a timemap JSON loads as timemap; the app’s own events file does not', () => {
    const timemap = JSON.stringify([
      { date: '02/21/2026', description: 'A convoy was seen.', latitude: '36.7', longitude: '40.5' },
    ]);
    const r = parseEventsFile('events.json', timemap);
    expect(r.format).toBe('timemap');
    expect(r.events.map((e) => [e.id, e.date, e.lat])).toEqual([['row-1', '2026-02-21', 36.7]]);
    expect(parseEventsFile('events.json', FEATURES).format).toBeUndefined();
  });
});

describe('parseEventsFile: a table or GeoJSON of no known format goes through the mapping step', () => {
  const read = (f: string) => readFileSync(resolve(__dirname, '../../../public/examples', f), 'utf8');

  it('a newsroom sheet asks for a mapping, proposes one, and with it loads every dated row', () => {
    const text = read('newsroom-sheet.csv');
    const ask = parseEventsFile('newsroom-sheet.csv', text);
    expect(ask.events).toEqual([]);
    const req = ask.needsMapping!;
    expect(req.header.slice(0, 4)).toEqual(['Date', 'Place', 'Latitude', 'Longitude']);
    expect(req.firstRowNumber).toBe(2);
    expect(req.proposal.mapping.roles).toMatchObject({ date: 'Date', lat: 'Latitude', lon: 'Longitude' });
    const r = parseEventsFile('newsroom-sheet.csv', text, { mapping: req.proposal.mapping });
    expect(r.events.length).toBe(req.totalRows);
    expect(r.events[0]!.id).toBe('row-2');
    expect(r.format).toBeUndefined();
    // the European Excel copy of the same sheet reads the same events
    const eu = read('newsroom-sheet-excel-eu.csv');
    const euReq = parseEventsFile('newsroom-sheet-excel-eu.csv', eu).needsMapping!;
    const euEvents = parseEventsFile('x.csv', eu, { mapping: euReq.proposal.mapping }).events;
    expect(euEvents.map((e) => [e.date, e.lat, e.lon])).toEqual(r.events.map((e) => [e.date, e.lat, e.lon]));
  });

  it('GeoJSON with its author’s own properties is mapped too, its position from the geometry', () => {
    const text = read('places-geojsonio.geojson');
    const req = parseEventsFile('places.geojson', text).needsMapping!;
    expect(req.features).toBe(true);
    const r = parseEventsFile('places.geojson', text, { mapping: req.proposal.mapping });
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.every((e) => e.lat !== undefined || e.lon === undefined)).toBe(true);
  });
});
