import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { shippedStory } from '../../test/storyData';
import { eventLocation } from '../../map/features';
import { eventsToCsv, parseEventsCsv } from './csvFormat';
import { eventsToGeoJson, parseEventsGeoJson } from './geojsonFormat';
import { parseEventsFile } from './detect';
import { exportFileName } from './exportName';

const story = shippedStory();
const places = new Map(story.places.map((p) => [p.id, p]));
const example = (f: string) => readFileSync(resolve(__dirname, '../../../public/examples', f), 'utf8');

describe('export → import round trip', () => {
  it('CSV gives back the same events', () => {
    const csv = eventsToCsv(story.events);
    const back = parseEventsCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.events).toEqual(story.events);
    expect(back.totalRows).toBe(20);
  });
  it('GeoJSON gives back the same events, plus their map location', () => {
    const fc = eventsToGeoJson(story.events, (e) => eventLocation(e, places));
    const back = parseEventsGeoJson(JSON.stringify(fc));
    expect(back.errors).toEqual([]);
    const withoutLocation = back.events.map(({ lon: _a, lat: _b, ...e }) => e);
    expect(withoutLocation).toEqual(story.events.map(({ lon: _a, lat: _b, ...e }) => e));
    const e07 = back.events.find((e) => e.id === 'E07')!;
    expect([e07.lon, e07.lat]).toEqual([38.6178, 33.5058]);
    // the four country-wide events (C1, E02, E05, E09) have no location
    expect(back.unmapped).toBe(4);
  });
  it('CSV keeps commas, quotes, newlines and Arabic intact', () => {
    const e = { ...story.events[0]!, id: 'X1', title: { en: 'A "quoted", comma\nand newline', ar: 'قسرك، «اقتباس»' } };
    const back = parseEventsCsv(eventsToCsv([e]));
    expect(back.events[0]!.title).toEqual(e.title);
  });
});

const HEADER = 'id,date,precision,category,title_en,title_ar,summary_en,summary_ar,lat,lon,source_outlet,source_url';
const good = (id: string, date = '2026-02-01') =>
  `${id},${date},exact,convoy-movement,Convoy ${id},رتل ${id},A convoy moves.,رتل يتحرك.,36.7,40.5,Example,https://example.org/${id}`;

describe('CSV validation reports each bad row by row number and column; good rows load', () => {
  it('broken rows', () => {
    const csv = [
      HEADER,
      good('a'), //                                               row 2
      good('b', '2026-02-30'), //                                 row 3: impossible date
      good('c').replace(',رتل c,', ',,'), //                       row 4: missing title_ar
      good('d').replace(',36.7,', ',abc,'), //                     row 5: lat not a number
      good('e').replace('convoy-movement', 'rumour'), //           row 6: unknown category
      good('a'), //                                               row 7: duplicate id
      good('f').replace('https://example.org/f', 'javascript:alert(1)'), // row 8: bad URL
      good('g'), //                                               row 9
    ].join('\n');
    const r = parseEventsCsv(csv);
    expect(r.events.map((e) => e.id)).toEqual(['a', 'g']);
    expect(r.totalRows).toBe(8);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'date'],
      [4, 'title_ar'],
      [5, 'lat'],
      [6, 'category'],
      [7, 'id'],
      [8, 'source_1_url'],
    ]);
    expect(r.errors[0]!.message).toBe('is not a real calendar day');
    expect(r.errors[2]!.message).toMatch(/“abc” is not a number/);
  });
  it('an unclosed quote rejects its row, not the file', () => {
    const r = parseEventsCsv([HEADER, good('a'), good('b').replace('Convoy b', '"Convoy b')].join('\n'));
    expect(r.events.map((e) => e.id)).toEqual(['a']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 3, field: '' });
    expect(r.errors[0]!.message).toMatch(/malformed CSV/);
  });
  it('a file without id/date columns is one file-level error', () => {
    const r = parseEventsCsv('name,when\nx,y');
    expect(r.events).toEqual([]);
    expect(r.errors[0]).toMatchObject({ row: 1, field: '' });
  });
  it('unknown columns are ignored with a warning; lat without lon is an error', () => {
    const r = parseEventsCsv(`${HEADER},colour\n${good('a')},red\n${good('b').replace(',40.5,', ',,')},blue`);
    expect(r.warnings).toEqual(['Ignored columns: colour']);
    expect(r.events.map((e) => e.id)).toEqual(['a']);
    expect(r.errors[0]).toMatchObject({ row: 3, field: 'lon', message: 'lat and lon must be given together' });
  });
  it('counts events without a location', () => {
    const r = parseEventsCsv(`${HEADER}\n${good('a').replace(',36.7,40.5,', ',,,')}`);
    expect(r.unmapped).toBe(1);
  });
});

