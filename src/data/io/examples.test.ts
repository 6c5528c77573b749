/** The example files in public/examples/ (linked from the import panel) load as documented. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventsFile } from './detect';
import { eventsToCsv } from './csvFormat';
import { eventsToGeoJson } from './geojsonFormat';

const read = (f: string) => readFileSync(resolve(__dirname, '../../../public', f), 'utf8');
const placeIds = new Set(
  (JSON.parse(read('data/places.json')) as { places: { id: string }[] }).places.map((p) => p.id),
);
const routeIds = new Set(
  (JSON.parse(read('data/routes.json')) as { routes: { id: string }[] }).routes.map((r) => r.id),
);

describe('example files', () => {
  const csv = parseEventsFile('events-example.csv', read('examples/events-example.csv'));
  const geojson = parseEventsFile('events-example.geojson', read('examples/events-example.geojson'));

  it('the CSV example loads 8 fictional events without an error or warning', () => {
    expect(csv.errors).toEqual([]);
    expect(csv.warnings).toEqual([]);
    expect(csv.events.map((e) => e.id)).toEqual([
      'EX-01',
      'EX-02',
      'EX-03',
      'EX-04',
      'EX-05',
      'EX-06',
      'EX-07',
      'EX-08',
    ]);
    for (const e of csv.events) {
      expect(e.title.en).toMatch(/^Example: /);
      expect(e.title.ar).toMatch(/^مثال: /);
      expect(e.summary?.en).toMatch(/^Fictional example/);
      // north-east Syria
      expect(e.lon).toBeGreaterThan(38.5);
      expect(e.lon).toBeLessThan(42.5);
      expect(e.lat).toBeGreaterThan(35.5);
      expect(e.lat).toBeLessThan(37.4);
      for (const p of e.places) expect(placeIds.has(p), p).toBe(true);
      for (const m of e.movements) expect(routeIds.has(m.route), m.route).toBe(true);
      for (const s of e.sources) expect(s.url).toMatch(/^https:\/\/example\.org\//);
    }
    expect(csv.events.filter((e) => e.sources.length === 2).map((e) => e.id)).toEqual(['EX-01']);
    expect(csv.unmapped).toBe(0);
  });

  it('the GeoJSON example holds the same events', () => {
    expect(geojson.errors).toEqual([]);
    expect(geojson.warnings).toEqual([]);
    expect(geojson.events).toEqual(csv.events);
  });

  it('the broken example keeps its good rows and reports the bad ones by row and column', () => {
    const broken = parseEventsFile('events-broken.csv', read('examples/events-broken.csv'));
    expect(broken.events.map((e) => e.id)).toEqual(['BR-01', 'BR-08', 'BR-11']);
    expect(broken.unmapped).toBe(1);
    expect(broken.totalRows).toBe(12);
    expect(broken.errors.map((e) => [e.row, e.field, e.recordId])).toEqual([
      [3, 'date', 'BR-02'],
      [4, 'category', 'BR-03'],
      [5, 'lat', 'BR-04'],
      [6, 'title_en', 'BR-05'],
      [7, 'source_1_outlet', 'BR-06'],
      [8, 'id', 'BR-01'],
      [10, 'lon', 'BR-09'],
      [11, 'source_1_url', 'BR-10'],
      [13, '', 'BR-12'],
    ]);
    expect(broken.errors.map((e) => e.problem)).toContainEqual({ code: 'not-a-number', text: 'north' });
  });
});

describe('an imported analyst dataset exports and reads back the same', () => {
  for (const file of ['acled-sample.csv', 'ucdp-ged-sample.csv', 'gdelt-sample.CSV', 'timemap-sample.json']) {
    it(`${file}: CSV and GeoJSON exports import back to the same events (attributes and uncertainty too)`, () => {
      const events = parseEventsFile(file, read(`examples/${file}`)).events;
      expect(events.length).toBeGreaterThan(3);
      const csv = parseEventsFile('export.csv', eventsToCsv(events));
      expect(csv.errors).toEqual([]);
      expect(csv.events).toEqual(events);
      const geo = parseEventsFile(
        'export.geojson',
        JSON.stringify(eventsToGeoJson(events, (e) => (e.lon === undefined ? null : [e.lon, e.lat!]))),
      );
      expect(geo.errors).toEqual([]);
      expect(geo.events).toEqual(events);
    });
  }
});
