import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geojsonAsTable } from './geojsonTable';
import {
  applyMapping,
  asColumnMapping,
  columnLetter,
  columnNames,
  inferDateConvention,
  mappingFits,
  mappingSummary,
  proposeMapping,
  type ColumnMapping,
} from './mapping';
import { nameScore, normaliseName } from './mappingNames';
import type { EventRecord } from './record';
import { readTable } from './table';

const example = (f: string) => readFileSync(resolve(__dirname, '../../../public/examples', f), 'utf8');

/** A delimited file as header + rows, the way the page will call the mapping. */
function table(text: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = readTable(text).rows;
  return { header, rows };
}

const mapping = (m: Partial<ColumnMapping> & Pick<ColumnMapping, 'roles'>): ColumnMapping => ({
  version: 1,
  date: 'ymd',
  decimalComma: false,
  hasHeader: true,
  ...m,
});

const NEWSROOM_ROLES = {
  date: 'Date',
  location: 'Place',
  lat: 'Latitude',
  lon: 'Longitude',
  summary: 'What happened',
  sourceUrl: 'Source link',
};

/** The newsroom sheet's records as the mapping should read them (the summaries checked apart). */
const NEWSROOM: [string, string, number | null, number | null, string | null][] = [
  ['2026-02-21', 'Qasrak', 36.7062, 40.512, '01'],
  ['2026-02-22', 'Tell Baydar', 36.885, 40.536, '02'],
  ['2026-02-24', 'Hasakah', 36.5024, 40.7477, '03'],
  ['2026-02-25', 'Deir ez-Zor', 35.3359, 40.1408, '04'],
  ['2026-02-27', 'Al-Tanf', 33.492, 38.618, '05'],
  ['2026-03-01', 'Shaddadi', 36.055, 40.73, '06'],
  ['2026-03-03', 'Rmelan', 37.015, 42.117, '07'],
  ['2026-03-05', 'Kobani', 36.891, 38.354, null],
  ['2026-03-10', 'Raqqa (outskirts)', null, null, '09'],
  ['2026-03-14', 'Al-Omar oil field', 35.083, 40.546, '10'],
];

function expectNewsroomRecords(records: EventRecord[]) {
  expect(records).toHaveLength(NEWSROOM.length);
  records.forEach((r, i) => {
    const [date, place, lat, lon, link] = NEWSROOM[i] ?? [];
    const expected: EventRecord = {
      id: null,
      date: date ?? '',
      precision: 'exact',
      category: null,
      title: place ?? '', // no title column: the place names the event
      summary: r.summary,
      location: place,
      sources: link ? [{ outlet: 'example.org', url: `https://example.org/newsroom/${link}` }] : [],
      attributes: {},
    };
    if (lat !== null && lon !== null) Object.assign(expected, { lat, lon });
    expect(r).toEqual(expected);
    expect(r.summary).toMatch(/^Fictional example: /);
  });
}

