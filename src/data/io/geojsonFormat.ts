/**
 * GeoJSON events: a FeatureCollection with one Point feature per event, its geometry the event's
 * location ([lon, lat]) or null when it has none, its properties the event record (nested objects
 * as in events.json, lon/lat left out: they are the geometry) and its `id` the event id.
 *
 * Reading also accepts the project's own events file, `{ "version": 1, "events": [ … ] }`.
 * Every feature is validated against the `event` schema; a bad one is left out and reported by
 * its number (first = 1) and property path (e.g. "sources.0.url", "geometry").
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { DataProblem, ImportWarning } from '../problems';
import { event as eventSchema, type StoryEvent } from '../schema';
import { plainEvent } from './eventViews';
import type { ImportResult, ParseOptions, RowError } from './types';
import { fileError, RowCollector, throttledProgress, type FieldRef } from './validateRows';

/** GeoJSON allows a null geometry for features without a location. */
export type EventFeatureCollection = FeatureCollection<Point | null>;

/** Event properties: the record without lon/lat. */
export type EventProperties = Omit<StoryEvent, 'lon' | 'lat'>;

export function eventsToGeoJson(
  events: readonly StoryEvent[],
  locate: (e: StoryEvent) => [number, number] | null,
): EventFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: events.map((e): Feature<Point | null, EventProperties> => {
      const { lon: _lon, lat: _lat, ...properties } = plainEvent(e);
      const at = locate(e);
      return {
        type: 'Feature',
        id: e.id,
        geometry: at ? { type: 'Point', coordinates: [at[0], at[1]] } : null,
        properties,
      };
    }),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const pathName = (path: readonly PropertyKey[]): FieldRef => ({ field: path.map(String).join('.') });
const KNOWN = new Set(Object.keys(eventSchema.shape));

/**
 * Reads a GeoJSON FeatureCollection of events (or an events file). Never throws on bad input:
 * unreadable JSON or a wrong top-level shape is one file-level error (row null).
 */
export function parseEventsGeoJson(text: string, opts: ParseOptions = {}): ImportResult {
  const doc = parseJson(text);
  return 'problem' in doc ? fileError(doc.problem) : parseEventsDoc(doc.value, opts);
}

/** A JSON text's value (a byte-order mark allowed), or why it is not JSON. */
export function parseJson(text: string): { value: unknown } | { problem: DataProblem } {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (e) {
    return { problem: { code: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
}

/** Reads an already parsed GeoJSON FeatureCollection of events (or an events file). */
export function parseEventsDoc(doc: unknown, opts: ParseOptions = {}): ImportResult {
  if (!isObject(doc)) return fileError({ code: 'not-events-geojson', found: null });
  const progress = throttledProgress(opts.onProgress);
  const unknown = new Set<string>();
  const noteUnknown = (props: Record<string, unknown>) => {
    if (unknown.size >= 20) return;
    for (const k in props) if (!KNOWN.has(k)) unknown.add(k);
  };
  const warnings = (): ImportWarning[] =>
    unknown.size ? [{ code: 'unknown-properties', names: [...unknown] }] : [];

  if (doc.type !== 'FeatureCollection' && Array.isArray(doc.events)) {
    if (doc.version !== undefined && doc.version !== 1)
      return fileError({ code: 'unsupported-version', version: JSON.stringify(doc.version) });
    const list: unknown[] = doc.events;
    const collector = new RowCollector('event', opts.maxRows);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      progress.tick(i / list.length);
      const row = i + 1;
      if (collector.full) {
        collector.stop(row);
        break;
      }
      if (!isObject(item)) {
        collector.add({
          row,
          raw: {},
          locate: pathName,
          pre: [{ row, field: '', problem: { code: 'not-object' }, recordId: null }],
          unreadable: true,
        });
        continue;
      }
      noteUnknown(item);
      collector.add({ row, raw: item, locate: pathName, pre: [] });
    }
    progress.done();
    return collector.result(warnings());
  }

  if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return fileError({ code: 'not-events-geojson', found: typeof doc.type === 'string' ? doc.type : null });
  }
  const features: unknown[] = doc.features;
  const collector = new RowCollector('feature', opts.maxRows);
  features.forEach((f, i) => {
    if (collector.full) return collector.stop(i + 1);
    progress.tick(i / features.length);
    const row = i + 1;
    const bad = (field: string, problem: DataProblem, recordId: string | null = null) =>
      collector.add({
        row,
        raw: {},
        locate: pathName,
        pre: [{ row, field, problem, recordId }],
        unreadable: true,
      });
    if (!isObject(f)) return bad('', { code: 'not-feature' });
    if (f.properties !== undefined && f.properties !== null && !isObject(f.properties))
      return bad('properties', { code: 'not-object' });
    const props: Record<string, unknown> = { ...(isObject(f.properties) ? f.properties : {}) };
    if (props.id === undefined && (typeof f.id === 'string' || typeof f.id === 'number'))
      props.id = String(f.id);
    const id = typeof props.id === 'string' ? props.id : null;
    noteUnknown(props);

    const pre: RowError[] = [];
    let fromGeometry = false;
    const g = f.geometry;
    if (g !== null && g !== undefined) {
      const c = isObject(g) ? g.coordinates : undefined;
      if (!isObject(g) || g.type !== 'Point') {
        pre.push({
          row,
          field: 'geometry',
          problem: { code: 'not-point', found: isObject(g) && typeof g.type === 'string' ? g.type : null },
          recordId: id,
        });
      } else if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number') {
        pre.push({ row, field: 'geometry.coordinates', problem: { code: 'not-coordinates' }, recordId: id });
      } else {
        props.lon = c[0];
        props.lat = c[1];
        fromGeometry = true;
      }
    }
    const locate = (path: readonly PropertyKey[]): FieldRef =>
      fromGeometry && path.length === 1 && (path[0] === 'lon' || path[0] === 'lat')
        ? { field: `geometry.coordinates.${path[0] === 'lon' ? 0 : 1}` }
        : pathName(path);
    collector.add({ row, raw: props, locate, pre });
  });
  progress.done();
  return collector.result(warnings());
}
