/**
 * Checks the generated basemap in public/basemap against what the map shows: land reaches every
 * edge of the area the camera may show, and no governorate label sits near a city or story place
 * of the same name. (The generator, scripts/build-basemap.mjs, checks the same when it runs; this
 * catches a change of the camera's bounds or of the story's places made after it ran.)
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';

type Position = [number, number];
type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };
interface Feature {
  properties: Record<string, string | number | boolean>;
  geometry: Geometry;
}

const root = new URL('../../', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
const features = (name: string) => readJson<{ features: Feature[] }>(`public/basemap/${name}`).features;

const polygonsOf = (g: Geometry): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

function inside(p: Position, g: Geometry): boolean {
  return polygonsOf(g).some((rings) => {
    let odd = false;
    for (const r of rings) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [xi, yi] = r[i]!;
        const [xj, yj] = r[j]!;
        if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) odd = !odd;
      }
    }
    return odd;
  });
}

function distanceKm([x1, y1]: Position, [x2, y2]: Position): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((y2 - y1) * rad) / 2) ** 2 +
    Math.cos(y1 * rad) * Math.cos(y2 * rad) * Math.sin(((x2 - x1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** As nameKey in scripts/build-basemap.mjs: Arabic without diacritics and letter variants, Latin without accents and article. */
function nameKey(name: string): string {
  if (/[\u0600-\u06ff]/.test(name)) {
    return name
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/[أإآ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(al|ar|as|ash|ad|an|at|az|el|es)[-\s]+/, '')
    .replace(/[^a-z]/g, '');
}

/** The camera's bounds (MAP_BOUNDS), read from the map controller so that a change there is noticed here. */
function mapBounds(): [number, number, number, number] {
  const source = readFileSync(new URL('src/map/controller.ts', root), 'utf8');
  const m = /MAP_BOUNDS: BBox = \[([^\]]+)\]/.exec(source);
  if (!m)
    throw new Error(
      'MAP_BOUNDS: BBox = [w, s, e, n] not found in src/map/controller.ts; point this test at where it now lives',
    );
  const b = m[1]!.split(',').map(Number);
  if (b.length !== 4 || b.some((v) => !Number.isFinite(v)))
    throw new Error(`MAP_BOUNDS not four numbers: ${m[1]}`);
  return b as [number, number, number, number];
}

describe('basemap land', () => {
  const countries = features('countries.geojson');

  it('spans the whole area the camera may show (MAP_BOUNDS); regenerate with npm run basemap if not', () => {
    const [w, s, e, n] = mapBounds();
    const all = countries.flatMap((f) => polygonsOf(f.geometry).flatMap((rings) => rings[0] ?? []));
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    expect({
      w: Math.min(...xs) <= w,
      s: Math.min(...ys) <= s,
      e: Math.max(...xs) >= e,
      n: Math.max(...ys) >= n,
    }).toEqual({ w: true, s: true, e: true, n: true });
  });

  it.each([
    ['Turkey', [35, 41]], // north of 39.5 N, where the land used to stop
    ['Turkey', [29, 39]],
    ['Russia', [43, 43.8]],
    ['Egypt', [30, 26]],
    ['Saudi Arabia', [45, 25]],
    ['Turkmenistan', [56, 39]],
    ['United Arab Emirates', [55.5, 24.5]],
  ] as [string, Position][])('has %s at %j', (name, at) => {
    expect(countries.filter((f) => inside(at, f.geometry)).map((f) => f.properties.name_en)).toEqual([name]);
  });

  it('names every country in Arabic', () => {
    const missing = countries
      .filter((f) => !/[\u0600-\u06ff]/.test(String(f.properties.name_ar ?? '')))
      .map((f) => f.properties.name_en);
    expect(missing).toEqual([]);
  });
});

describe('governorate labels', () => {
  const CLEAR_KM = 60; // as in scripts/build-basemap.mjs
  const labels = features('admin1-labels.geojson');
  const cities = features('cities.geojson').map((f) => ({
    what: `reference city ${String(f.properties.name_en)}`,
    names: [String(f.properties.name_en), String(f.properties.name_ar)],
    at: f.geometry.coordinates as Position,
  }));
  const places = readJson<{
    places: { id: string; name: { en: string; ar: string }; aliases?: string[]; lon: number; lat: number }[];
  }>('public/data/places.json').places.map((p) => ({
    what: `story place ${p.id}`,
    names: [p.name.en, p.name.ar, ...(p.aliases ?? [])],
    at: [p.lon, p.lat] as Position,
  }));

  it(`keep ${CLEAR_KM} km from a city or story place of the same name (English or Arabic)`, () => {
    const near: string[] = [];
    for (const l of labels) {
      const keys = new Set([String(l.properties.name_en), String(l.properties.name_ar)].map(nameKey));
      for (const c of [...cities, ...places]) {
        if (!c.names.some((n) => keys.has(nameKey(n)))) continue;
        const km = distanceKm(l.geometry.coordinates as Position, c.at);
        if (km < CLEAR_KM) near.push(`${String(l.properties.name_en)}: ${km.toFixed(0)} km from ${c.what}`);
      }
    }
    expect(near).toEqual([]);
  });

  it('lie inside Syria', () => {
    const syria = features('countries.geojson').find((f) => f.properties.iso === 'SYR')!;
    expect(
      labels
        .filter((l) => !inside(l.geometry.coordinates as Position, syria.geometry))
        .map((l) => l.properties.name_en),
    ).toEqual([]);
  });
});
