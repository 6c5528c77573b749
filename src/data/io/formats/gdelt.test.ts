import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../record';
import { gdelt } from './gdelt';
import type { RowResult } from './types';

const BASE: Record<string, string> = Object.fromEntries(gdelt.columns.map((c) => [c, '']));
Object.assign(BASE, {
  GLOBALEVENTID: '1290000001',
  SQLDATE: '20260221',
  MonthYear: '202602',
  Year: '2026',
  FractionDate: '2026.2219',
  Actor1Name: 'UNITED STATES',
  Actor2Name: 'SYRIA',
  EventCode: '0871',
  EventBaseCode: '087',
  EventRootCode: '08',
  QuadClass: '2',
  GoldsteinScale: '5.0',
  NumMentions: '10',
  NumSources: '2',
  NumArticles: '10',
  AvgTone: '-1.8',
  ActionGeo_Type: '4',
  ActionGeo_FullName: 'Al Hasakah, Al Hasakah, Syria',
  ActionGeo_CountryCode: 'SY',
  ActionGeo_Lat: '36.5024',
  ActionGeo_Long: '40.7477',
  DATEADDED: '20260221101500',
  SOURCEURL: 'https://www.example.org/news/1',
});
const row = (over: Record<string, string> = {}) => gdelt.columns.map((c) => over[c] ?? BASE[c] ?? '');
const read = (over: Record<string, string> = {}): RowResult => gdelt.toRecord({ ...BASE, ...over });
const record = (over: Record<string, string> = {}): EventRecord => {
  const r = read(over);
  if (!('record' in r)) throw new Error(JSON.stringify(r.problems));
  return r.record;
};

describe('GDELT 2.0: recognised without a header, or by a BigQuery header', () => {
  it('61 columns in the codebook’s order', () => {
    expect(gdelt.columns).toHaveLength(61);
    expect(gdelt.columns.slice(0, 2)).toEqual(['GLOBALEVENTID', 'SQLDATE']);
    expect(gdelt.columns.slice(51, 61)).toEqual([
      'ActionGeo_Type',
      'ActionGeo_FullName',
      'ActionGeo_CountryCode',
      'ActionGeo_ADM1Code',
      'ActionGeo_ADM2Code',
      'ActionGeo_Lat',
      'ActionGeo_Long',
      'ActionGeo_FeatureID',
      'DATEADDED',
      'SOURCEURL',
    ]);
  });

  it('a data row, and a header', () => {
    expect(gdelt.recognise(row())).toBe('headerless');
    expect(gdelt.recognise(gdelt.columns)).toBe('header');
    expect(gdelt.recognise(gdelt.columns.map((c) => c.toLowerCase()))).toBe('header');
  });

  it('near misses: GDELT 1.0’s 58 columns, 61 cells of something else, a date that is no day', () => {
    const v1 = row().filter((_, i) => ![39, 47, 55].includes(i));
    expect(v1).toHaveLength(58);
    expect(gdelt.recognise(v1)).toBeNull();
    expect(gdelt.recognise(Array.from({ length: 61 }, () => 'x'))).toBeNull();
    expect(gdelt.recognise(row({ SQLDATE: '20261340' }))).toBeNull();
    expect(gdelt.recognise(row({ DATEADDED: '2026-02-21' }))).toBeNull();
    expect(gdelt.recognise(['GLOBALEVENTID', 'SQLDATE', 'Actor1Name'])).toBeNull();
  });
});

describe('GDELT 2.0: a row', () => {
  it('the core fields', () => {
    expect(record()).toEqual({
      id: '1290000001',
      date: '2026-02-21',
      precision: 'exact',
      category: 'Yield',
      title: 'UNITED STATES → SYRIA: Yield',
      location: 'Al Hasakah, Al Hasakah, Syria',
      lat: 36.5024,
      lon: 40.7477,
      uncertaintyKm: 10,
      sources: [{ outlet: 'example.org', url: 'https://www.example.org/news/1' }],
      attributes: {
        Actor1Name: 'UNITED STATES',
        Actor2Name: 'SYRIA',
        EventCode: '0871',
        ActionGeo_FullName: 'Al Hasakah, Al Hasakah, Syria',
        ActionGeo_CountryCode: 'SY',
        QuadClass: 2,
        GoldsteinScale: 5,
        NumMentions: 10,
        NumSources: 2,
        NumArticles: 10,
        AvgTone: -1.8,
      },
    });
  });

  it('CAMEO root codes in words, a lost leading zero restored, an unknown code reported', () => {
    expect(record({ EventRootCode: '01' }).category).toBe('Make public statement');
    expect(record({ EventRootCode: '1' }).category).toBe('Make public statement');
    expect(record({ EventRootCode: '19' }).category).toBe('Fight');
    expect(record({ EventRootCode: '20' }).category).toBe('Use unconventional mass violence');
    expect(read({ EventRootCode: '21' })).toMatchObject({
      record: { category: null, title: 'UNITED STATES → SYRIA: 0871' },
      warnings: [{ column: 'EventRootCode', problem: { code: 'unknown-code', text: '21' } }],
    });
  });

  it('ActionGeo_Type → uncertainty; no coordinates, no uncertainty', () => {
    expect(['1', '2', '3', '4', '5'].map((t) => record({ ActionGeo_Type: t }).uncertaintyKm)).toEqual([
      300, 150, 10, 10, 150,
    ]);
    const r = record({ ActionGeo_Type: '0', ActionGeo_Lat: '', ActionGeo_Long: '' });
    expect([r.lat, r.lon, r.uncertaintyKm]).toEqual([undefined, undefined, undefined]);
  });

  it('titles with one actor or none', () => {
    expect(record({ Actor2Name: '' }).title).toBe('UNITED STATES: Yield');
    expect(record({ Actor1Name: '', Actor2Name: '' }).title).toBe('Yield');
  });

  it('SOURCEURL: a link, a citation without a url, a refused scheme', () => {
    expect(record({ SOURCEURL: 'BBC Monitoring' }).sources).toEqual([{ outlet: 'BBC Monitoring' }]);
    expect(read({ SOURCEURL: 'javascript:alert(1)' })).toMatchObject({
      record: { sources: [] },
      warnings: [{ column: 'SOURCEURL', problem: { code: 'url-not-http', scheme: 'javascript' } }],
    });
    expect(record({ SOURCEURL: '' }).sources).toEqual([]);
  });

  it('a bad date keeps the row out', () => {
    expect(read({ SQLDATE: '20260230' })).toEqual({
      problems: [{ column: 'SQLDATE', problem: { code: 'unreadable-date', text: '20260230' } }],
    });
  });
});
