/**
 * A time index over date-sorted events: the events in a date range are found by binary search
 * (a slice) instead of a scan, so moving the range handle costs O(log n + result).
 */
import type { Category, StoryEvent } from '../data/schema';
import { dayNumber } from '../data/days';
import { eventCore } from '../data/eventCore';
import { EventRange } from './eventRange';
import { firstAbove, firstAtLeast } from './sorted';

export interface TimeIndex {
  /** The events, in date order (as given). */
  events: readonly StoryEvent[];
  /** Start day of each event (the list's core's own array: read, never written). */
  starts: Int32Array;
  /** Last day of each event (its end date, else its date; the core's own array). */
  ends: Int32Array;
  /** Positions of events lasting more than a day (they can overlap a range that starts later). */
  spans: readonly number[];
  /** The first day of each of `spans`, and the longest span's length in days: a range's scan of them starts at the first that can reach it. */
  spanStarts: Int32Array;
  longestSpan: number;
  /** The greatest of `ends` in each block of BLOCK positions: a range's last day without a scan. */
  blockEnds: Int32Array;
  /** Per category, the ascending positions of its events: a range's count is two binary searches. */
  positions: ReadonlyMap<Category, Int32Array>;
}

// The model indexes the same list several times over when filters leave it whole (all events, no
// category or facet filter): built once per list (a million events: ~0.4 s each).
const built = new WeakMap<readonly StoryEvent[], TimeIndex>();

/** The time index of these date-sorted events (built once per list: the list must not change). */
export function buildTimeIndex(sorted: readonly StoryEvent[]): TimeIndex {
  let ix = built.get(sorted);
  if (!ix) built.set(sorted, (ix = indexEvents(sorted)));
  return ix;
}

function indexEvents(sorted: readonly StoryEvent[]): TimeIndex {
  // the days and categories as the list's core holds them (data/eventCore.ts): typed arrays, made
  // by the importer from its columns for an imported list, so no pass over a million objects here
  const { length: n, starts, ends, category, categories } = eventCore(sorted);
  const blockEnds = new Int32Array(Math.ceil(n / BLOCK)).fill(-2147483648);
  const spans: number[] = [];
  const counts = new Int32Array(categories.length);
  for (let i = 0; i < n; i++) {
    const end = ends[i]!;
    if (end !== starts[i]) spans.push(i);
    const b = (i / BLOCK) | 0;
    if (end > blockEnds[b]!) blockEnds[b] = end;
    counts[category[i]!]!++;
  }
  // one typed array per category, filled in a second pass (a million pushes onto growing lists,
  // then copies, cost ~0.1 s and as much garbage)
  const lists = Array.from(counts, (c) => new Int32Array(c));
  const filled = new Int32Array(categories.length);
  for (let i = 0; i < n; i++) {
    const code = category[i]!;
    lists[code]![filled[code]!++] = i;
  }
  const positions = new Map(categories.map((c, code) => [c, lists[code]!]));
  const spanStarts = Int32Array.from(spans, (i) => starts[i]!);
  let longestSpan = 0;
  for (const i of spans) longestSpan = Math.max(longestSpan, ends[i]! - starts[i]!);
  return { events: sorted, starts, ends, spans, spanStarts, longestSpan, positions, blockEnds };
}

/** Positions per block of `blockEnds`. */
const BLOCK = 1024;

/** The greatest of `ends` over positions [lo, hi): whole blocks read from `blockEnds`, the rest scanned. */
function maxEnd(ix: TimeIndex, lo: number, hi: number): number {
  let last = -Infinity;
  let i = lo;
  for (; i < hi && i % BLOCK !== 0; i++) if (ix.ends[i]! > last) last = ix.ends[i]!;
  for (; i + BLOCK <= hi; i += BLOCK) if (ix.blockEnds[i / BLOCK]! > last) last = ix.blockEnds[i / BLOCK]!;
  for (; i < hi; i++) if (ix.ends[i]! > last) last = ix.ends[i]!;
  return last;
}

/**
 * The positions of the events overlapping [from, to]: the slice [lo, hi) of events starting in
 * the range, and (`before`) the longer events before it that reach into it.
 */
export function positionsInRange(
  ix: TimeIndex,
  from: string | null,
  to: string | null,
): { lo: number; hi: number; before: number[] } {
  const f = from === null ? -Infinity : dayNumber(from);
  const lo = from === null ? 0 : firstAtLeast(ix.starts, f);
  const hi = Math.max(lo, to === null ? ix.events.length : firstAbove(ix.starts, dayNumber(to)));
  // spans that start before the range but end inside or after its start: none starts before
  // f - longestSpan, so the scan starts there (not at the first of a million events' spans)
  const before: number[] = [];
  const { spans } = ix;
  for (let k = firstAtLeast(ix.spanStarts, f - ix.longestSpan); k < spans.length; k++) {
    const i = spans[k]!;
    if (i >= lo) break;
    if (ix.ends[i]! >= f) before.push(i);
  }
  return { lo, hi, before };
}

function rangeParts(ix: TimeIndex, from: string | null, to: string | null) {
  const { lo, hi, before } = positionsInRange(ix, from, to);
  return { lo, hi, before: before.map((i) => ix.events[i]!) };
}

/** Events overlapping [from, to] (inclusive, YYYY-MM-DD, null = open), in date order: a view, not a copy. */
export function eventsInRange(ix: TimeIndex, from: string | null, to: string | null): EventRange {
  const { lo, hi, before } = positionsInRange(ix, from, to);
  return new EventRange(ix.events, ix.starts, lo, hi, before);
}

/**
 * The first and last day of the events overlapping [from, to] (null: none), from the index's day
 * arrays: the timeline's axis at every range change, without reading a million events' dates.
 */
export function dayExtentInRange(
  ix: TimeIndex,
  from: string | null,
  to: string | null,
): { first: number; last: number } | null {
  const { lo, hi, before } = positionsInRange(ix, from, to);
  if (lo >= hi && before.length === 0) return null;
  // positions are in date order, and the spans reaching in from before start before the slice
  const first = before.length > 0 ? ix.starts[before[0]!]! : ix.starts[lo]!;
  let last = maxEnd(ix, lo, hi);
  for (const i of before) if (ix.ends[i]! > last) last = ix.ends[i]!;
  return { first, last };
}

/** How many events of each category overlap [from, to], without listing them (O(log n + spans)). */
export function categoryCountsInRange(
  ix: TimeIndex,
  from: string | null,
  to: string | null,
): Map<Category, number> {
  const { lo, hi, before } = rangeParts(ix, from, to);
  const out = new Map<Category, number>();
  for (const [c, positions] of ix.positions) {
    const n = firstAtLeast(positions, hi) - firstAtLeast(positions, lo);
    if (n > 0) out.set(c, n);
  }
  for (const e of before) out.set(e.category, (out.get(e.category) ?? 0) + 1);
  return out;
}