describe('the example files', () => {
  it('newsroom sheet: proposed by its names, dates day-first (proven by 21/02), read into 10 records', () => {
    const { header, rows } = table(example('newsroom-sheet.csv'));
    const p = proposeMapping(header, rows);
    expect(p.mapping).toEqual({
      version: 1,
      roles: NEWSROOM_ROLES,
      date: 'dmy',
      decimalComma: false,
      hasHeader: true,
    });
    expect(p.dateInference).toEqual({ kind: 'numeric', order: 'dmy', share: 1 });
    expect(p.columns).toEqual(header);
    expect(p.candidates.lat).toEqual(['Latitude']);
    expect(p.candidates.title).toEqual([]);

    const out = applyMapping(header, rows, p.mapping, 2);
    expect(out.errors).toEqual([]);
    expect(out.unmapped).toBe(1); // Raqqa has no coordinates: listed, not mapped, not an error
    expectNewsroomRecords(out.records);
    expect(out.records[6]?.summary).toBe(
      'Fictional example: guards at the oil field say the nearby site is "nearly empty".',
    );
    expect(mappingSummary(header, rows, p.mapping)).toEqual({ kept: 10, noDate: 0, noLocation: 1 });
  });

  it('the same sheet from a European Excel (BOM, CRLF, ";", decimal commas, a line break in a cell) reads the same', () => {
    const text = example('newsroom-sheet-excel-eu.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const { header, rows } = table(text);
    const p = proposeMapping(header, rows);
    expect(p.mapping).toEqual({
      version: 1,
      roles: NEWSROOM_ROLES,
      date: 'dmy',
      decimalComma: true,
      hasHeader: true,
    });
    const out = applyMapping(header, rows, p.mapping, 2);
    expect(out.errors).toEqual([]);
    expect(out.unmapped).toBe(1);
    expectNewsroomRecords(out.records);
    expect(out.records[2]?.summary).toBe(
      'Fictional example: residents report helicopters over the city.\nThey were flying east.',
    );
  });

  it('geojson.io places: the geometry fills latitude and longitude, the properties the rest', () => {
    const t = geojsonAsTable(JSON.parse(example('places-geojsonio.geojson')));
    if (!t) throw new Error('not read as a table');
    const p = proposeMapping(t.header, t.rows);
    expect(p.mapping).toEqual({
      version: 1,
      roles: {
        lat: 'geometry.lat',
        lon: 'geometry.lon',
        date: 'date',
        title: 'name',
        summary: 'description',
        sourceUrl: 'url',
      },
      date: 'ymd',
      decimalComma: false,
      hasHeader: true,
    });
    expect(p.dateInference).toEqual({ kind: 'iso', share: 1 });
    const out = applyMapping(t.header, t.rows, p.mapping, 1);
    expect(out.errors).toEqual([]);
    expect(out.unmapped).toBe(0);
    expect(out.records).toHaveLength(6);
    expect(out.records[0]).toEqual({
      id: null,
      date: '2026-02-21',
      precision: 'exact',
      category: null,
      title: 'قافلة عند قسرك',
      summary: 'مثال متخيَّل: قافلة من نحو عشرين شاحنة تصل إلى القاعدة.',
      lat: 36.7062,
      lon: 40.512,
      sources: [{ outlet: 'example.org', url: 'https://example.org/map/01' }],
      attributes: { 'marker-color': '#7e7e7e' }, // geojson.io's styling: kept as an attribute
    });
    expect(out.records.map((r) => [r.lon, r.lat])).toEqual(t.coordinates);
    expect(out.records[2]?.attributes).toEqual({});
  });
});

describe('proposing a mapping', () => {
  it('knows Arabic header names', () => {
    const header = [
      'التاريخ',
      'العنوان',
      'الفئة',
      'المكان',
      'خط العرض',
      'خط الطول',
      'الوصف',
      'المصدر',
      'الرابط',
    ];
    const rows = [
      ['2026-02-21', 'قافلة', 'تحرك', 'قسرك', '36.7', '40.5', 'نص', 'وكالة', 'https://example.org/a'],
    ];
    expect(proposeMapping(header, rows).mapping.roles).toEqual({
      date: 'التاريخ',
      title: 'العنوان',
      category: 'الفئة',
      location: 'المكان',
      lat: 'خط العرض',
      lon: 'خط الطول',
      summary: 'الوصف',
      source: 'المصدر',
      sourceUrl: 'الرابط',
    });
  });

  it('knows the common English variants and ACLED / UCDP names', () => {
    const cases: [string, string][] = [
      ['lat', 'lat'],
      ['Latitude', 'lat'],
      ['Y', 'lat'],
      ['lng', 'lon'],
      ['Long', 'lon'],
      ['X', 'lon'],
      ['event_date', 'date'],
      ['Day', 'date'],
      ['date_start', 'date'],
      ['date_end', 'endDate'],
      ['Description', 'summary'],
      ['notes', 'summary'],
      ['Headline', 'title'],
      ['event_type', 'category'],
      ['City', 'location'],
      ['Outlet', 'source'],
      ['Source URL', 'sourceUrl'],
      ['Link', 'sourceUrl'],
      ['event_id_cnty', 'id'],
      ['eventDate', 'date'],
    ];
    for (const [name, role] of cases) expect(nameScore(name, role as never), name).toBe(3);
    // words: a suggestion, weaker than a whole name
    expect(nameScore('Date of event (dd/mm/yyyy)', 'date')).toBe(2);
    expect(nameScore('ActionGeo_Lat', 'lat')).toBe(2);
    // and what must not match
    expect(nameScore('source_date', 'date')).toBe(0);
    expect(nameScore('sub_event_type', 'category')).toBe(0);
    expect(nameScore('geo_precision', 'location')).toBe(0);
    expect(nameScore('source_scale', 'source')).toBe(0);
    expect(nameScore('Source link', 'source')).toBe(0);
    expect(normaliseName('  Event_Date ')).toBe('event date');
    expect(normaliseName('خطّ العرض')).toBe('خط العرض');
  });

  it('reads an ACLED header by its names', () => {
    const header = (
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,' +
      'assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,' +
      'admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'
    ).split(',');
    const row = (id: string, date: string, lat: string, lon: string) =>
      [id, date, '2026', '1', 'Political violence', 'Battles', 'Armed clash', 'Group A', '', '3', 'Group B']
        .concat(['', '2', '23', '', '760', 'Middle East', 'Syria', 'Al-Hasakeh', 'Al-Hasakeh', '', 'Qasrak'])
        .concat([
          lat,
          lon,
          '2',
          'Example Wire; Example Observatory',
          'National',
          'Fictional example.',
          '0',
          '',
        ])
        .concat(['1771632000']);
    const rows = [
      row('SYR900001', '21 February 2026', '36.7062', '40.5120'),
      row('SYR900002', '22 February 2026', '35.3359', '40.1408'),
    ];
    expect(rows[0]).toHaveLength(header.length);
    const p = proposeMapping(header, rows);
    expect(p.mapping.roles).toEqual({
      id: 'event_id_cnty',
      date: 'event_date',
      category: 'event_type',
      location: 'location',
      lat: 'latitude',
      lon: 'longitude',
      source: 'source',
      summary: 'notes',
    });
    expect(p.mapping.date).toBe('ymd'); // "21 February 2026"
    expect(p.candidates.category).toEqual(['event_type', 'disorder_type']);
    const [first] = applyMapping(header, rows, p.mapping, 2).records;
    expect(first).toMatchObject({
      id: 'SYR900001',
      date: '2026-02-21',
      category: 'Battles',
      title: 'Battles — Qasrak',
      location: 'Qasrak',
      lat: 36.7062,
      lon: 40.512,
      sources: [{ outlet: 'Example Wire' }, { outlet: 'Example Observatory' }],
      attributes: {
        year: 2026,
        sub_event_type: 'Armed clash',
        fatalities: 0,
        iso: 760,
        admin1: 'Al-Hasakeh',
      },
    });
    expect(first?.attributes).not.toHaveProperty('tags'); // empty cells are left out
  });

  it('reports ambiguous dates as ambiguous and leaves the order to the person', () => {
    const header = ['Date', 'Place'];
    const rows = [
      ['01/02/2026', 'Qasrak'],
      ['03/02/2026', 'Hasakah'],
      ['03/04/2026', 'Raqqa'],
    ];
    const p = proposeMapping(header, rows);
    expect(p.dateInference?.kind).toBe('ambiguous');
    expect(p.mapping.date).toBeNull();
    expect(p.mapping.roles.date).toBe('Date');

    // not chosen: nothing is guessed, every row says why
    const out = applyMapping(header, rows, p.mapping, 2);
    expect(out.records).toEqual([]);
    expect(out.errors).toEqual([
      { row: 2, column: 'Date', problem: { code: 'ambiguous-date', text: '01/02/2026' } },
      { row: 3, column: 'Date', problem: { code: 'ambiguous-date', text: '03/02/2026' } },
      { row: 4, column: 'Date', problem: { code: 'ambiguous-date', text: '03/04/2026' } },
    ]);
    // the preview for each choice
    expect(mappingSummary(header, rows, p.mapping)).toEqual({ kept: 0, noDate: 3, noLocation: 0 });
    expect(mappingSummary(header, rows, { ...p.mapping, date: 'dmy' })).toEqual({
      kept: 3,
      noDate: 0,
      noLocation: 3,
    });
    const dmy = applyMapping(header, rows, { ...p.mapping, date: 'dmy' }, 2).records.map((r) => r.date);
    const mdy = applyMapping(header, rows, { ...p.mapping, date: 'mdy' }, 2).records.map((r) => r.date);
    expect(dmy).toEqual(['2026-02-01', '2026-02-03', '2026-04-03']);
    expect(mdy).toEqual(['2026-01-02', '2026-03-02', '2026-03-04']);
  });

  it('an end date that proves the order decides it for the start dates too', () => {
    const header = ['From', 'To'];
    const rows = [
      ['01/02/2026', '03/02/2026'],
      ['05/02/2026', '20/02/2026'],
    ];
    const p = proposeMapping(header, rows);
    expect(p.mapping.roles).toEqual({ date: 'From', endDate: 'To' });
    expect(p.mapping.date).toBe('dmy');
    expect(applyMapping(header, rows, p.mapping, 2).records.map((r) => [r.date, r.endDate])).toEqual([
      ['2026-02-01', '2026-02-03'],
      ['2026-02-05', '2026-02-20'],
    ]);
  });

  it('finds coordinates and dates by their values when the names say nothing', () => {
    const header = ['Wann', 'Ort', 'N', 'E', 'Anzahl'];
    const rows = [
      ['2026-02-21', 'Qasrak', '36.7062', '40.512', '3'],
      ['2026-02-22', 'Hasakah', '36.5024', '40.7477', '0'],
      ['2026-02-23', 'Tanf', '33.492', '38.618', '12'],
    ];
    const p = proposeMapping(header, rows);
    expect(p.mapping.roles).toEqual({ date: 'Wann', lat: 'N', lon: 'E' });
    // longitude first: a column beyond ±90 is no latitude
    const swapped = proposeMapping(
      ['a', 'b'],
      [
        ['140.5', '36.7'],
        ['-120.25', '-33.9'],
      ],
    );
    expect(swapped.mapping.roles).toEqual({ lon: 'a', lat: 'b' });
  });

  it('finds a single "lat, lon" column by its values, whatever its name', () => {
    const header = ['Date', 'Spot', 'Notes'];
    const rows = [
      ['2026-02-21', '36.7062, 40.512', 'a'],
      ['2026-02-22', '(36.5024, 40.7477)', 'b'],
      ['2026-02-23', '', 'c'],
    ];
    const p = proposeMapping(header, rows);
    expect(p.mapping.roles).toEqual({ date: 'Date', latlon: 'Spot', summary: 'Notes' });
    const out = applyMapping(header, rows, p.mapping, 2);
    expect(out.records.map((r) => [r.lat, r.lon])).toEqual([
      [36.7062, 40.512],
      [36.5024, 40.7477],
      [undefined, undefined],
    ]);
    expect(out.unmapped).toBe(1);
    // a "Location" column of coordinates is coordinates, not a place name
    const q = proposeMapping(['Date', 'Location'], [['2026-02-21', '36.7, 40.5']]);
    expect(q.mapping.roles).toEqual({ date: 'Date', latlon: 'Location' });
  });

  it('takes a first row of values for data and names the columns by letter (no header, as GDELT)', () => {
    const header = ['1234567', '20260221', 'SYR', '36.7062', '40.512', 'https://example.org/a'];
    const rows = [['1234568', '20260222', 'SYR', '35.3359', '40.1408', 'https://example.org/b']];
    const p = proposeMapping(header, rows);
    expect(p.mapping.hasHeader).toBe(false);
    expect(p.columns).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(p.mapping.roles).toEqual({ date: 'B', lat: 'D', lon: 'E', sourceUrl: 'F' });
    const out = applyMapping(header, rows, p.mapping, 1);
    expect(out.records.map((r) => r.date)).toEqual(['2026-02-21', '2026-02-22']);
    expect(out.records[0]?.attributes).toEqual({ A: 1234567, C: 'SYR' });
  });

  it('never proposes half a pair of coordinates', () => {
    const p = proposeMapping(['Date', 'Latitude'], [['2026-02-21', '36.7']]);
    expect(p.mapping.roles).toEqual({ date: 'Date' });
    expect(p.candidates.lat).toEqual(['Latitude']);
  });

  it('a header-only table: proposed by the names alone, nothing to read', () => {
    const header = ['Date', 'Place', 'Latitude', 'Longitude'];
    const p = proposeMapping(header, []);
    expect(p.mapping.roles).toEqual({ date: 'Date', location: 'Place', lat: 'Latitude', lon: 'Longitude' });
    expect(p.mapping.hasHeader).toBe(true);
    expect(applyMapping(header, [], p.mapping, 2)).toEqual({
      records: [],
      rows: [],
      errors: [],
      unmapped: 0,
    });
    expect(mappingSummary(header, [], p.mapping)).toEqual({ kept: 0, noDate: 0, noLocation: 0 });
  });

  it('a near-empty table: one row, blank lines skipped', () => {
    const { header, rows } = table('Date,Place\n\n21/02/2026,Qasrak\n,\n');
    expect(rows).toEqual([[], ['21/02/2026', 'Qasrak'], ['', '']]);
    const p = proposeMapping(header, rows);
    expect(p.mapping).toEqual({
      version: 1,
      roles: { date: 'Date', location: 'Place' },
      date: 'dmy',
      decimalComma: false,
      hasHeader: true,
    });
    const out = applyMapping(header, rows, p.mapping, 2);
    expect(out.errors).toEqual([]);
    expect(out.records).toEqual([
      {
        id: null,
        date: '2026-02-21',
        precision: 'exact',
        category: null,
        title: 'Qasrak',
        location: 'Qasrak',
        sources: [],
        attributes: {},
      },
    ]);
    expect(out.unmapped).toBe(1);
    // and an empty table
    expect(proposeMapping([], []).mapping.roles).toEqual({});
    expect(applyMapping([], [], p.mapping, 2).records).toEqual([]);
  });

  it('infers the convention again when the person picks another date column', () => {
    const header = ['Reported', 'Happened'];
    const rows = [
      ['2026-02-25', '02/21/2026'],
      ['2026-02-26', '02/22/2026'],
    ];
    expect(inferDateConvention(header, rows, { roles: { date: 'Happened' }, hasHeader: true })).toEqual({
      inference: { kind: 'numeric', order: 'mdy', share: 1 },
      convention: 'mdy',
    });
    expect(inferDateConvention(header, rows, { roles: {}, hasHeader: true })).toBeNull();
  });
});

describe('applying a mapping', () => {
  it('reports a row whose date cannot be read by row and column, and leaves it out', () => {
    const header = ['When', 'Where'];
    const rows = [
      ['2026-02-21', 'a'],
      ['21/02/2026', 'b'],
      ['', 'c'],
      ['2026-02-30', 'd'],
      ['yesterday', 'e'],
    ];
    const out = applyMapping(header, rows, mapping({ roles: { date: 'When', location: 'Where' } }), 2);
    expect(out.records.map((r) => r.location)).toEqual(['a']);
    expect(out.errors).toEqual([
      { row: 3, column: 'When', problem: { code: 'unreadable-date', text: '21/02/2026' } }, // ymd refuses year-last
      { row: 4, column: 'When', problem: { code: 'missing' } },
      { row: 5, column: 'When', problem: { code: 'unreadable-date', text: '2026-02-30' } },
      { row: 6, column: 'When', problem: { code: 'unreadable-date', text: 'yesterday' } },
    ]);
    expect(mappingSummary(header, rows, mapping({ roles: { date: 'When' } }))).toEqual({
      kept: 1,
      noDate: 4,
      noLocation: 1,
    });
  });

  it('keeps a row with unreadable or out-of-range coordinates unmapped, and reports the cell', () => {
    const header = ['date', 'lat', 'lon'];
    const rows = [
      ['2026-02-21', '36.7', '40.5'],
      ['2026-02-21', '', ''],
      ['2026-02-21', '36,7', '40.5'],
      ['2026-02-21', '96.7', '40.5'],
      ['2026-02-21', '36.7', '-190'],
      ['2026-02-21', '36.7', ''],
    ];
    const out = applyMapping(header, rows, mapping({ roles: { date: 'date', lat: 'lat', lon: 'lon' } }), 2);
    expect(out.records).toHaveLength(6);
    expect(out.records.filter((r) => r.lat !== undefined)).toHaveLength(1);
    expect(out.unmapped).toBe(5);
    expect(out.errors).toEqual([
      { row: 4, column: 'lat', problem: { code: 'bad-coordinate', text: '36,7' } },
      { row: 5, column: 'lat', problem: { code: 'coordinate-out-of-range', text: '96.7', axis: 'lat' } },
      { row: 6, column: 'lon', problem: { code: 'coordinate-out-of-range', text: '-190', axis: 'lon' } },
      { row: 7, column: 'lon', problem: { code: 'missing' } },
    ]);
  });

  it('reads decimal commas when the mapping says so, and refuses a dot then', () => {
    const header = ['date', 'lat', 'lon', 'killed', 'share'];
    const rows = [
      ['2026-02-21', '36,7062', '40,512', '3', '0,5'],
      ['2026-02-22', '36.7062', '40,512', '', '1,25'],
    ];
    const m = mapping({ roles: { date: 'date', lat: 'lat', lon: 'lon' }, decimalComma: true });
    const out = applyMapping(header, rows, m, 2);
    expect(out.records[0]).toMatchObject({
      lat: 36.7062,
      lon: 40.512,
      attributes: { killed: 3, share: 0.5 },
    });
    expect(out.records[1]?.lat).toBeUndefined();
    expect(out.records[1]?.attributes).toEqual({ share: 1.25 });
    expect(out.errors).toEqual([
      { row: 3, column: 'lat', problem: { code: 'bad-coordinate', text: '36.7062' } },
    ]);
  });

  it('keeps every other column as an attribute: numbers when the whole column is numbers', () => {
    const header = ['date', 'fatalities', 'code', 'actor', 'mixed', 'empty'];
    const rows = [
      ['2026-02-21', '3', '007', 'Group A', '1', ''],
      ['2026-02-22', '0', '012', 'Group B', 'two', ''],
      ['2026-02-23', '', '100', '', '3', ''],
    ];
    const out = applyMapping(header, rows, mapping({ roles: { date: 'date' } }), 2);
    expect(out.records.map((r) => r.attributes)).toEqual([
      { fatalities: 3, code: '007', actor: 'Group A', mixed: '1' },
      { fatalities: 0, code: '012', actor: 'Group B', mixed: 'two' },
      { code: '100', mixed: '3' },
    ]);
  });

  it('gives a row without a title one from its category and place, or its date', () => {
    const header = ['date', 'title', 'type', 'place'];
    const rows = [
      ['2026-02-21', 'Convoy seen', 'Movement', 'Qasrak'],
      ['2026-02-21', '', 'Movement', 'Qasrak'],
      ['2026-02-21', '', '', 'Qasrak'],
      ['2026-02-21', '', 'Movement', ''],
      ['2026-02-21', '', '', ''],
    ];
    const roles = { date: 'date', title: 'title', category: 'type', location: 'place' };
    const out = applyMapping(header, rows, mapping({ roles }), 2);
    expect(out.records.map((r) => r.title)).toEqual([
      'Convoy seen',
      'Movement — Qasrak',
      'Qasrak',
      'Movement',
      '2026-02-21',
    ]);
    expect(out.records[1]?.category).toBe('Movement');
    expect(out.records[2]?.category).toBeNull();
  });

  it('reads spans, and reports an end date it cannot use', () => {
    const header = ['start', 'end'];
    const rows = [
      ['2026-02-21', '2026-02-24'],
      ['2026-02-21', '2026-02-21'],
      ['2026-02-21', '2026-02-20'],
      ['2026-02-21', 'soon'],
    ];
    const out = applyMapping(header, rows, mapping({ roles: { date: 'start', endDate: 'end' } }), 2);
    expect(out.records.map((r) => r.endDate)).toEqual(['2026-02-24', undefined, undefined, undefined]);
    expect(out.errors).toEqual([
      { row: 4, column: 'end', problem: { code: 'end-before-start', date: '2026-02-20' } },
      { row: 5, column: 'end', problem: { code: 'unreadable-date', text: 'soon' } },
    ]);
  });

  it('cites outlets and links: several per cell, http(s) only, a bare link by its host', () => {
    const header = ['date', 'source', 'url', 'id'];
    const rows = [
      ['2026-02-21', 'Example Wire; Example Observatory', '', 'E-1'],
      ['2026-02-21', 'Example Wire', 'https://example.org/a https://www.example.org/b', ''],
      ['2026-02-21', '', 'www.example.org/c', ''],
      ['2026-02-21', 'Example Wire', 'javascript:alert(1)', ''],
      ['2026-02-21', '', 'not a link', ''],
    ];
    const roles = { date: 'date', source: 'source', sourceUrl: 'url', id: 'id' };
    const out = applyMapping(header, rows, mapping({ roles }), 2);
    expect(out.records.map((r) => r.sources)).toEqual([
      [{ outlet: 'Example Wire' }, { outlet: 'Example Observatory' }],
      [
        { outlet: 'Example Wire', url: 'https://example.org/a' },
        { outlet: 'example.org', url: 'https://www.example.org/b' },
      ],
      [{ outlet: 'example.org', url: 'https://www.example.org/c' }],
      [{ outlet: 'Example Wire' }],
      [],
    ]);
    expect(out.records.map((r) => r.id)).toEqual(['E-1', null, null, null, null]);
    expect(out.errors).toEqual([
      { row: 5, column: 'url', problem: { code: 'url-not-http', scheme: 'javascript' } },
      { row: 6, column: 'url', problem: { code: 'bad-url' } },
      { row: 6, column: 'url', problem: { code: 'bad-url' } },
      { row: 6, column: 'url', problem: { code: 'bad-url' } },
    ]);
  });

  it('numbers rows as a spreadsheet does, with or without a header row', () => {
    const rows = [['x'], ['2026-02-21']];
    const withHeader = applyMapping(['date'], rows, mapping({ roles: { date: 'date' } }), 2);
    expect(withHeader.errors.map((e) => e.row)).toEqual([2]);
    const noHeader = applyMapping(['y'], rows, mapping({ roles: { date: 'A' }, hasHeader: false }), 2);
    expect(noHeader.errors.map((e) => e.row)).toEqual([1, 2]);
    expect(noHeader.records).toHaveLength(1);
  });

  it('reads 100,000 rows, every one (speed is measured by the benchmark, not here)', () => {
    const header = [
      'Date',
      'Place',
      'Latitude',
      'Longitude',
      'What happened',
      'Source link',
      'Fatalities',
      'Actor',
    ];
    const rows: string[][] = [];
    for (let i = 0; i < 100_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      rows.push([
        `${day}/02/2026`,
        `Place ${i % 500}`,
        (33 + (i % 400) / 100).toFixed(4),
        (36 + (i % 600) / 100).toFixed(4),
        `Fictional example number ${i}, with a comma`,
        `https://example.org/e/${i}`,
        String(i % 7),
        `Group ${i % 13}`,
      ]);
    }
    const p = proposeMapping(header, rows);
    const out = applyMapping(header, rows, p.mapping, 2);
    expect(out.records).toHaveLength(100_000);
    expect(out.errors).toEqual([]);
    expect(out.records[99_999]?.attributes).toEqual({
      Fatalities: 99_999 % 7,
      Actor: `Group ${99_999 % 13}`,
    });
  });
});

describe('column names and stored mappings', () => {
  it('names columns by header, or by letter when empty, repeated, past the header or without one', () => {
    expect(columnNames([' Date ', '', 'Notes', 'Notes'], [['1', '2', '3', '4', '5']], true)).toEqual([
      'Date',
      'B',
      'Notes',
      'Notes (D)',
      'E',
    ]);
    expect(columnNames(['a', 'b'], [], false)).toEqual(['A', 'B']);
    expect(columnNames(['B', ''], [], true)).toEqual(['B', 'B (B2)']);
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('accepts a stored mapping only when it is one of this version', () => {
    const m = mapping({ roles: { date: 'Date', lat: 'Lat' }, date: null });
    expect(asColumnMapping(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(asColumnMapping(null)).toBeNull();
    expect(asColumnMapping({ ...m, version: 2 })).toBeNull();
    expect(asColumnMapping({ ...m, date: 'dd/mm' })).toBeNull();
    expect(asColumnMapping({ ...m, roles: { when: 'Date' } })).toBeNull();
    expect(asColumnMapping({ ...m, roles: { date: 3 } })).toBeNull();
    expect(asColumnMapping({ ...m, decimalComma: 'no' })).toBeNull();
  });

  it('says whether a saved mapping fits a table', () => {
    const m = mapping({ roles: { date: 'Date', location: 'Place' } });
    expect(mappingFits(['Date', 'Place', 'Notes'], [], m)).toBe(true);
    expect(mappingFits(['Date', 'Notes'], [], m)).toBe(false);
  });
});
