/** Event histograms: how many events fall in each day, week or month. */
import { DAY_MS, dayNumber, isoOfDay } from '../data/days';
import type { StoryEvent } from '../data/schema';

export type BinUnit = 'day' | 'week' | 'month';

export interface Histogram {
  unit: BinUnit;
  /** First day of each bin (day numbers), ascending; bins[i] covers [starts[i], starts[i+1]). */
  starts: number[];
  counts: number[];
  /** Day span covered: [first day, last day] inclusive. */
  first: number;
  last: number;
  max: number;
}

/** Bin size by span: days up to ~4 months, weeks up to ~2 years, months beyond. */
export function binUnitFor(spanDays: number): BinUnit {
  if (spanDays <= 124) return 'day';
  if (spanDays <= 730) return 'week';
  return 'month';
}

function binStarts(first: number, last: number, unit: BinUnit): number[] {
  const starts: number[] = [];
  if (unit === 'day') {
    for (let d = first; d <= last; d++) starts.push(d);
  } else if (unit === 'week') {
    // weeks start on Monday (1970-01-01 was a Thursday: day 4 = Monday 1970-01-05)
    let d = first - ((((first - 4) % 7) + 7) % 7);
    for (; d <= last; d += 7) starts.push(d);
  } else {
    const f = isoOfDay(first);
    let y = +f.slice(0, 4);
    let m = +f.slice(5, 7) - 1;
    for (;;) {
      const d = Math.round(Date.UTC(y, m, 1) / DAY_MS);
      if (d > last) break;
      starts.push(d);
      m++;
      if (m === 12) {
        m = 0;
        y++;
      }
    }
  }
  return starts;
}

/** Index of the bin containing `day` (binary search). */
export function binIndex(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Events per bin by their start date, over the extent of the events (or a given extent).
 * `starts`: the events' start days, ascending (a time index's, derive/timeIndex.ts): the bins are
 * then counted in one walk, without reading a million events' dates.
 */
export function histogram(
  events: readonly StoryEvent[],
  extent?: { first: number; last: number },
  starts?: ArrayLike<number>,
): Histogram | null {
  let first = extent?.first ?? Infinity;
  let last = extent?.last ?? -Infinity;
  if (!extent) {
    for (const e of events) {
      const d = dayNumber(e.date);
      if (d < first) first = d;
      const end = dayNumber(e.endDate ?? e.date);
      if (end > last) last = end;
    }
  }
  if (!Number.isFinite(first)) return null;
  const unit = binUnitFor(last - first + 1);
  const bins = binStarts(first, last, unit);
  const counts = new Array<number>(bins.length).fill(0);
  if (starts) {
    let b = 0;
    for (let i = 0; i < starts.length; i++) {
      const d = starts[i]!;
      if (d < first || d > last) continue;
      while (b + 1 < bins.length && bins[b + 1]! <= d) b++;
      counts[b]!++;
    }
  } else
    for (const e of events) {
      const d = dayNumber(e.date);
      if (d < first || d > last) continue;
      counts[binIndex(bins, d)]!++;
    }
  return { unit, starts: bins, counts, first, last, max: Math.max(0, ...counts) };
}

/**
 * Per bin of `h`, the events of the days outside `loaded` (inclusive day numbers), from counts per
 * day starting at `perDay.first`: the bars of days whose events are not on the page.
 */
export function countsOutside(
  h: Histogram,
  perDay: { first: number; counts: readonly number[] },
  loaded: { first: number; last: number },
): number[] {
  const out = new Array<number>(h.starts.length).fill(0);
  perDay.counts.forEach((c, k) => {
    const d = perDay.first + k;
    if (c === 0 || d < h.first || d > h.last || (d >= loaded.first && d <= loaded.last)) return;
    out[binIndex(h.starts, d)]! += c;
  });
  return out;
}
