/**
 * A time index over date-sorted events: the events in a date range are found by binary search
 * (a slice) instead of a scan, so moving the range handle costs O(log n + result).
 */
import type { StoryEvent } from '../data/schema';
import { dayNumber } from './histogram';

export interface TimeIndex {
  /** The events, in date order (as given). */
  events: readonly StoryEvent[];
  /** Start day of each event. */
  starts: Int32Array;
  /** Positions of events lasting more than a day (they can overlap a range that starts later). */
  spans: readonly number[];
}

export function buildTimeIndex(sorted: readonly StoryEvent[]): TimeIndex {
  const starts = new Int32Array(sorted.length);
  const spans: number[] = [];
  sorted.forEach((e, i) => {
    starts[i] = dayNumber(e.date);
    if (e.endDate && e.endDate > e.date) spans.push(i);
  });
  return { events: sorted, starts, spans };
}

/** First position whose start day is ≥ day (or > day when `after`). */
function bound(starts: Int32Array, day: number, after: boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after ? starts[mid]! <= day : starts[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events overlapping [from, to] (inclusive, YYYY-MM-DD, null = open), in date order. */
export function eventsInRange(ix: TimeIndex, from: string | null, to: string | null): StoryEvent[] {
  if (from === null && to === null) return ix.events as StoryEvent[];
  const f = from === null ? -Infinity : dayNumber(from);
  const lo = from === null ? 0 : bound(ix.starts, f, false);
  const hi = to === null ? ix.events.length : bound(ix.starts, dayNumber(to), true);
  // spans that start before the range but end inside or after its start
  const before: StoryEvent[] = [];
  for (const i of ix.spans) {
    if (i >= lo) break;
    const e = ix.events[i]!;
    if (dayNumber(e.endDate!) >= f) before.push(e);
  }
  const inside = ix.events.slice(lo, Math.max(lo, hi));
  return before.length ? [...before, ...inside] : inside;
}
