import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataProblem } from '../problems';
import { event, place, type StoryEvent } from '../schema';
import { eventsToGeoJson, parseEventsGeoJson } from './geojsonFormat';

const readData = (f: string) => readFileSync(resolve(__dirname, '../../../public/data', f), 'utf8');
const shipped = (): StoryEvent[] =>
  (JSON.parse(readData('events.json')) as { events: unknown[] }).events.map((e) => event.parse(e));
const places = new Map(
  (JSON.parse(readData('places.json')) as { places: unknown[] }).places.map((p) => {
    const pl = place.parse(p);
    return [pl.id, pl] as const;
  }),
);
/** The event's own lon/lat, if any. */
const ownPoint = (e: StoryEvent): [number, number] | null =>
  e.lon !== undefined && e.lat !== undefined ? [e.lon, e.lat] : null;
/** Like the map: own lon/lat, else the first known place. */
const mapPoint = (e: StoryEvent): [number, number] | null => {
  const own = ownPoint(e);
  if (own) return own;
  const p = e.places.map((id) => places.get(id)).find((x) => x !== undefined);
  return p ? [p.lon, p.lat] : null;
};

const base = (over: Partial<StoryEvent> = {}): StoryEvent =>
  event.parse({
    id: 'G1',
    date: '2026-02-01',
    precision: 'exact',
    category: 'convoy-movement',
    title: { en: 'A convoy', ar: 'رتل' },
    summary: { en: 'A convoy moves.', ar: 'رتل يتحرك.' },
    sources: [{ outlet: 'Example', url: 'https://example.org/g1' }],
    ...over,
  });

describe('eventsToGeoJson', () => {
  it('writes one Point feature per event, with the record (minus lon/lat) as nested properties', () => {
    const located = base({ lon: 40.5, lat: 36.7, effects: [{ place: 'qasrak', status: 'vacated' }] });
    const nowhere = base({ id: 'G2' });
    const fc = eventsToGeoJson([located, nowhere], ownPoint);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
    const [f1, f2] = fc.features;
    expect(f1).toEqual({
      type: 'Feature',
      id: 'G1',
      geometry: { type: 'Point', coordinates: [40.5, 36.7] },
      properties: {
        id: 'G1',
        date: '2026-02-01',
        precision: 'exact',
        category: 'convoy-movement',
        title: { en: 'A convoy', ar: 'رتل' },
        summary: { en: 'A convoy moves.', ar: 'رتل يتحرك.' },
        places: [],
        effects: [{ place: 'qasrak', status: 'vacated' }],
        movements: [],
        disputes: [],
        context: false,
        sources: [{ outlet: 'Example', url: 'https://example.org/g1' }],
      },
    });
    expect(f1!.properties).not.toHaveProperty('lon');
    expect(f2!.geometry).toBeNull();
    expect(f2!.id).toBe('G2');
  });

  it('uses the locate function for the geometry (e.g. the event’s place)', () => {
    const e07 = shipped().find((e) => e.id === 'E07')!;
    expect(eventsToGeoJson([e07], mapPoint).features[0]!.geometry).toEqual({
      type: 'Point',
      coordinates: [38.6178, 33.5058],
    });
  });
});

describe('export → import round trip', () => {
  it('gives back the shipped events exactly', () => {
    const events = shipped();
    const text = JSON.stringify(eventsToGeoJson(events, ownPoint));
    const back = parseEventsGeoJson(text);
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.totalRows).toBe(24);
    expect(back.events).toEqual(events);
    expect(back.unmapped).toBe(6);
  });

  it('a geometry located by place comes back as the event’s lon/lat', () => {
    const events = shipped();
    const back = parseEventsGeoJson(JSON.stringify(eventsToGeoJson(events, mapPoint)));
    expect(back.errors).toEqual([]);
    expect(back.events.map(({ lon: _lon, lat: _lat, ...e }) => e)).toEqual(events);
    const e07 = back.events.find((e) => e.id === 'E07')!;
    expect([e07.lon, e07.lat]).toEqual([38.6178, 33.5058]);
    // the six country- or area-wide events (C1, E02, E05, E09, E17, E18) have no geometry and no lon/lat
    expect(
      back.events
        .filter((e) => e.lon === undefined)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['C1', 'E02', 'E05', 'E09', 'E17', 'E18']);
    expect(back.unmapped).toBe(6);
  });

  it('keeps Arabic, quotes and newlines', () => {
    const e = base({ title: { en: 'A "quoted", comma\nline', ar: 'قسرك، «اقتباس»' }, lon: 40.5, lat: 36.7 });
    expect(parseEventsGeoJson(JSON.stringify(eventsToGeoJson([e], ownPoint))).events).toEqual([e]);
  });
});

