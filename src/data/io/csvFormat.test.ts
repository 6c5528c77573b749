import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { event, type StoryEvent } from '../schema';
import { csvColumns, eventsToCsv, parseDecimal, parseEventsCsv, plainDecimal } from './csvFormat';

/** The shipped events, each validated with the schema's `event` parser. */
const shipped = (): StoryEvent[] => {
  const file = JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/events.json'), 'utf8')) as {
    events: unknown[];
  };
  return file.events.map((e) => event.parse(e));
};

const base = (over: Partial<StoryEvent> = {}): StoryEvent =>
  event.parse({
    id: 'T1',
    date: '2026-02-01',
    precision: 'exact',
    category: 'convoy-movement',
    title: { en: 'A convoy', ar: 'رتل' },
    summary: { en: 'A convoy moves.', ar: 'رتل يتحرك.' },
    sources: [{ outlet: 'Example', url: 'https://example.org/t1' }],
    ...over,
  });

const HEADER =
  'id,date,precision,category,title_en,title_ar,summary_en,summary_ar,lat,lon,source_outlet,source_url';
const good = (id: string, date = '2026-02-01') =>
  `${id},${date},exact,convoy-movement,Convoy ${id},رتل ${id},A convoy moves.,رتل يتحرك.,36.7,40.5,Example,https://example.org/${id}`;

describe('eventsToCsv', () => {
  it('writes the documented columns in order, with as many source groups as the longest list', () => {
    const csv = eventsToCsv([
      base(),
      base({
        id: 'T2',
        sources: [
          { outlet: 'A', url: 'https://example.org/a' },
          { outlet: 'B', url: 'https://example.org/b' },
        ],
      }),
    ]);
    const header = csv.split('\r\n')[0];
    expect(header).toBe(
      'id,date,end_date,precision,category,title_en,title_ar,summary_en,summary_ar,lat,lon,places,scope_en,scope_ar,' +
        'date_note_en,date_note_ar,context,' +
        'source_1_outlet,source_1_url,source_1_date,source_1_date_text,source_1_lang,' +
        'source_2_outlet,source_2_url,source_2_date,source_2_date_text,source_2_lang,' +
        'effects,movements,disputes',
    );
    expect(csvColumns(2).join(',')).toBe(header);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes one row per event: places joined by ";", JSON arrays, empty cells for absent values', () => {
    const e = base({
      places: ['qasrak', 'tell-baydar'],
      effects: [{ place: 'qasrak', status: 'vacated' }],
      lat: 36.7,
      lon: 40.5,
    });
    const rows = Papa.parse<Record<string, string>>(eventsToCsv([e]), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.places).toBe('qasrak;tell-baydar');
    expect(row.effects).toBe('[{"place":"qasrak","status":"vacated"}]');
    expect(row.movements).toBe('');
    expect(row.end_date).toBe('');
    expect(row.context).toBe('false');
    expect(row.lat).toBe('36.7');
    expect(row.source_1_url).toBe('https://example.org/t1');
  });

  it('writes numbers as plain decimals', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(-1.5e-7)).toBe('-0.00000015');
    expect(plainDecimal(1.5e21)).toBe('1500000000000000000000');
    expect(plainDecimal(36.7062)).toBe('36.7062');
    const csv = eventsToCsv([base({ lat: 1e-7, lon: -2.5e-8 })]);
    expect(csv).toContain(',0.0000001,-0.000000025,');
    expect(csv).not.toMatch(/\de-/);
    const back = parseEventsCsv(csv).events[0]!;
    expect([back.lat, back.lon]).toEqual([1e-7, -2.5e-8]);
  });

  it('quotes cells with commas, quotes and newlines; keeps Arabic intact', () => {
    const e = base({
      title: { en: 'A "quoted", comma\nand newline', ar: 'قسرك، «اقتباس», "فاصلة"' },
      summary: { en: 'Line one\r\nline two; three', ar: 'سطر أول\nسطر ثانٍ' },
      sources: [{ outlet: 'Outlet, Inc.', url: 'https://example.org/a?b=1,2', dateText: 'c. 21 Feb, 2026' }],
    });
    const csv = eventsToCsv([e]);
    expect(csv).toContain('"A ""quoted"", comma\nand newline"');
    expect(csv).toContain('"قسرك، «اقتباس», ""فاصلة"""');
    expect(csv).toContain('"Outlet, Inc."');
    const back = parseEventsCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.events).toEqual([e]);
  });
});

