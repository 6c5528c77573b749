/**
 * The timeline's axis: time to scale, like the histogram above it. Each event's dot sits as
 * near its own date as it can while keeping a minimum gap from its neighbours, so a week with
 * ten events spreads a little around that week instead of the whole year being evenly spaced
 * steps. Pure arithmetic; the component measures the width.
 */
import { dayNumber, isoOfDay } from '../data/days';
import type { StoryData } from '../data/validate';

export interface AxisDomain {
  /** First and last day shown (day numbers, inclusive). */
  first: number;
  last: number;
}

/** The days a list of events covers (start of the first to the end of the last), with a margin. */
export function axisDomain(
  events: readonly { date: string; endDate?: string }[],
  marginDays = 3,
): AxisDomain {
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    first = Math.min(first, dayNumber(e.date));
    last = Math.max(last, dayNumber(e.endDate ?? e.date));
  }
  if (first > last) return { first: 0, last: 0 };
  return { first: first - marginDays, last: last + marginDays };
}

/** The axis for events covering these days (null: no events), with a margin: axisDomain from known days. */
export function domainOfDays(days: { first: number; last: number } | null, marginDays = 3): AxisDomain {
  return days ? { first: days.first - marginDays, last: days.last + marginDays } : { first: 0, last: 0 };
}

/** Where a day falls on the axis, 0…1 (a day's middle). */
export function dayFraction(day: number, d: AxisDomain): number {
  const span = d.last - d.first + 1;
  return (day - d.first + 0.5) / span;
}

/**
 * Positions as close as possible (least squares) to `ideal`, in order, at least `gap` apart and
 * within [0, width]. If the events cannot all fit at that gap, the gap shrinks to fit.
 * Pool-adjacent-violators on ideal[i] − i·gap, which must be non-decreasing.
 */
export function dodge(ideal: readonly number[], gap: number, width: number): number[] {
  const n = ideal.length;
  if (n === 0) return [];
  const g = n > 1 ? Math.min(gap, width / (n - 1)) : 0;
  // blocks of pooled values: [sum, count]
  const sums: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    // clamp into the room this dot has between its neighbours' minimum shares of the width
    const lo = i * g;
    const hi = width - (n - 1 - i) * g;
    let v = Math.min(hi, Math.max(lo, ideal[i]!)) - i * g;
    let c = 1;
    while (sums.length && sums.at(-1)! / counts.at(-1)! > v / c) {
      v += sums.pop()!;
      c += counts.pop()!;
    }
    sums.push(v);
    counts.push(c);
  }
  const out: number[] = [];
  for (let b = 0; b < sums.length; b++)
    for (let k = 0; k < counts[b]!; k++) out.push(sums[b]! / counts[b]! + out.length * g);
  return out;
}

/** The first day of each month within the domain (a tick each), as ISO dates. */
export function monthStarts(d: AxisDomain): string[] {
  const out: string[] = [];
  const start = isoOfDay(d.first);
  let y = +start.slice(0, 4);
  let m = +start.slice(5, 7);
  if (+start.slice(8, 10) !== 1) m++;
  for (;;) {
    if (m > 12) {
      m = 1;
      y++;
    }
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (dayNumber(iso) > d.last) return out;
    out.push(iso);
    m++;
  }
}

/**
 * The first of `n` ascending positions (`x(i)`) nearest to `target`: a binary search, so a click
 * on the track of a million events reads a few dozen positions, not all of them.
 */
export function nearestPosition(n: number, x: (i: number) => number, target: number): number {
  const firstAtLeast = (v: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x(mid) < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const after = firstAtLeast(target);
  if (after === 0) return 0;
  if (after === n) return firstAtLeast(x(n - 1));
  const below = x(after - 1);
  return target - below <= x(after) - target ? firstAtLeast(below) : after;
}

/**
 * The timeline's days: the loaded events', widened to all the dataset's when only some are loaded
 * (a pack read a range at a time), with the days whose events are all loaded (`loaded`).
 */
export function timelineExtent(
  h: { first: number; last: number } | null,
  span: StoryData['span'],
):
  | {
      first: number;
      last: number;
      loaded?: { first: number; last: number };
      perDay?: { first: number; counts: readonly number[] };
    }
  | undefined {
  if (!span) return h ? { first: h.first, last: h.last } : undefined;
  const first = Math.min(dayNumber(span.first), h?.first ?? Infinity);
  const last = Math.max(dayNumber(span.last), h?.last ?? -Infinity);
  const { from, to } = span.covered;
  return {
    first,
    last,
    loaded: { first: from ? dayNumber(from) : first, last: to ? dayNumber(to) : last },
    ...(span.days && { perDay: { first: dayNumber(span.days.first), counts: span.days.counts } }),
  };
}