describe('parseEventsGeoJson: broken features', () => {
  const good = (id: string, over: Record<string, unknown> = {}) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [40.5, 36.7] },
    properties: { ...eventsToGeoJson([base({ id })], ownPoint).features[0]!.properties, ...over },
  });
  const features: unknown[] = [
    good('a'), //                                                             feature 1 ok
    good('b', { date: '2026-13-01' }), //                                      2: bad date
    { ...good('c'), geometry: { type: 'Point', coordinates: [Number.NaN, 1] } }, // 3: NaN → null in JSON
    { ...good('d'), geometry: { type: 'Polygon', coordinates: [] } }, //       4: not a point
    { ...good('e'), geometry: { type: 'Point', coordinates: [200, 36.7] } }, // 5: lon out of range
    good('f', { sources: [{ outlet: 'X', url: 'not a url' }] }), //           6: nested path
    'not a feature', //                                                       7
    good('a'), //                                                             8: duplicate id
    { type: 'Feature', id: 'h', geometry: null, properties: { ...good('h').properties, id: undefined } }, // 9 ok: id from the feature
    good('i', { title: {} }), //                                               10: no title in either language
    good('j', { colour: 'red' }), //                                          11 ok, unknown property
  ];
  const r = parseEventsGeoJson(JSON.stringify({ type: 'FeatureCollection', features }));

  it('keeps the good features', () => {
    expect(r.events.map((e) => e.id)).toEqual(['a', 'h', 'j']);
    expect(r.events[1]).not.toHaveProperty('lon');
    expect(r.totalRows).toBe(11);
    expect(r.unmapped).toBe(1);
    expect(r.warnings).toEqual([{ code: 'unknown-properties', names: ['colour'] }]);
  });

  it('reports each bad feature by number and property path', () => {
    expect(r.errors).toEqual([
      { row: 2, field: 'date', problem: { code: 'not-a-day' }, recordId: 'b' },
      { row: 3, field: 'geometry.coordinates', problem: { code: 'not-coordinates' }, recordId: 'c' },
      { row: 4, field: 'geometry', problem: { code: 'not-point', found: 'Polygon' }, recordId: 'd' },
      {
        row: 5,
        field: 'geometry.coordinates.0',
        problem: { code: 'too-big', what: 'number', max: 180, inclusive: true },
        recordId: 'e',
      },
      { row: 6, field: 'sources.0.url', problem: { code: 'bad-url' }, recordId: 'f' },
      { row: 7, field: '', problem: { code: 'not-feature' }, recordId: null },
      {
        row: 8,
        field: 'id',
        problem: { code: 'duplicate-id', id: 'a', first: { noun: 'feature', n: 1 } },
        recordId: 'a',
      },
      { row: 10, field: 'title.en', problem: { code: 'empty' }, recordId: 'i' },
    ]);
  });
});

describe('parseEventsGeoJson: files', () => {
  const fileError = (problem: DataProblem) => ({
    events: [],
    errors: [{ row: null, field: '', problem, recordId: null }],
    warnings: [],
    totalRows: 0,
    unmapped: 0,
  });

  it('non-JSON and wrong top-level shapes are one file-level error', () => {
    const broken = parseEventsGeoJson('{"type": "FeatureCollection", "features": [');
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]).toMatchObject({ row: null, field: '', recordId: null });
    expect(broken.errors[0]!.problem).toEqual({ code: 'not-json', detail: expect.any(String) as string });
    expect(broken.events).toEqual([]);
    expect(parseEventsGeoJson('[1, 2]')).toEqual(fileError({ code: 'not-events-geojson', found: null }));
    expect(parseEventsGeoJson('"text"')).toEqual(fileError({ code: 'not-events-geojson', found: null }));
    expect(parseEventsGeoJson('{"type":"Feature","geometry":null,"properties":{}}')).toEqual(
      fileError({ code: 'not-events-geojson', found: 'Feature' }),
    );
    expect(parseEventsGeoJson('{"type":"FeatureCollection"}')).toEqual(
      fileError({ code: 'not-events-geojson', found: 'FeatureCollection' }),
    );
    expect(parseEventsGeoJson('{"version":2,"events":[]}')).toEqual(
      fileError({ code: 'unsupported-version', version: '2' }),
    );
  });

  it('an empty FeatureCollection is no error', () => {
    expect(parseEventsGeoJson('{"type":"FeatureCollection","features":[]}')).toEqual({
      events: [],
      errors: [],
      warnings: [],
      totalRows: 0,
      unmapped: 0,
    });
  });

  it('accepts the project events file', () => {
    const r = parseEventsGeoJson(readData('events.json'));
    expect(r.errors).toEqual([]);
    expect(r.events).toEqual(shipped());
  });

  it('reports a bad record of an events file by its number and path', () => {
    const events = JSON.parse(readData('events.json')) as { version: 1; events: Record<string, unknown>[] };
    events.events[2] = { ...events.events[2], precision: 'roughly' };
    events.events[4] = { ...events.events[4], lon: 40 };
    const r = parseEventsGeoJson(JSON.stringify(events));
    expect(r.events).toHaveLength(events.events.length - 2);
    expect(r.errors.map((e) => [e.row, e.field, e.recordId])).toEqual([
      [3, 'precision', events.events[2].id],
      [5, 'lat', events.events[4].id],
    ]);
  });

  it('reports progress ending at 1', () => {
    const fc = eventsToGeoJson(
      Array.from({ length: 3000 }, (_, i) => base({ id: `p${i}` })),
      () => [40, 36],
    );
    const seen: number[] = [];
    expect(parseEventsGeoJson(JSON.stringify(fc), { onProgress: (f) => seen.push(f) }).events).toHaveLength(
      3000,
    );
    expect(seen).toEqual([999 / 3000, 1999 / 3000, 0.999, 1]); // below 1 until done
  });
});
