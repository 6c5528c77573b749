import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import fc from 'fast-check';
import type { StoryEvent } from '../data/schema';
import { eventPoints, pointProperties } from './eventPoints';
import { categoryBits } from './features';
import { importedEvent, TEST_CATEGORIES, TEST_COLORS } from '../test/importedEvents';
import { EXTENT, POINTS_LAYER, PointTiler, TileService, type TileReply } from './pointTiles';
import { mercator } from './mercator';
import { dotArrays } from './dotData';

const ev = (i: number, lon: number, lat: number, over: Partial<StoryEvent> = {}) =>
  importedEvent(i, { lon, lat, ...over });
const bits = categoryBits(TEST_CATEGORIES);
const colors = TEST_COLORS;

/** Tile z/x/y decoded as MapLibre reads it: each feature's id, properties and point in lon/lat. */
function decode(bytes: Uint8Array, z: number, x: number, y: number) {
  const layer = new VectorTile(new PbfReader(bytes)).layers[POINTS_LAYER];
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => {
    const f = layer.feature(i);
    const [lon, lat] = (f.toGeoJSON(x, y, z).geometry as unknown as { coordinates: [number, number] })
      .coordinates;
    return { id: f.id, properties: f.properties, lon, lat, extent: f.extent };
  });
}

/** The latitude of a Web Mercator y (0..1, down). */
const latOfTileEdge = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** Which tile of zoom z holds a point. */
const tileOf = (lon: number, lat: number, z: number) => {
  const [x, y] = mercator(lon, lat);
  return [Math.floor(x * 2 ** z), Math.floor(y * 2 ** z)] as const;
};

describe('point tiles', () => {
  const events = [ev(0, 40.1, 36.2), ev(1, 38.5, 33.0, { endDate: '2026-03-01' }), ev(2, 44.3, 33.3)];
  const points = eventPoints(events, new Map(), bits, colors, { colorOf: null, sizeOf: () => 1.5 });
  const tiler = new PointTiler(points);

  it('a world tile holds every point, each with its index as id and the properties the layers read', () => {
    const got = decode(tiler.tile(0, 0, 0), 0, 0, 0);
    expect(got.map((f) => f.id)).toEqual([0, 1, 2]);
    for (const f of got) {
      expect(f.extent).toBe(EXTENT);
      expect(f.properties).toEqual(pointProperties(points, f.id!));
      // a world tile is 4096 units wide: a unit is ~0.09° of longitude
      expect(Math.abs(f.lon - points.lon[f.id!]!)).toBeLessThan(0.1);
      expect(Math.abs(f.lat - points.lat[f.id!]!)).toBeLessThan(0.1);
    }
  });

  it('at zoom 10 each point is in its own tile, placed within a few metres, and no other tile has it', () => {
    for (let i = 0; i < points.length; i++) {
      const [x, y] = tileOf(points.lon[i]!, points.lat[i]!, 10);
      const got = decode(tiler.tile(10, x, y), 10, x, y);
      expect(got.map((f) => f.id)).toEqual([i]);
      expect(Math.abs(got[0]!.lon - points.lon[i]!)).toBeLessThan(1e-4);
      expect(Math.abs(got[0]!.lat - points.lat[i]!)).toBeLessThan(1e-4);
      expect(decode(tiler.tile(10, x + 1, y), 10, x + 1, y)).toEqual([]);
    }
  });

  it('every point is in exactly one tile of a zoom, whatever the points (tile edges included)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            // corners of zoom-8 tiles around Syria: on the edges of tiles at every zoom up to 8
            fc.integer({ min: 150, max: 160 }).map((k) => (k / 256) * 360 - 180),
            fc.integer({ min: 96, max: 104 }).map((k) => latOfTileEdge(k / 256)),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 0, max: 7 }),
        (coords, z) => {
          const p = eventPoints(
            coords.map(([lon, lat], i) => ev(i, lon, lat)),
            new Map(),
            bits,
            colors,
          );
          const t = new PointTiler(p);
          const seen = new Array<number>(p.length).fill(0);
          const tiles = new Set(coords.map(([lon, lat]) => tileOf(lon, lat, z).join('/')));
          // the tiles holding a point, and each of their neighbours
          for (const k of [...tiles]) {
            const [x, y] = k.split('/').map(Number) as [number, number];
            for (const [dx, dy] of [
              [0, 0],
              [1, 0],
              [-1, 0],
              [0, 1],
              [0, -1],
            ] as const)
              tiles.add(`${x + dx}/${y + dy}`);
          }
          for (const k of tiles) {
            const [x, y] = k.split('/').map(Number) as [number, number];
            for (const i of t.pointsIn(z, x, y)) seen[i]!++;
          }
          expect(seen).toEqual(new Array<number>(p.length).fill(1));
        },
      ),
    );
  });

  it('tiles list their points in point order (later events drawn over earlier ones)', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      ev(i, 39 + ((i * 37) % 100) / 50, 35 + ((i * 11) % 100) / 50),
    );
    const t = new PointTiler(eventPoints(many, new Map(), bits, colors));
    const ids = [...t.pointsIn(5, 19, 12)];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('no points: every tile is empty', () => {
    const t = new PointTiler(eventPoints([], new Map(), bits, colors));
    expect(decode(t.tile(0, 0, 0), 0, 0, 0)).toEqual([]);
  });
});