describe('GeoJSON validation', () => {
  it('reports by feature number and property path', () => {
    const fc = eventsToGeoJson(story.events.slice(0, 3), (e) => eventLocation(e, places));
    (fc.features[1]!.properties as Record<string, unknown>).date = '2026-13-01';
    fc.features[2]!.geometry = { type: 'Point', coordinates: [Number.NaN, 1] } as never;
    const r = parseEventsGeoJson(JSON.stringify(fc).replace('null', 'null'));
    expect(r.events.map((e) => e.id)).toEqual([story.events[0]!.id]);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'date'],
      [3, 'geometry'],
    ]);
  });
  it('non-JSON and wrong shapes are file-level errors', () => {
    expect(parseEventsGeoJson('{"type":').errors[0]).toMatchObject({ row: null });
    expect(parseEventsGeoJson('{"type":"Feature"}').errors[0]!.message).toMatch(/FeatureCollection/);
  });
  it('accepts the project events file', () => {
    const r = parseEventsGeoJson(readFileSync(resolve(__dirname, '../../../public/data/events.json'), 'utf8'));
    expect(r.errors).toEqual([]);
    expect(r.events).toHaveLength(20);
  });
});

describe('file type detection and names', () => {
  it('by extension, then by content', () => {
    expect(parseEventsFile('x.CSV', `${HEADER}\n${good('a')}`).events).toHaveLength(1);
    expect(parseEventsFile('data', `${HEADER}\n${good('a')}`).events).toHaveLength(1);
    expect(parseEventsFile('data', '{"type":"FeatureCollection","features":[]}').errors).toEqual([]);
    expect(parseEventsFile('photo.png', '\u0089PNG').errors[0]!.message).toMatch(/unsupported/);
  });
  it('export names carry the range', () => {
    expect(exportFileName('2026-02-01', '2026-02-28', 'csv')).toBe('withdrawal-events_2026-02-01_to_2026-02-28.csv');
    expect(exportFileName(null, null, 'geojson')).toBe('withdrawal-events_all-dates.geojson');
    expect(exportFileName('2026-02-01', null, 'csv')).toBe('withdrawal-events_from_2026-02-01.csv');
    expect(exportFileName(null, '2026-02-01', 'csv')).toBe('withdrawal-events_until_2026-02-01.csv');
  });
});

describe('example files', () => {
  it('the good examples load without error; the broken one reports rows and keeps the good ones', () => {
    const csv = parseEventsFile('events-example.csv', example('events-example.csv'));
    expect(csv.errors).toEqual([]);
    expect(csv.events.length).toBeGreaterThanOrEqual(6);
    const gj = parseEventsFile('events-example.geojson', example('events-example.geojson'));
    expect(gj.errors).toEqual([]);
    expect(gj.events.map((e) => e.id)).toEqual(csv.events.map((e) => e.id));
    const broken = parseEventsFile('events-broken.csv', example('events-broken.csv'));
    expect(broken.events.length).toBeGreaterThan(0);
    expect(broken.errors.length).toBeGreaterThanOrEqual(4);
  });
});
