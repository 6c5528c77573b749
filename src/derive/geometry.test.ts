import { describe, expect, it } from 'vitest';
import type { Place, Route } from '../data/schema';
import {
  bboxOf,
  circleRing,
  destination,
  haversineKm,
  routeGeometry,
  pathWaypoints,
  UnknownPlaceError,
} from './geometry';
import { movementLines } from './movements';

const place = (id: string, lon: number, lat: number) => ({ id, lon, lat }) as Place;
const places = new Map([
  ['tanf', place('tanf', 38.6178, 33.5058)],
  ['a', place('a', 40, 36)],
  ['b', place('b', 41, 37)],
]);

describe('geodesy', () => {
  it('haversine matches the fact sheet’s checks (Qasrak–Hasakah 30.9 km)', () => {
    expect(haversineKm([40.512, 36.7062], [40.7477, 36.5024])).toBeCloseTo(30.9, 1);
  });
  it('destination is the inverse of haversine', () => {
    const p = destination([38.6178, 33.5058], 55, 90);
    expect(haversineKm([38.6178, 33.5058], p)).toBeCloseTo(55, 2);
  });
  it('the 55 km Tanf circle matches the fact sheet’s polygon (north and east vertices)', () => {
    const ring = circleRing([38.6178, 33.5058], 55, 16);
    expect(ring).toHaveLength(17);
    expect(ring[0]).toEqual(ring[16]);
    expect(ring[0]![1]).toBeCloseTo(34.0005, 3); // north
    expect(ring[4]![0]).toBeCloseTo(39.211, 2); // east
    expect(ring[8]![1]).toBeCloseTo(33.0112, 3); // south
  });
});

describe('route geometry', () => {
  const line = { id: 'r', kind: 'convoy', waypoints: ['a', [40.5, 36.5], 'b'] } as Route;
  it('resolves place ids and explicit points in order', () => {
    expect(routeGeometry(line, places)).toEqual({
      type: 'LineString',
      coordinates: [
        [40, 36],
        [40.5, 36.5],
        [41, 37],
      ],
    });
  });
  it('draws zones as a closed circle around their centre', () => {
    const g = routeGeometry({ id: 'z', kind: 'zone', center: 'tanf', radiusKm: 55 } as Route, places);
    expect(g.type).toBe('Polygon');
    if (g.type === 'Polygon')
      expect(haversineKm([38.6178, 33.5058], g.coordinates[0]![10]!)).toBeCloseTo(55, 1);
  });
  it('throws a named error for an unknown place', () => {
    expect(() =>
      routeGeometry({ id: 'x', kind: 'highway', waypoints: ['a', 'zz'] } as Route, places),
    ).toThrow(UnknownPlaceError);
  });
  it('bbox of points, null when empty', () => {
    expect(
      bboxOf([
        [1, 2],
        [3, -1],
      ]),
    ).toEqual([1, -1, 3, 2]);
    expect(bboxOf([])).toBeNull();
  });
  it('movement lines run in the direction of travel', () => {
    const routes = new Map([['r', line]]);
    const [fwd] = movementLines([{ route: 'r', direction: 'forward' }], routes, places);
    const [rev] = movementLines([{ route: 'r', direction: 'reverse' }], routes, places);
    expect(fwd!.coordinates[0]).toEqual([40, 36]);
    expect(rev!.coordinates[0]).toEqual([41, 37]);
    expect(movementLines([{ route: 'missing', direction: 'forward' }], routes, places)).toEqual([]);
  });
});

describe('pathWaypoints', () => {
  const path: [number, number][] = [
    [40, 36],
    [40.1, 36],
    [40.2, 36],
    [41, 36],
    [42, 36],
    [43, 36],
  ];
  it('keeps both ends and spaces the stops by distance, not by vertex count', () => {
    const w = pathWaypoints(path, 4);
    expect(w[0]).toEqual([40, 36]);
    expect(w.at(-1)).toEqual([43, 36]);
    // three short vertices at the start do not crowd the stops: the middle ones sit near 41 and 42
    expect(w).toEqual([
      [40, 36],
      [41, 36],
      [42, 36],
      [43, 36],
    ]);
  });
  it('short paths are returned as they are, never more than max', () => {
    expect(
      pathWaypoints(
        [
          [1, 2],
          [3, 4],
        ],
        4,
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(pathWaypoints(path, 2)).toEqual([
      [40, 36],
      [43, 36],
    ]);
    expect(pathWaypoints([], 4)).toEqual([]);
  });
});
