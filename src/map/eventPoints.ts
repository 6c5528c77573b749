/**
 * The events the map draws as points, held as columns: one entry per located event, its index
 * the point's feature id. The map's tiles are cut from these columns (pointTiles.ts), and the
 * date-range and category filter reads them (eventVisibility.ts): no GeoJSON object per point.
 */
import type { Feature } from 'geojson';
import type { Category, Place, StoryEvent } from '../data/schema';
import { dayNumber } from '../data/days';
import { eventCore } from '../data/eventCore';
import { firstKnownPlace } from '../derive/geometry';
import { firstAtLeast } from '../derive/sorted';

/**
 * Up to this many points, each with a location precision gets its uncertainty circle on the map.
 * Past it the circles would cover the map in one wash (and at 100,000 they held software-WebGL
 * frames for seconds: BENCHMARKS.md); the card still says how far the place may be.
 */
export const MAX_UNCERTAINTY_CIRCLES = 5_000;

/** Metres per pixel at zoom 0 on the equator (512-pixel tiles). */
const EQUATOR_M_PER_PX = 40_075_016.686 / 512;

/** A distance on the ground at this latitude, in pixels at zoom 0 (each zoom level doubles it). */
export const zoom0Pixels = (km: number, lat: number): number =>
  (km * 1000) / (EQUATOR_M_PER_PX * Math.cos((lat * Math.PI) / 180));

export interface EventPoints {
  readonly length: number;
  readonly ids: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** First and last day numbers (data/days.ts): the list's core's own arrays when every event is a point (read, never written). */
  readonly t: Int32Array;
  readonly t2: Int32Array;
  /** The category's bit in the category mask (-1: the dataset has too many categories for a mask). */
  readonly c: Int32Array;
  /** Each point's colour, as a position in `palette`: a few colours, not a string per point (handed to the tile worker, a million strings took a second to copy). */
  readonly colorCode: Uint16Array;
  readonly palette: readonly string[];
  /** 1: a story event drawn on its place's marker (as a badge), 0: a point of its own. */
  readonly atPlace: Uint8Array;
  /** Size factor, when points are sized by a number column. */
  readonly k: Float64Array | null;
  /** Uncertainty circle radius in pixels at zoom 0 (NaN: none), when there are few enough points. */
  readonly u0: Float64Array | null;
}

export interface PointLook {
  colorOf: ((e: StoryEvent) => string) | null;
  sizeOf: ((e: StoryEvent) => number) | null;
}

/** Points coloured by category, all one size. */
const NO_LOOK: PointLook = { colorOf: null, sizeOf: null };

/**
 * The located events as points. `t`/`t2` are the first/last day numbers and `c` the category bit:
 * points outside the date range or the shown categories are hidden by the GPU layer's uniforms
 * (dotLayer.ts) and, for story badges, by feature-state (eventVisibility.ts), never by re-uploading.
 */
