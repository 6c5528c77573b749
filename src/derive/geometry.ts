import type { Place, Route, StoryEvent, Waypoint } from '../data/schema';

export type LonLat = [number, number];

const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Great-circle distance in km. */
export function haversineKm(a: LonLat, b: LonLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `km` away from `from` on the initial bearing `bearingDeg` (clockwise from north). */
export function destination(from: LonLat, km: number, bearingDeg: number): LonLat {
  const d = km / EARTH_RADIUS_KM;
  const b = rad(bearingDeg);
  const lat1 = rad(from[1]);
  const lon1 = rad(from[0]);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    lon1 +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return [round(deg(lon2)), round(deg(lat2))];
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** A closed geodesic circle as a polygon ring, clockwise from north. */
export function circleRing(center: LonLat, km: number, vertices = 64): LonLat[] {
  const ring: LonLat[] = [];
  for (let i = 0; i < vertices; i++) ring.push(destination(center, km, (360 * i) / vertices));
  ring.push(ring[0]!);
  return ring;
}

export class UnknownPlaceError extends Error {
  constructor(readonly placeId: string) {
    super(`unknown place id "${placeId}"`);
  }
}

export function resolveWaypoint(w: Waypoint, places: ReadonlyMap<string, Place>): LonLat {
  if (typeof w !== 'string') return [w[0], w[1]];
  const p = places.get(w);
  if (!p) throw new UnknownPlaceError(w);
  return [p.lon, p.lat];
}

export type RouteGeometry =
  { type: 'LineString'; coordinates: LonLat[] } | { type: 'Polygon'; coordinates: LonLat[][] };

/** Geometry of a route: a line through its waypoints, or a circle for a zone. */
export function routeGeometry(r: Route, places: ReadonlyMap<string, Place>): RouteGeometry {
  if (r.kind === 'zone') {
    const c = resolveWaypoint(r.center!, places);
    return { type: 'Polygon', coordinates: [circleRing(c, r.radiusKm!)] };
  }
  return { type: 'LineString', coordinates: (r.waypoints ?? []).map((w) => resolveWaypoint(w, places)) };
}

/** [west, south, east, north] of a set of points; null when empty. */
export function bboxOf(points: readonly LonLat[]): [number, number, number, number] | null {
  if (points.length === 0) return null;
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

export function allCoordinates(g: RouteGeometry): LonLat[] {
  return g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
}

/**
 * Up to `max` stops along a path for a camera to travel through: the first and last vertex and
 * evenly spaced ones between (by distance along the path).
 */
export function pathWaypoints(path: readonly LonLat[], max = 4): LonLat[] {
  if (path.length <= 2 || max < 2) return path.slice(0, Math.max(0, Math.min(path.length, max)));
  const cum = [0];
  for (let i = 1; i < path.length; i++) cum.push(cum[i - 1]! + haversineKm(path[i - 1]!, path[i]!));
  const total = cum.at(-1)!;
  const out: LonLat[] = [];
  for (let k = 0; k < max; k++) {
    const want = (total * k) / (max - 1);
    // the vertex nearest to that distance along the path
    let best = 0;
    for (let i = 1; i < path.length; i++)
      if (Math.abs(cum[i]! - want) < Math.abs(cum[best]! - want)) best = i;
    if (out.at(-1) !== path[best]) out.push(path[best]!);
  }
  return out;
}

/** Where an event is (drawn, exported): its own lat/lon, else its first known place. */
export function eventLocation(e: StoryEvent, places: ReadonlyMap<string, Place>): [number, number] | null {
  if (e.lon !== undefined && e.lat !== undefined) return [e.lon, e.lat];
  const p = firstKnownPlace(e, places);
  return p ? [p.lon, p.lat] : null;
}

/** The first of the event's places that is known. */
export function firstKnownPlace(e: StoryEvent, places: ReadonlyMap<string, Place>): Place | undefined {
  for (const id of e.places) {
    const p = places.get(id);
    if (p) return p;
  }
  return undefined;
}
