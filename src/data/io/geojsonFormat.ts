/**
 * GeoJSON events: a FeatureCollection of Point features (geometry null for events with no
 * location) whose properties are the event record. The project's own `{ "version": 1,
 * "events": [...] }` file is accepted too.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { StoryEvent } from '../schema';
import type { ImportResult, ParseOptions } from './types';
import { validateRows, type RawRow } from './validateRows';

/** GeoJSON allows a null geometry for features without a location. */
export type EventFeatureCollection = FeatureCollection<Point | null>;

export function eventsToGeoJson(events: readonly StoryEvent[], locate: (e: StoryEvent) => [number, number] | null): EventFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: events.map((e): Feature<Point | null> => {
      const { lon: _lon, lat: _lat, ...props } = e;
      const at = locate(e);
      return { type: 'Feature', id: e.id, geometry: at ? { type: 'Point', coordinates: at } : null, properties: props };
    }),
  };
}

const fail = (message: string, total = 0): ImportResult => ({
  events: [],
  errors: [{ row: null, field: '', message, recordId: null }],
  warnings: [],
  totalRows: total,
  unmapped: 0,
});

const pathName = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function parseEventsGeoJson(text: string, opts: ParseOptions = {}): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (doc && typeof doc === 'object' && 'events' in doc && Array.isArray((doc as { events: unknown }).events)) {
    const list = (doc as { events: unknown[] }).events;
    const rows = list.map((raw, i): RawRow => ({ row: i + 1, raw: (raw ?? {}) as Record<string, unknown>, fieldName: pathName, pre: [] }));
    return validateRows(rows, rows.length, opts.onProgress);
  }
  if (!doc || typeof doc !== 'object' || (doc as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray((doc as { features?: unknown }).features)) {
    return fail('expected a GeoJSON FeatureCollection (or an events file with an "events" array)');
  }
  const features = (doc as { features: unknown[] }).features;
  const rows = features.map((f, i): RawRow => {
    const row = i + 1;
    const feat = (f ?? {}) as { properties?: unknown; geometry?: unknown };
    const props = feat.properties && typeof feat.properties === 'object' ? { ...(feat.properties as Record<string, unknown>) } : {};
    const id = typeof props.id === 'string' ? props.id : null;
    const g = feat.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
    if (g) {
      const c = g.coordinates;
      if (g.type !== 'Point' || !Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) {
        return { row, raw: props, fieldName: pathName, pre: [{ row, field: 'geometry', message: 'must be a Point with numeric [lon, lat] (or null)', recordId: id }] };
      }
      props.lon = c[0];
      props.lat = c[1];
    }
    return { row, raw: props, fieldName: pathName, pre: [] };
  });
  return validateRows(rows, rows.length, opts.onProgress);
}
