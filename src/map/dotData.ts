/**
 * What the GPU needs to draw the free event points (dotLayer.ts), in flat typed arrays: one
 * entry per point that is not a story badge. The date range and the category mask are then
 * uniforms: moving a range handle re-draws with two new numbers, and no point's data is touched
 * (MapLibre's feature-state took ~100 ms a week's step at a million points: BENCHMARKS.md).
 * Pure: no WebGL here.
 */
import type { EventPoints } from './eventPoints';
import { mercatorX, mercatorY } from './mercator';
import { firstAbove, firstAtLeast } from '../derive/sorted';

export interface DotArrays {
  count: number;
  /** Web Mercator x, y (0..1) of the point nearest all others' middle: positions are relative to it. */
  origin: [number, number];
  /** x, y per dot relative to `origin` (small numbers keep single precision exact to ~0.1 px at the map's largest zoom). */
  pos: Float32Array;
  /** First and last day number per dot (whole numbers, exact in single precision). */
  days: Float32Array;
  /** The category bit per dot (-1: every mask shows it), as eventPoints gives it. */
  cat: Int32Array;
  /** Red, green, blue, alpha per dot (0..255). */
  color: Uint8Array;
  /** Size factor per dot. */
  k: Float32Array;
}

/** No dots (a large set's are on their way from the tile worker). */
export const NO_DOTS: DotArrays = {
  count: 0,
  origin: [0.5, 0.5],
  pos: new Float32Array(0),
  days: new Float32Array(0),
  cat: new Int32Array(0),
  color: new Uint8Array(0),
  k: new Float32Array(0),
};

/**
 * From this many points the dots' arrays are made in the tile worker, not on the page: at a
 * million points `dotArrays` took ~0.23 s of the page's main thread (BENCHMARKS.md). Below it they
 * are made at once (a few milliseconds), so a small dataset's dots are there with its first frame.
 */
export const DOTS_OFF_THREAD_FROM = 50_000;

/**
 * The tile worker's answer to a set of points sent with `dots: true`: its dots, moved, or null
 * when it could not make them (the page then makes them itself).
 */
export interface DotsReply {
  kind: 'dots';
  key: string;
  dots: DotArrays | null;
}

/** The buffers of these arrays, to move them to another thread. */
export const dotBuffers = (d: DotArrays): ArrayBuffer[] =>
  [d.pos, d.days, d.cat, d.color, d.k].map((a) => a.buffer as ArrayBuffer);

/** The map's free-point radius (CSS px, before the size factor) at a zoom: 3 at zoom 4 and below, 6 at 8 and above. */
export function dotRadius(zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 4) / 4));
  return 3 + 3 * t;
}

/** White stroke around each point (CSS px) and the fill's opacity: as the circle layer drew them. */
export const DOT_STROKE = 0.8;
export const DOT_OPACITY = 0.8;

const FALLBACK: [number, number, number] = [0x55, 0x55, 0x55];

/** A `#rgb` or `#rrggbb` colour as red, green, blue (0..255); anything else is the fallback grey. */
export function rgbOf(css: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim());
  if (!m) return FALLBACK;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** The free points' arrays (story badges, `atPlace`, are drawn on their place's marker by the style). */
export function dotArrays(p: EventPoints): DotArrays {
  let count = 0;
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  const xs = new Float64Array(p.length);
  const ys = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    if (p.atPlace[i] === 1) continue;
    const x = mercatorX(p.lon[i]!);
    const y = mercatorY(p.lat[i]!);
    xs[i] = x;
    ys[i] = y;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    count++;
  }
  const origin: [number, number] = count ? [(x0 + x1) / 2, (y0 + y1) / 2] : [0.5, 0.5];
  const out: DotArrays = {
    count,
    origin,
    pos: new Float32Array(2 * count),
    days: new Float32Array(2 * count),
    cat: new Int32Array(count),
    color: new Uint8Array(4 * count),
    k: new Float32Array(count),
  };
  // each palette colour as RGBA bytes once; a point's colour is then four byte copies (no array
  // made per point: at a million points the allocations were most of this function's time)
  const rgba = new Uint8Array(4 * p.palette.length);
  p.palette.forEach((c, k) => rgba.set([...rgbOf(c), 255], 4 * k));
  let j = 0;
  for (let i = 0; i < p.length; i++) {
    if (p.atPlace[i] === 1) continue;
    out.pos[2 * j] = xs[i]! - origin[0];
    out.pos[2 * j + 1] = ys[i]! - origin[1];
    out.days[2 * j] = p.t[i]!;
    out.days[2 * j + 1] = p.t2[i]!;
    out.cat[j] = p.c[i]!;
    const from = 4 * p.colorCode[i]!;
    const to = 4 * j;
    out.color[to] = rgba[from]!;
    out.color[to + 1] = rgba[from + 1]!;
    out.color[to + 2] = rgba[from + 2]!;
    out.color[to + 3] = rgba[from + 3]!;
    out.k[j] = p.k ? p.k[i]! : 1;
    j++;
  }
  return out;
}

/**
 * A column-major 4×4 matrix (mercator 0..1 → clip space) moved to take positions relative to
 * `origin`: m · translate(origin). Done in double precision, then handed to the GPU in single.
 */
export function relativeTo(m: ArrayLike<number>, origin: [number, number]): Float32Array {
  const out = Float32Array.from(m);
  const [ox, oy] = origin;
  for (let r = 0; r < 4; r++) out[12 + r] = m[12 + r]! + m[r]! * ox + m[4 + r]! * oy;
  return out;
}

/** The dots' first days, ascending, and the longest dot's length in days. */
export interface DayOrder {
  starts: Float32Array;
  longest: number;
}

/** The dots' day order, or null when they are not in order of their first day (then all are drawn). */
export function dayOrder(dots: DotArrays): DayOrder | null {
  const starts = new Float32Array(dots.count);
  let longest = 0;
  for (let i = 0; i < dots.count; i++) {
    const s = dots.days[2 * i]!;
    if (i > 0 && s < starts[i - 1]!) return null;
    starts[i] = s;
    longest = Math.max(longest, dots.days[2 * i + 1]! - s);
  }
  return { starts, longest };
}

/**
 * The run of dots [first, first + count) holding every dot whose days meet [from, to]: in day
 * order, the dots that start after `to` or end before `from` need not be drawn at all (a month of
 * a million events' eighteen months draws ~1/18 of the vertices). The shader still tests each.
 */
export function runInRange(
  order: DayOrder | null,
  count: number,
  from: number,
  to: number,
): [number, number] {
  if (!order) return [0, count];
  const first = firstAtLeast(order.starts, from - order.longest);
  return [first, Math.max(0, firstAbove(order.starts, to) - first)];
}