export function eventPoints(
  events: readonly StoryEvent[],
  places: ReadonlyMap<string, Place>,
  bits: ReadonlyMap<Category, number>,
  colors: ReadonlyMap<Category, string>,
  look: PointLook = NO_LOOK,
): EventPoints {
  // ids, days, own coordinates and categories from the list's core (data/eventCore.ts): typed
  // arrays, and the time index's own days; the objects are read only for what the core lacks (an
  // event drawn at its place, a look of a column, uncertainty circles)
  const core = eventCore(events);
  const all = core.length;
  // where each located event is, in a first pass: while every event so far has its own
  // coordinates, the core's arrays are the points' own (an imported table's usual case: no copy)
  let lons = core.lon;
  let lats = core.lat;
  let copied = false;
  const which = new Int32Array(all);
  let n = 0;
  for (let j = 0; j < all; j++) {
    const x = core.lon[j]!;
    const y = core.lat[j]!;
    if (x === x && y === y) {
      if (copied) {
        lons[n] = x;
        lats[n] = y;
      }
    } else {
      if (!copied) {
        lons = core.lon.slice();
        lats = core.lat.slice();
        copied = true;
      }
      const place = firstKnownPlace(events[j]!, places);
      if (!place) continue;
      lons[n] = place.lon;
      lats[n] = place.lat;
    }
    which[n++] = j;
  }
  const circles = n <= MAX_UNCERTAINTY_CIRCLES;
  // every event a point: the core's ids and days as they are (read, never written)
  const every = n === all;
  const lon = lons.length === n ? lons : lons.slice(0, n);
  const lat = lats.length === n ? lats : lats.slice(0, n);
  const ownIds = every ? null : new Array<string>(n);
  const t = every ? core.starts : new Int32Array(n);
  const t2 = every ? core.ends : new Int32Array(n);
  const c = new Int32Array(n);
  const colorCodes = new Uint16Array(n);
  const palette: string[] = [];
  const atPlace = new Uint8Array(n);
  const k = look.sizeOf ? new Float64Array(n) : null;
  const u0 = circles ? new Float64Array(n).fill(NaN) : null;
  const codes = new Map<string, number>();
  const colorCode = (color: string) => {
    let code = codes.get(color);
    if (code === undefined) {
      code = palette.push(color) - 1;
      codes.set(color, code);
    }
    return code;
  };
  // per category code of the core: its bit and colour code (the category's colour, unless the
  // look colours points itself)
  const bitOf = Int32Array.from(core.categories, (cat) => bits.get(cat) ?? -1);
  const colorOf = look.colorOf
    ? null
    : Int32Array.from(core.categories, (cat) => colorCode(colors.get(cat) ?? '#555555'));
  const objects = look.colorOf !== null || look.sizeOf !== null || circles;
  for (let i = 0; i < n; i++) {
    const j = which[i]!;
    if (ownIds) {
      ownIds[i] = core.ids[j]!;
      t[i] = core.starts[j]!;
      t2[i] = core.ends[j]!;
    }
    const code = core.category[j]!;
    c[i] = bitOf[code]!;
    if (core.lon[j] !== core.lon[j]) atPlace[i] = 1;
    if (colorOf) colorCodes[i] = colorOf[code]!;
    if (!objects) continue;
    const e = events[j]!;
    if (look.colorOf) colorCodes[i] = colorCode(look.colorOf(e));
    if (k && look.sizeOf) k[i] = look.sizeOf(e);
    if (u0 && e.uncertaintyKm !== undefined && e.lat !== undefined)
      u0[i] = zoom0Pixels(e.uncertaintyKm, e.lat);
  }
  return {
    length: n,
    ids: ownIds ?? core.ids,
    lon,
    lat,
    t,
    t2,
    c,
    colorCode: colorCodes,
    palette,
    atPlace,
    k,
    u0,
  };
}

/**
 * The position of an event's own point (not a badge on its place), or -1. Points keep their
 * events' date order, so this is a binary search on the start day and a walk over that day's
 * points: a step at a million points no longer compares a million ids.
 */
export function ownPointOf(p: EventPoints, e: Pick<StoryEvent, 'id' | 'date'>): number {
  const day = dayNumber(e.date);
  for (let i = firstAtLeast(p.t, day); i < p.length && p.t[i] === day; i++)
    if (p.ids[i] === e.id && p.atPlace[i] === 0) return i;
  return -1;
}

export type PointProperties = Record<string, string | number | boolean>;

/**
 * What the map's layers read of point `i` (map/style.ts): its tile feature's properties. No event
 * id: a tile names a point by its feature id, its position in the points (`ids` maps it back).
 */
export function pointProperties(p: EventPoints, i: number): PointProperties {
  const props: PointProperties = {
    t: p.t[i]!,
    t2: p.t2[i]!,
    c: p.c[i]!,
    color: p.palette[p.colorCode[i]!]!,
    atPlace: p.atPlace[i] === 1,
  };
  if (p.k) props.k = p.k[i]!;
  if (p.u0 && !Number.isNaN(p.u0[i])) props.u0 = p.u0[i]!;
  return props;
}

/** Point `i` as a GeoJSON feature (the current event's mark is one). */
export function pointFeature(p: EventPoints, i: number): Feature {
  return {
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [p.lon[i]!, p.lat[i]!] },
    properties: { id: p.ids[i]!, ...pointProperties(p, i) },
  };
}
