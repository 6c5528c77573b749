/**
 * Validation that keeps what is valid and reports the rest, record by record.
 * Pure: no fetch, no React. Every issue names the file, the record and the field, and says
 * what is wrong as a problem code (problems.ts); the messages module puts it in words.
 */
import type { z } from 'zod/mini';
import { zodProblem, type DataProblem } from './problems';
import { plainEvent } from './io/eventViews';
import {
  event as eventSchema,
  eventsFile,
  place as placeSchema,
  placesFile,
  route as routeSchema,
  routesFile,
  type Place,
  type Route,
  type StoryEvent,
} from './schema';

export interface DataIssue {
  file: string;
  /** 0-based position in the file's array; null for file-level problems. */
  index: number | null;
  /** The record's id when it has a readable one. */
  recordId: string | null;
  /** Dotted field path, e.g. "sources.0.url"; "" for the record or file itself. */
  field: string;
  /** What is wrong. */
  problem: DataProblem;
  /** What happened: the record was left out, or only the broken reference was ignored. */
  outcome: 'record-dropped' | 'reference-ignored' | 'file-unreadable';
}

export interface Parsed<T> {
  /** Never changed: a list the cross-check keeps whole is passed on as it is. */
  records: T[];
  /** Position in the file of each kept record (parallel to records; null: each record's own position, none was left out). */
  indices: number[] | null;
  issues: DataIssue[];
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

function idOf(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const v = raw.id;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return null;
}

function parseFile<T>(
  file: string,
  raw: unknown,
  wrapper: z.ZodMiniType<Record<string, unknown>>,
  key: string,
  item: z.ZodMiniType<T>,
): Parsed<T> {
  const top = wrapper.safeParse(raw);
  if (!top.success) {
    return {
      records: [],
      indices: [],
      issues: top.error.issues.map((i) => ({
        file,
        index: null,
        recordId: null,
        field: pathOf(i.path),
        problem: zodProblem(i, raw),
        outcome: 'file-unreadable' as const,
      })),
    };
  }
  const list = top.data[key] as unknown[];
  const records: T[] = [];
  const indices: number[] = [];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  list.forEach((rawItem, index) => {
    const recordId = idOf(rawItem);
    const r = item.safeParse(rawItem);
    if (!r.success) {
      for (const i of r.error.issues) {
        issues.push({
          file,
          index,
          recordId,
          field: pathOf(i.path),
          problem: zodProblem(i, rawItem),
          outcome: 'record-dropped',
        });
      }
      return;
    }
    const rid = (r.data as { id: string }).id;
    if (seen.has(rid)) {
      issues.push({
        file,
        index,
        recordId: rid,
        field: 'id',
        problem: { code: 'duplicate-id', id: rid },
        outcome: 'record-dropped',
      });
      return;
    }
    seen.add(rid);
    records.push(r.data);
    indices.push(index);
  });
  return { records, indices, issues };
}

export const parsePlaces = (file: string, raw: unknown): Parsed<Place> =>
  parseFile(file, raw, placesFile, 'places', placeSchema);
export const parseRoutes = (file: string, raw: unknown): Parsed<Route> =>
  parseFile(file, raw, routesFile, 'routes', routeSchema);
export const parseEvents = (file: string, raw: unknown): Parsed<StoryEvent> =>
  parseFile(file, raw, eventsFile, 'events', eventSchema);

export interface StoryData {
  places: Place[];
  routes: Route[];
  events: StoryEvent[];
  issues: DataIssue[];
  /**
   * Not all of the dataset's events are loaded (a pack read a date range at a time): the days all
   * of them span, and the days for which every event is loaded (null: to the dataset's end).
   */
  span?: {
    first: string;
    last: string;
    covered: { from: string | null; to: string | null };
    /** Events per day by start date, from `first`, when the source says (a pack's index). */
    days?: { first: string; counts: number[] };
  };
}

/**
 * Cross-file checks: routes and events may only name places (and routes) that exist.
 * A route with an unknown waypoint cannot be drawn and is left out. An event keeps its
 * date, text and sources: only the unknown place, effect or movement is ignored.
 * Every case is reported.
 */
export function crossCheck(
  places: Parsed<Place>,
  routes: Parsed<Route>,
  events: Parsed<StoryEvent>,
  files: { routes: string; events: string },
): StoryData {
  const issues = [...places.issues, ...routes.issues, ...events.issues];
  const placeIds = new Set(places.records.map((p) => p.id));
  const keptRoutes: Route[] = [];
  routes.records.forEach((r, at) => {
    const refs: [string, string][] = [];
    r.waypoints?.forEach((w, i) => typeof w === 'string' && refs.push([`waypoints.${i}`, w]));
    if (r.center) refs.push(['center', r.center]);
    const bad = refs.filter(([, id]) => !placeIds.has(id));
    bad.forEach(([field, id]) =>
      issues.push({
        file: files.routes,
        index: routes.indices ? (routes.indices[at] ?? null) : at,
        recordId: r.id,
        field,
        problem: { code: 'unknown-place', id },
        outcome: 'record-dropped',
      }),
    );
    if (bad.length === 0) keptRoutes.push(r);
  });
  const routeIds = new Set(keptRoutes.map((r) => r.id));
  // The events are the list given until one is dropped or changed; from then on, a new list of
  // those kept. A million imported events that name nothing stay the list they came as: no copy of
  // a million references, and the list's core (eventCore.ts) is still its own.
  let keptEvents: StoryEvent[] | null = null;
  const change = (at: number, e: StoryEvent | null) => {
    keptEvents ??= events.records.slice(0, at);
    if (e) keptEvents.push(e);
  };
  events.records.forEach((e, at) => {
    // an event that names nothing (most imported ones) has no reference to check: kept as it is,
    // with no report function and no three new arrays each (a million events: ~0.2 s and garbage)
    const names = e.places.length > 0 || e.effects.length > 0 || e.movements.length > 0;
    if (!names && !(e.endDate && e.endDate < e.date)) {
      keptEvents?.push(e);
      return;
    }
    const report = (field: string, problem: DataProblem, outcome: DataIssue['outcome']) =>
      issues.push({
        file: files.events,
        index: events.indices ? (events.indices[at] ?? null) : at,
        recordId: e.id,
        field,
        problem,
        outcome,
      });
    if (e.endDate && e.endDate < e.date) {
      report('endDate', { code: 'end-before-start', date: e.date }, 'record-dropped');
      change(at, null);
      return;
    }
    const places = e.places.filter(
      (p, i) =>
        placeIds.has(p) || void report(`places.${i}`, { code: 'unknown-place', id: p }, 'reference-ignored'),
    );
    const effects = e.effects.filter(
      (f, i) =>
        placeIds.has(f.place) ||
        void report(`effects.${i}.place`, { code: 'unknown-place', id: f.place }, 'reference-ignored'),
    );
    const movements = e.movements.filter(
      (m, i) =>
        routeIds.has(m.route) ||
        void report(`movements.${i}.route`, { code: 'unknown-route', id: m.route }, 'reference-ignored'),
    );
    const dropped =
      places.length < e.places.length ||
      effects.length < e.effects.length ||
      movements.length < e.movements.length;
    // copied only when a reference was dropped: a million imported events need no second million
    if (dropped) change(at, { ...plainEvent(e), places, effects, movements });
    else keptEvents?.push(e);
  });
  return { places: places.records, routes: keptRoutes, events: keptEvents ?? events.records, issues };
}