describe('the tile worker', () => {
  const points = eventPoints([ev(0, 40.1, 36.2), ev(1, 38.5, 33.0)], new Map(), bits, colors);
  const ids = (r: TileReply | null) => {
    if (!r || !('bytes' in r)) throw new Error(`no tile: ${JSON.stringify(r)}`);
    return decode(r.bytes, 0, 0, 0).map((f) => f.id);
  };

  it('serves each set of points under its key until it is let go, then empty tiles', () => {
    const s = new TileService();
    expect(s.handle({ kind: 'points', key: 'a', points })).toBeNull();
    expect(
      s.handle({ kind: 'points', key: 'b', points: eventPoints([], new Map(), bits, colors) }),
    ).toBeNull();
    const tile = (key: string, id: number) => s.handle({ kind: 'tile', id, key, z: 0, x: 0, y: 0 });
    expect(tile('a', 1)?.id).toBe(1);
    expect(ids(tile('a', 1))).toEqual([0, 1]);
    expect(ids(tile('b', 2))).toEqual([]);
    s.handle({ kind: 'release', key: 'a' });
    expect(ids(tile('a', 3))).toEqual([]);
  });

  it('make a set’s dot arrays when asked, for the page’s GPU layer, and none otherwise', () => {
    const points = eventPoints([ev(0, 38, 35), ev(1, 40, 36)], new Map(), bits, colors);
    const s = new TileService();
    expect(s.handle({ kind: 'points', key: 'a', points, dots: false })).toBeNull();
    expect(s.handle({ kind: 'points', key: 'b', points, dots: true })).toEqual({
      kind: 'dots',
      key: 'b',
      dots: dotArrays(points),
    });
    // the set is served as well
    expect(ids(s.handle({ kind: 'tile', id: 1, key: 'b', z: 0, x: 0, y: 0 }))).toEqual([0, 1]);
    // points it cannot read get no dots, and say so (the page makes its own)
    const broken = { ...points, atPlace: null } as unknown as typeof points;
    expect(s.handle({ kind: 'points', key: 'c', points: broken, dots: true })).toEqual({
      kind: 'dots',
      key: 'c',
      dots: null,
    });
  });

  it('a tile that cannot be made is answered with why, not left waiting', () => {
    const s = new TileService();
    s.handle({
      kind: 'points',
      key: 'a',
      points: { ...points, colorCode: null } as unknown as typeof points,
    });
    const r = s.handle({ kind: 'tile', id: 7, key: 'a', z: 0, x: 0, y: 0 });
    expect(r?.id).toBe(7);
    expect(r && 'error' in r ? r.error : null).toMatch(/./);
  });
});
