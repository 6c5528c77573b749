import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../record';
import { ucdpGed } from './ucdp';
import type { RowResult } from './types';

const BASE: Record<string, string> = Object.fromEntries(ucdpGed.columns.map((c) => [c, '']));
Object.assign(BASE, {
  id: '900001',
  relid: 'SYR-2026-1-1',
  year: '2026',
  type_of_violence: '1',
  conflict_name: 'Syria: Government',
  dyad_name: 'Government of Syria - IS',
  side_a: 'Government of Syria',
  side_b: 'IS',
  number_of_sources: '2',
  source_office: 'Outlet One;Outlet Two',
  source_date: '2026-02-21;2026-02-22',
  source_headline: 'Fictional headline',
  where_prec: '1',
  where_description: 'Palmyra town',
  adm_1: 'Homs governorate',
  latitude: '34.556',
  longitude: '38.267',
  country: 'Syria',
  region: 'Middle East',
  event_clarity: '1',
  date_prec: '1',
  date_start: '2026-02-21',
  date_end: '2026-02-21',
  deaths_a: '1',
  deaths_b: '2',
  deaths_civilians: '0',
  deaths_unknown: '0',
  best: '3',
  high: '4',
  low: '3',
});
const read = (over: Record<string, string> = {}): RowResult => ucdpGed.toRecord({ ...BASE, ...over });
const record = (over: Record<string, string> = {}): EventRecord => {
  const r = read(over);
  if (!('record' in r)) throw new Error(JSON.stringify(r.problems));
  return r.record;
};

describe('UCDP GED: recognised with a header or without', () => {
  it('the header (any case, any order)', () => {
    expect(ucdpGed.columns).toHaveLength(49);
    expect(ucdpGed.recognise(ucdpGed.columns)).toBe('header');
    expect(ucdpGed.recognise([...ucdpGed.columns].reverse().map((c) => c.toUpperCase()))).toBe('header');
  });

  it('a header-less first row by its 49 cells and their shapes', () => {
    const row = ucdpGed.columns.map((c) => BASE[c] ?? '');
    expect(ucdpGed.recognise(row)).toBe('headerless');
    expect(
      ucdpGed.recognise(
        row.map((c, i) => (ucdpGed.columns[i] === 'date_start' ? '2026-02-21 00:00:00.000' : c)),
      ),
    ).toBe('headerless');
  });

  it('near misses are not GED', () => {
    expect(ucdpGed.recognise(['id', 'date_start', 'latitude', 'longitude'])).toBeNull();
    // 49 cells of something else
    expect(ucdpGed.recognise(Array.from({ length: 49 }, (_, i) => String(i)))).toBeNull();
    // a GED row cut short
    expect(ucdpGed.recognise(ucdpGed.columns.map((c) => BASE[c] ?? '').slice(0, 48))).toBeNull();
    // type of violence 4 is not GED's
    expect(
      ucdpGed.recognise(ucdpGed.columns.map((c) => (c === 'type_of_violence' ? '4' : (BASE[c] ?? '')))),
    ).toBeNull();
  });
});

describe('UCDP GED: a row', () => {
  it('the core fields', () => {
    expect(record()).toEqual({
      id: '900001',
      date: '2026-02-21',
      precision: 'exact',
      category: 'State-based conflict',
      title: 'Government of Syria - IS — Palmyra town',
      summary: 'Fictional headline',
      location: 'Palmyra town',
      lat: 34.556,
      lon: 38.267,
      uncertaintyKm: 2,
      sources: [
        { outlet: 'Outlet One', date: '2026-02-21' },
        { outlet: 'Outlet Two', date: '2026-02-22' },
      ],
      attributes: {
        side_a: 'Government of Syria',
        side_b: 'IS',
        conflict_name: 'Syria: Government',
        dyad_name: 'Government of Syria - IS',
        adm_1: 'Homs governorate',
        country: 'Syria',
        region: 'Middle East',
        event_clarity: '1',
        best: 3,
        low: 3,
        high: 4,
        deaths_a: 1,
        deaths_b: 2,
        deaths_civilians: 0,
        deaths_unknown: 0,
        number_of_sources: 2,
      },
    });
  });

  it('a span, with times as UCDP writes them; an end before the start keeps the row out', () => {
    expect(
      record({ date_start: '2026-02-22 00:00:00.000', date_end: '2026-02-25 00:00:00.000' }),
    ).toMatchObject({
      date: '2026-02-22',
      endDate: '2026-02-25',
    });
    expect(record({ date_end: '' }).endDate).toBeUndefined();
    expect(read({ date_end: '2026-02-20' })).toEqual({
      problems: [{ column: 'date_end', problem: { code: 'end-before-start', date: '2026-02-21' } }],
    });
    expect(read({ date_end: 'later' })).toEqual({
      problems: [{ column: 'date_end', problem: { code: 'unreadable-date', text: 'later' } }],
    });
    expect(read({ date_start: '21/02/2026' })).toEqual({
      problems: [{ column: 'date_start', problem: { code: 'unreadable-date', text: '21/02/2026' } }],
    });
  });

  it('date_prec → precision', () => {
    expect(['1', '2', '3', '4', '5'].map((p) => record({ date_prec: p }).precision)).toEqual([
      'exact',
      'approx-week',
      'approx-week',
      'approx-month',
      'approx-year',
    ]);
    expect(read({ date_prec: '6' })).toMatchObject({
      record: { precision: 'approx-year' },
      warnings: [{ column: 'date_prec', problem: { code: 'unknown-precision', text: '6' } }],
    });
  });

  it('where_prec → uncertainty', () => {
    expect(['1', '2', '3', '4', '5', '6', '7'].map((p) => record({ where_prec: p }).uncertaintyKm)).toEqual([
      2, 25, 50, 150, 50, 300, 300,
    ]);
    expect(read({ where_prec: '9' })).toMatchObject({
      record: { uncertaintyKm: 300 },
      warnings: [{ column: 'where_prec', problem: { code: 'unknown-precision', text: '9' } }],
    });
  });

  it('type of violence in English words; an unknown one is reported and leaves no category', () => {
    expect(['1', '2', '3'].map((t) => record({ type_of_violence: t }).category)).toEqual([
      'State-based conflict',
      'Non-state conflict',
      'One-sided violence',
    ]);
    expect(read({ type_of_violence: '4' })).toMatchObject({
      record: { category: null },
      warnings: [
        { column: 'type_of_violence', problem: { code: 'unknown-code', text: '4', known: ['1', '2', '3'] } },
      ],
    });
  });

  it('sources: dated one to one, one date for all, or undated; no links', () => {
    expect(record({ source_date: '2026-02-23' }).sources).toEqual([
      { outlet: 'Outlet One', date: '2026-02-23' },
      { outlet: 'Outlet Two', date: '2026-02-23' },
    ]);
    expect(record({ source_date: '' }).sources).toEqual([{ outlet: 'Outlet One' }, { outlet: 'Outlet Two' }]);
    expect(record({ source_date: '2026-02-21;2026-02-22;2026-02-23' }).sources).toEqual([
      { outlet: 'Outlet One' },
      { outlet: 'Outlet Two' },
    ]);
  });

  it('UCDP’s -1 for an unknown number of sources is left out', () => {
    expect(record({ number_of_sources: '-1' }).attributes.number_of_sources).toBeUndefined();
  });
});