describe('export → import round trip', () => {
  it('gives back the shipped events exactly', () => {
    const events = shipped();
    expect(events).toHaveLength(24);
    const back = parseEventsCsv(eventsToCsv(events));
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.totalRows).toBe(24);
    expect(back.events).toEqual(events);
    // C1, E02, E05, E09, E17 and E18 are country- or area-wide: no place, no lat/lon
    expect(back.unmapped).toBe(6);
  });

  it('keeps every field of a fully filled event, lat/lon included', () => {
    const e = base({
      endDate: '2026-02-03',
      precision: 'approx-week',
      dateNote: { en: 'reported 4 Feb', ar: 'نُشر في 4 شباط' },
      places: ['qasrak'],
      lat: 36.70621,
      lon: -0.5,
      scope: { en: 'North-east', ar: 'الشمال الشرقي' },
      effects: [{ place: 'qasrak', status: 'handed-over', to: { en: 'Local force', ar: 'قوة محلية' } }],
      movements: [{ route: 'm4-highway', direction: 'reverse' }],
      disputes: [{ topic: 'date', text: { en: 'One says 2 Feb', ar: 'مصدر يقول 2 شباط' } }],
      context: true,
      sources: [
        { outlet: 'A', url: 'https://example.org/a/x', date: '2026-02-04', lang: 'ar' },
        { outlet: 'B', url: 'http://example.org/b/y', dateText: 'c. 5 Feb 2026', lang: 'other' },
        { outlet: 'C', url: 'https://example.org/c/z' },
      ],
    });
    const back = parseEventsCsv(eventsToCsv([e, base({ id: 'T2' })]));
    expect(back.errors).toEqual([]);
    expect(back.events).toEqual([e, base({ id: 'T2' })]);
  });
});

describe('parseEventsCsv: reading', () => {
  it('accepts the source_* aliases and missing optional columns; unknown columns are a warning', () => {
    const r = parseEventsCsv(`${HEADER},colour,notes\n${good('a')},red,x\n`);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'unknown-columns', columns: ['colour', 'notes'] }]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toEqual(
      base({
        id: 'a',
        title: { en: 'Convoy a', ar: 'رتل a' },
        lat: 36.7,
        lon: 40.5,
        sources: [{ outlet: 'Example', url: 'https://example.org/a' }],
      }),
    );
  });

  it('matches header names ignoring case and spaces, and strips a byte-order mark', () => {
    const header = HEADER.toUpperCase().replace('ID,', ' Id ,');
    const r = parseEventsCsv(`\uFEFF${header}\r\n${good('a')}\r\n`);
    expect(r.errors).toEqual([]);
    expect(r.events.map((e) => e.id)).toEqual(['a']);
  });

  it('reads numbered sources in order, skipping an empty group but naming columns by their number', () => {
    const header =
      'id,date,precision,category,title_en,title_ar,summary_en,summary_ar,source_2_outlet,source_2_url,source_1_outlet,source_1_url,source_3_outlet,source_3_url';
    const row = (id: string, s3url: string) =>
      `${id},2026-02-01,exact,reinforcement,T,ت,S,م,Two,https://example.org/two,,,Three,${s3url}`;
    const r = parseEventsCsv(
      [header, row('a', 'https://example.org/three'), row('b', 'ftp://example.org/three')].join('\n'),
    );
    expect(r.events.map((e) => e.sources.map((s) => s.outlet))).toEqual([['Two', 'Three']]);
    expect(r.errors).toEqual([
      { row: 3, field: 'source_3_url', problem: { code: 'bad-url' }, recordId: 'b' },
    ]);
  });

  it('treats empty cells as absent and counts events without a location', () => {
    const r = parseEventsCsv(
      `${HEADER},places,context,end_date\n${good('a').replace(',36.7,40.5,', ',,,')},,,\n${good('b')},qasrak ; tell-baydar,TRUE,2026-02-02`,
    );
    expect(r.errors).toEqual([]);
    expect(r.events[0]).not.toHaveProperty('lat');
    expect(r.events[0]).not.toHaveProperty('endDate');
    expect(r.events[0]!.places).toEqual([]);
    expect(r.events[1]!.places).toEqual(['qasrak', 'tell-baydar']);
    expect(r.events[1]!.context).toBe(true);
    expect(r.events[1]!.endDate).toBe('2026-02-02');
    expect(r.unmapped).toBe(1);
  });

  it('parses numbers strictly', () => {
    expect(parseDecimal('36.7')).toEqual({ value: 36.7 });
    expect(parseDecimal(' -0.5 ')).toEqual({ value: -0.5 });
    expect(parseDecimal('.5')).toEqual({ value: 0.5 });
    expect(parseDecimal('1e-7')).toEqual({ value: 1e-7 });
    for (const bad of ['12abc', 'NaN', 'Infinity', '-Infinity', '0x10', '1 000', '', '--1', '1.2.3']) {
      expect(parseDecimal(bad), bad).toHaveProperty('error');
    }
    expect(parseDecimal('12abc')).toEqual({ error: { code: 'not-a-number', text: '12abc' } });
    expect(parseDecimal('1e999')).toEqual({ error: { code: 'out-of-range', text: '1e999' } });
    expect(parseDecimal('36,7')).toEqual({ error: { code: 'decimal-comma', text: '36,7' } });
    const r = parseEventsCsv(
      [
        HEADER,
        good('a').replace(',36.7,', ',12abc,'),
        good('b').replace(',40.5,', ',Infinity,'),
        good('c').replace(',36.7,', ',NaN,'),
      ].join('\n'),
    );
    expect(r.events).toEqual([]);
    expect(r.errors).toEqual([
      { row: 2, field: 'lat', problem: { code: 'not-a-number', text: '12abc' }, recordId: 'a' },
      { row: 3, field: 'lon', problem: { code: 'not-a-number', text: 'Infinity' }, recordId: 'b' },
      { row: 4, field: 'lat', problem: { code: 'not-a-number', text: 'NaN' }, recordId: 'c' },
    ]);
  });

  it('reads a semicolon-separated file (European spreadsheets) and says so', () => {
    const text = [HEADER.replaceAll(',', ';'), good('a').replaceAll(',', ';')].join('\n');
    const r = parseEventsCsv(text);
    expect(r.errors).toEqual([]);
    expect(r.events.map((e) => [e.id, e.lat])).toEqual([['a', 36.7]]);
    expect(r.warnings).toEqual([{ code: 'read-as', separator: 'semicolon' }]);
  });

  it('reports progress from 0 to 1', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => good(`r${i}`));
    const seen: number[] = [];
    const r = parseEventsCsv([HEADER, ...rows].join('\n'), { onProgress: (f) => seen.push(f) });
    expect(r.events).toHaveLength(5000);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > seen[i - 1]!))).toBe(true);
  });
});

