import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../record';
import { acled } from './acled';
import { cellReader } from '.';
import type { RowResult } from './types';

const BASE: Record<string, string> = {
  event_id_cnty: 'SYR1',
  event_date: '21 February 2026',
  year: '2026',
  time_precision: '1',
  disorder_type: 'Political violence',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Side A',
  assoc_actor_1: '',
  inter1: '1',
  actor2: 'Side B',
  assoc_actor_2: '',
  inter2: 'Rebel group',
  interaction: '12',
  civilian_targeting: '',
  iso: '760',
  region: 'Middle East',
  country: 'Syria',
  admin1: 'Deir ez-Zor',
  admin2: '',
  admin3: '',
  location: 'Thiban',
  latitude: '35.017',
  longitude: '40.381',
  geo_precision: '1',
  source: 'Outlet One; Outlet Two',
  source_scale: 'National',
  notes: 'Fictional notes, with "quotes".',
  fatalities: '3',
  tags: '',
  timestamp: '1771900000',
};
const read = (over: Record<string, string> = {}): RowResult => acled.toRecord({ ...BASE, ...over });
const record = (over: Record<string, string> = {}): EventRecord => {
  const r = read(over);
  if (!('record' in r)) throw new Error(JSON.stringify(r.problems));
  return r.record;
};

describe('ACLED: recognised by its header', () => {
  it('the current layout, the older one, upper case, any order, extra columns', () => {
    expect(acled.recognise(acled.columns)).toBe('header');
    const old =
      'data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3';
    expect(acled.recognise(old.split(','))).toBe('header');
    expect(acled.recognise(old.toUpperCase().split(','))).toBe('header');
    expect(
      acled.recognise(['longitude', 'my notes', ' LATITUDE ', 'event_type', 'event_date', 'event_id_cnty']),
    ).toBe('header');
  });

  it('near misses are not ACLED (they go to the mapping step)', () => {
    expect(acled.recognise(['latitude', 'longitude', 'event_date'])).toBeNull();
    expect(acled.recognise(['event_date', 'event_type', 'latitude', 'longitude', 'notes'])).toBeNull();
    expect(acled.recognise(['SYR1', '21 February 2026', 'Battles', '35.0', '40.3'])).toBeNull();
    expect(acled.recognise([])).toBeNull();
  });
});

describe('ACLED: a row', () => {
  it('the core fields', () => {
    expect(record()).toEqual({
      id: 'SYR1',
      date: '2026-02-21',
      precision: 'exact',
      category: 'Battles',
      title: 'Armed clash — Thiban',
      summary: 'Fictional notes, with "quotes".',
      location: 'Thiban',
      lat: 35.017,
      lon: 40.381,
      uncertaintyKm: 2,
      sources: [{ outlet: 'Outlet One' }, { outlet: 'Outlet Two' }],
      attributes: {
        disorder_type: 'Political violence',
        sub_event_type: 'Armed clash',
        actor1: 'Side A',
        inter1: '1',
        actor2: 'Side B',
        inter2: 'Rebel group',
        interaction: '12',
        iso: '760',
        region: 'Middle East',
        country: 'Syria',
        admin1: 'Deir ez-Zor',
        source_scale: 'National',
        fatalities: 3,
        timestamp: 1771900000,
      },
    });
  });

  it('dates as the API and the exports write them; a month-first date is refused, not guessed', () => {
    for (const d of ['2026-02-21', '21 February 2026', '21-02-2026', '21 Feb 2026', '21/02/2026'])
      expect(record({ event_date: d }).date, d).toBe('2026-02-21');
    expect(read({ event_date: '02/21/2026' })).toEqual({
      problems: [{ column: 'event_date', problem: { code: 'unreadable-date', text: '02/21/2026' } }],
    });
    expect(read({ event_date: '' })).toEqual({
      problems: [{ column: 'event_date', problem: { code: 'missing' } }],
    });
  });

  it('time_precision → precision, geo_precision → uncertainty', () => {
    expect(['1', '2', '3'].map((tp) => record({ time_precision: tp }).precision)).toEqual([
      'exact',
      'approx-week',
      'approx-month',
    ]);
    expect(['1', '2', '3'].map((gp) => record({ geo_precision: gp }).uncertaintyKm)).toEqual([2, 25, 75]);
    // no claim: exact, no uncertainty
    expect(record({ time_precision: '', geo_precision: '' })).toMatchObject({ precision: 'exact' });
    expect(record({ geo_precision: '' }).uncertaintyKm).toBeUndefined();
  });

  it('a precision code ACLED does not have: reported, read as the least precise', () => {
    expect(read({ time_precision: '4', geo_precision: 'x' })).toMatchObject({
      record: { precision: 'approx-month', uncertaintyKm: 75 },
      warnings: [
        {
          column: 'time_precision',
          problem: { code: 'unknown-precision', text: '4', known: ['1', '2', '3'] },
        },
        {
          column: 'geo_precision',
          problem: { code: 'unknown-precision', text: 'x', known: ['1', '2', '3'] },
        },
      ],
    });
  });

  it('no coordinates: a record listed, not mapped, and no uncertainty; bad coordinates keep the row out', () => {
    const r = record({ latitude: '', longitude: '' });
    expect(r.lat).toBeUndefined();
    expect(r.uncertaintyKm).toBeUndefined();
    expect(read({ latitude: '135.2' })).toEqual({
      problems: [
        { column: 'latitude', problem: { code: 'coordinate-out-of-range', text: '135.2', axis: 'lat' } },
      ],
    });
    expect(record({ latitude: '35,017', longitude: '40,381' })).toMatchObject({ lat: 35.017, lon: 40.381 });
  });

  it('sources are outlets without links; a fatality count that is not a number is reported and left out', () => {
    expect(record({ source: '' }).sources).toEqual([]);
    expect(read({ fatalities: 'several' })).toMatchObject({
      warnings: [{ column: 'fatalities', problem: { code: 'not-a-number', text: 'several' } }],
    });
    expect(record({ fatalities: 'several' }).attributes).not.toHaveProperty('fatalities');
  });

  it('titles from what is there', () => {
    expect(record({ sub_event_type: '' }).title).toBe('Battles — Thiban');
    expect(record({ location: '' }).title).toBe('Armed clash');
    expect(record({ sub_event_type: '', event_type: '', location: '' }).title).toBe('SYR1');
    expect(record({ event_type: '' }).category).toBeNull();
  });

  it('an upper-case header reads through cellReader', () => {
    const header = Object.keys(BASE).map((k) => k.toUpperCase());
    const cells = cellReader(acled, header)(Object.values(BASE));
    expect(acled.toRecord(cells)).toEqual(read());
  });
});
