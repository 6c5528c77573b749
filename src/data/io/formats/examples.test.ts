/** The analyst-format example files in public/examples/ read as documented (fictional rows). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../table';
import { readFormatTable, readTimemap, type RowProblem } from '.';

const read = (f: string) => readFileSync(resolve(__dirname, '../../../../public/examples', f), 'utf8');
const table = (f: string) => {
  const r = readFormatTable(readTable(read(f)));
  if (!r) throw new Error(`${f} was not recognised`);
  return r;
};
const codes = (ps: RowProblem[]) => ps.map((p) => [p.row, p.column, p.problem.code]);

describe('acled-sample.csv (current layout, dates as "21 February 2026")', () => {
  const r = table('acled-sample.csv');

  it('is ACLED with a header; 12 rows, the one with no real day left out', () => {
    expect([r.format.id, r.hasHeader, r.totalRows, r.records.length]).toEqual(['acled', true, 12, 11]);
    expect(codes(r.problems)).toEqual([[6, 'event_date', 'unreadable-date']]);
    expect(r.warnings).toEqual([]);
  });

  it('categories, precision and uncertainty as the codes say', () => {
    const byId = new Map(r.records.map((x) => [x.record.id, x.record]));
    expect(new Set(r.records.map((x) => x.record.category))).toEqual(
      new Set([
        'Strategic developments',
        'Explosions/Remote violence',
        'Battles',
        'Protests',
        'Violence against civilians',
      ]),
    );
    expect(byId.get('SYR900101')).toMatchObject({
      date: '2026-02-21',
      precision: 'exact',
      uncertaintyKm: 25,
    });
    expect(byId.get('SYR900103')).toMatchObject({ precision: 'approx-week', uncertaintyKm: 25 });
    expect(byId.get('SYR900106')).toMatchObject({
      date: '2026-02-25',
      precision: 'approx-month',
      uncertaintyKm: 75,
    });
    expect(byId.get('SYR900110')).toMatchObject({ date: '2026-03-01', uncertaintyKm: 2 });
  });

  it('the notes cell keeps its comma and quotes; sources are outlets without links', () => {
    const first = r.records[0]?.record;
    expect(first?.summary).toBe(
      'Fictional example: a convoy of about 40 vehicles left the base, and a resident said "the gates were open by noon".',
    );
    expect(first?.sources).toEqual([{ outlet: 'Example Local News' }, { outlet: 'Example Wire' }]);
    for (const x of r.records) for (const s of x.record.sources) expect(s.url).toBeUndefined();
  });

  it('the row with no coordinates is a record, listed but not mapped', () => {
    const unmapped = r.records.filter((x) => x.record.lat === undefined);
    expect(unmapped.map((x) => [x.row, x.record.id, x.record.uncertaintyKm])).toEqual([
      [9, 'SYR900108', undefined],
    ]);
    for (const x of r.records.filter((y) => y.record.lat !== undefined)) {
      // north and east Syria
      expect(x.record.lat).toBeGreaterThan(34.5);
      expect(x.record.lat).toBeLessThan(37.4);
      expect(x.record.lon).toBeGreaterThan(37.5);
      expect(x.record.lon).toBeLessThan(42.5);
    }
  });

  it('attributes: actors, admin levels, fatalities and timestamp as numbers', () => {
    expect(r.records[1]?.record.attributes).toMatchObject({
      actor1: 'Unidentified Armed Group (Syria)',
      actor2: 'Civilians (Syria)',
      civilian_targeting: 'Civilian targeting',
      admin1: 'Deir ez-Zor',
      fatalities: 1,
      timestamp: 1771900000,
      tags: 'casualties unknown',
    });
    expect(r.records.reduce((n, x) => n + Number(x.record.attributes.fatalities), 0)).toBe(9);
  });
});

describe('acled-api-sample.csv (pre-2023 layout, ISO dates)', () => {
  it('reads every row with the old columns as attributes', () => {
    const r = table('acled-api-sample.csv');
    expect([r.format.id, r.records.length, r.problems, r.warnings]).toEqual(['acled', 4, [], []]);
    expect(r.records.map((x) => [x.record.date, x.record.precision, x.record.uncertaintyKm])).toEqual([
      ['2022-03-14', 'exact', 25],
      ['2022-03-15', 'approx-week', 2],
      ['2022-03-16', 'exact', 2],
      ['2022-03-17', 'approx-month', 75],
    ]);
    expect(r.records[0]?.record.attributes).toMatchObject({ iso3: 'SYR', iso: '760' });
    expect(r.records[0]?.record.attributes.disorder_type).toBeUndefined();
  });
});

describe('UCDP GED samples', () => {
  const withHeader = table('ucdp-ged-sample.csv');
  const noHeader = table('ucdp-ged-noheader.csv');

  it('the same events with a header and without', () => {
    expect([withHeader.format.id, withHeader.hasHeader, noHeader.format.id, noHeader.hasHeader]).toEqual([
      'ucdp-ged',
      true,
      'ucdp-ged',
      false,
    ]);
    expect(noHeader.records.map((x) => x.record)).toEqual(withHeader.records.map((x) => x.record));
    // without a header, every row number is one less
    expect(noHeader.problems).toEqual(withHeader.problems.map((p) => ({ ...p, row: p.row - 1 })));
  });

  it('spans, precision and uncertainty; the row whose end is before its start left out', () => {
    expect(codes(withHeader.problems)).toEqual([[7, 'date_end', 'end-before-start']]);
    expect(
      withHeader.records.map((x) => [
        x.record.date,
        x.record.endDate,
        x.record.precision,
        x.record.uncertaintyKm,
      ]),
    ).toEqual([
      ['2026-02-21', undefined, 'exact', 25],
      ['2026-02-22', '2026-02-25', 'approx-week', 50],
      ['2026-02-01', '2026-02-28', 'approx-month', 2],
      ['2026-01-10', '2026-03-01', 'approx-year', 150],
      ['2026-03-03', undefined, 'exact', 50],
      ['2026-03-01', '2026-03-07', 'approx-week', 300],
    ]);
  });

  it('types of violence in words, sources dated, deaths as numbers', () => {
    expect(withHeader.records.map((x) => x.record.category)).toEqual([
      'State-based conflict',
      'Non-state conflict',
      'One-sided violence',
      'State-based conflict',
      'One-sided violence',
      'Non-state conflict',
    ]);
    expect(withHeader.records[0]?.record.sources).toEqual([
      { outlet: 'Example Wire', date: '2026-02-21' },
      { outlet: 'Example Observatory', date: '2026-02-22' },
    ]);
    expect(withHeader.records[0]?.record.attributes).toMatchObject({ best: 5, low: 5, high: 7, deaths_b: 3 });
    expect(withHeader.records[2]?.record.attributes.number_of_sources).toBeUndefined();
    expect(withHeader.records[2]?.record.summary).toBeUndefined();
  });
});

describe('gdelt-sample.CSV (tab-separated, no header)', () => {
  const r = table('gdelt-sample.CSV');

  it('is GDELT without a header; every row read', () => {
    expect([r.format.id, r.hasHeader, r.totalRows, r.records.length, r.problems]).toEqual([
      'gdelt',
      false,
      8,
      8,
      [],
    ]);
  });

  it('CAMEO root codes in words, dates from SQLDATE, uncertainty from ActionGeo_Type', () => {
    expect(r.records.map((x) => x.record.category)).toEqual([
      'Yield',
      'Fight',
      'Express intent to cooperate',
      'Make public statement',
      'Protest',
      'Consult',
      'Assault',
      'Make public statement',
    ]);
    expect(r.records.map((x) => x.record.date)).toEqual([
      '2026-02-21',
      '2026-02-22',
      '2026-02-22',
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
    ]);
    expect(r.records.map((x) => x.record.uncertaintyKm)).toEqual([10, 10, 300, 150, 10, undefined, 10, 10]);
    expect(r.records[5]?.record.lat).toBeUndefined();
    expect(r.records[0]?.record.title).toBe('UNITED STATES → SYRIA: Yield');
  });

  it('sources: links with their host, a citation without a url, an ftp link refused', () => {
    expect(r.records.map((x) => x.record.sources)).toEqual([
      [{ outlet: 'example.org', url: 'https://www.example.org/news/2026/02/21/handover' }],
      [{ outlet: 'news.example.com', url: 'https://news.example.com/syria/clash-0222' }],
      [{ outlet: 'example.org', url: 'https://www.example.org/world/statement' }],
      [{ outlet: 'BBC Monitoring' }],
      [],
      [{ outlet: 'example.org', url: 'https://www.example.org/news/consult' }],
      [{ outlet: 'news.example.com', url: 'https://news.example.com/syria/0226' }],
      [{ outlet: 'example.org', url: 'https://www.example.org/news/0227' }],
    ]);
    expect(codes(r.warnings)).toEqual([[5, 'SOURCEURL', 'url-not-http']]);
    expect(r.records[0]?.record.attributes).toMatchObject({ QuadClass: 2, GoldsteinScale: 5, AvgTone: -1.8 });
  });
});

describe('timemap-sample.json', () => {
  const r = readTimemap(JSON.parse(read('timemap-sample.json')));

  it('reads four of five events; the one with no real day is left out', () => {
    expect(r?.records.map((x) => x.id)).toEqual(['TM-01', 'TM-02', 'TM-03', 'TM-05']);
    expect(r?.problems).toEqual([
      { event: 4, field: 'date', problem: { code: 'unreadable-date', text: '02/30/2026' } },
    ]);
    expect(r?.warnings).toEqual([
      { event: 5, field: 'sources', problem: { code: 'url-not-http', scheme: 'javascript' } },
    ]);
  });

  it('month-first dates, times, places, categories and sources', () => {
    const [a, b, c, d] = r?.records ?? [];
    expect(a).toMatchObject({ date: '2026-02-21', title: 'Convoy — Qasrak', attributes: { time: '06:40' } });
    expect(b?.sources).toEqual([
      { outlet: 'Example Photo Desk', url: 'https://example.com/photos/tm-02.jpg', date: '2026-02-24' },
    ]);
    expect(c?.lat).toBeUndefined();
    expect(c?.sources).toEqual([{ outlet: 'Example Wire' }]);
    expect(d?.category).toBeNull();
    expect(d?.sources).toEqual([{ outlet: 'example.org', url: 'https://www.example.org/clips/tm-05' }]);
  });
});