describe('parseEventsCsv: a broken file', () => {
  const csv = [
    HEADER, //                                                    row 1
    good('a'), //                                                 row 2 ok
    good('b', '2026-02-30'), //                                   row 3: impossible date
    good('c').replace(',Convoy c,رتل c,', ',,,'), //               row 4: no title in either language
    good('d').replace(',36.7,', ',abc,'), //                       row 5: lat is text
    good('e').replace('convoy-movement', ' '), //                  row 6: blank category
    good('a'), //                                                 row 7: duplicate id
    '', //                                                        row 8: blank line, skipped but counted
    good('f').replace('https://example.org/f', 'javascript:alert(1)'), // row 9: not an http(s) URL
    `g,2026-02-01,exact,convoy-movement,"Convoy g, which
spans two lines",رتل g,A convoy moves.,رتل يتحرك.,36.7,40.5,Example,https://example.org/g`, // row 10 ok (one spreadsheet row)
    good('h').replace(',40.5,', ',,'), //                          row 11: lat without lon
    good('i').replace('Convoy i', 'Convoy, unquoted'), //          row 12: one cell too many
    good('j'), //                                                 row 13 ok
    good('k').replace('Convoy k', '"Convoy k'), //                 row 14: unclosed quote, swallows the rest
    good('l'), //                                                 (unreadable: inside row 14's quote)
  ].join('\r\n');
  const r = parseEventsCsv(csv);

  it('loads the good rows', () => {
    expect(r.events.map((e) => e.id)).toEqual(['a', 'g', 'j']);
    expect(r.events[1]!.title.en).toBe('Convoy g, which\nspans two lines');
    expect(r.totalRows).toBe(12); // rows 2–14 less the blank line; row l is inside row 14's open quote
    expect(r.unmapped).toBe(0);
  });

  it('reports each bad row once, by spreadsheet row number and column', () => {
    expect(r.errors).toEqual([
      { row: 3, field: 'date', problem: { code: 'not-a-day' }, recordId: 'b' },
      { row: 4, field: 'title_en', problem: { code: 'empty' }, recordId: 'c' },
      { row: 5, field: 'lat', problem: { code: 'not-a-number', text: 'abc' }, recordId: 'd' },
      { row: 6, field: 'category', problem: { code: 'missing' }, recordId: 'e' },
      {
        row: 7,
        field: 'id',
        problem: { code: 'duplicate-id', id: 'a', first: { noun: 'row', n: 2 } },
        recordId: 'a',
      },
      { row: 9, field: 'source_1_url', problem: { code: 'bad-url' }, recordId: 'f' },
      { row: 11, field: 'lon', problem: { code: 'lat-lon-together' }, recordId: 'h' },
      { row: 12, field: '', problem: { code: 'csv-too-many-cells', cells: 13, columns: 12 }, recordId: 'i' },
      { row: 14, field: '', problem: { code: 'csv-unclosed-quote' }, recordId: 'k' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('names the cell inside a JSON or list column', () => {
    const text = `${HEADER},places,effects\n${good('a')},qasrak;Not_An_Id,"[{""place"":""qasrak"",""status"":""gone""}]"\n${good('b')},,{"place":1}\n${good('c')},,[oops`;
    const res = parseEventsCsv(text);
    expect(res.events).toEqual([]);
    expect(res.errors).toEqual([
      {
        row: 2,
        field: 'places',
        within: { noun: 'place', n: 2, path: '' },
        problem: { code: 'not-kebab-id' },
        recordId: 'a',
      },
      {
        row: 2,
        field: 'effects',
        within: { noun: 'item', n: 1, path: 'status' },
        problem: {
          code: 'not-an-option',
          options: ['held', 'reinforced', 'evacuating', 'vacated', 'handed-over', 'disputed'],
        },
        recordId: 'a',
      },
      { row: 3, field: 'effects', problem: { code: 'not-json-array' }, recordId: 'b' },
      { row: 4, field: 'effects', problem: { code: 'cell-not-json' }, recordId: 'c' },
    ]);
  });

  it('reports missing values and a span that ends before it starts; a source may be absent or unlinked', () => {
    const text = [
      `${HEADER},end_date`,
      good('a').replace(',exact,', ',,') + ',', //                     no precision
      good('b').replace('Example,https://example.org/b', ',') + ',', // no source
      good('c').replace('https://example.org/c', '') + ',', //          outlet without url
      `${good('d')},2026-01-31`, //                                     ends before it starts
      `,2026-02-01,exact,convoy-movement,T,ت,S,م,,,X,https://example.org/x,`, // no id
    ].join('\n');
    const res = parseEventsCsv(text);
    expect(res.errors).toEqual([
      { row: 2, field: 'precision', problem: { code: 'missing' }, recordId: 'a' },
      { row: 5, field: 'end_date', problem: { code: 'end-before-start', date: '2026-02-01' }, recordId: 'd' },
      { row: 6, field: 'id', problem: { code: 'missing' }, recordId: null },
    ]);
    expect(res.events.map((e) => [e.id, e.sources])).toEqual([
      ['b', []],
      ['c', [{ outlet: 'Example' }]],
    ]);
  });

  it('rejects a file without the required columns as a whole, naming them', () => {
    const r2 = parseEventsCsv('name,when\nx,y\n');
    expect(r2.events).toEqual([]);
    expect(r2.errors).toEqual([
      {
        row: null,
        field: '',
        problem: {
          code: 'missing-columns',
          missing: ['id', 'date', 'precision', 'category', 'title_en'],
          found: ['name', 'when'],
        },
        recordId: null,
      },
    ]);
    const noTitles = HEADER.replace(',title_en,title_ar', '');
    expect(parseEventsCsv(noTitles).errors[0]!.problem).toEqual({
      code: 'missing-columns',
      missing: ['title_en'],
      found: noTitles.split(','),
    });
    // one language is enough for imported data
    expect(parseEventsCsv(HEADER.replace(',title_ar', '')).errors).toEqual([]);
  });

  it('reports an empty file, a header without rows, and a repeated column', () => {
    expect(parseEventsCsv(' \n').errors).toEqual([
      { row: null, field: '', problem: { code: 'empty-file', name: null }, recordId: null },
    ]);
    const headerOnly = parseEventsCsv(`${HEADER}\n`);
    expect(headerOnly).toEqual({
      events: [],
      errors: [],
      warnings: [{ code: 'no-data-rows' }],
      totalRows: 0,
      unmapped: 0,
    });
    const repeated = parseEventsCsv(`${HEADER},ID\n${good('a')},zzz`);
    expect(repeated.events.map((e) => e.id)).toEqual(['a']);
    expect(repeated.warnings).toEqual([{ code: 'repeated-column', column: 'id' }]);
  });
});
