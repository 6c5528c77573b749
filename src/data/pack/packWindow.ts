/**
 * Which of a pack's parts the page needs for a date range (issue 14: a pack larger than one
 * browser's memory is read a window at a time). Parts hold the events in date order, so the events
 * that overlap a range are in a run of consecutive parts; the page loads that run and keeps it while
 * the range stays inside what it covers. Pure: dates as ISO strings compare as text.
 */
import { dayNumber, isoOfDay } from '../days';

/** What the page knows of each part: its first and last day (its events' end dates included) and size. */
export interface PartSpan {
  first: string;
  last: string;
  events: number;
}

/** Consecutive parts, by position in the index (inclusive). */
export interface PartRun {
  lo: number;
  hi: number;
}

/** A date range; null = open on that side. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The run of parts holding every event that overlaps the range (null: no part does). */
export function partsFor(parts: readonly PartSpan[], { from, to }: DateRange): PartRun | null {
  let lo = -1;
  let hi = -1;
  for (const [i, p] of parts.entries()) {
    if ((from === null || p.last >= from) && (to === null || p.first <= to)) {
      if (lo < 0) lo = i;
      hi = i;
    }
  }
  return lo < 0 ? null : { lo, hi };
}

export const eventsIn = (parts: readonly PartSpan[], run: PartRun): number =>
  parts.slice(run.lo, run.hi + 1).reduce((n, p) => n + p.events, 0);

const contains = (outer: PartRun, inner: PartRun) => outer.lo <= inner.lo && inner.hi <= outer.hi;

/**
 * The run to load for a range, given the run loaded (null: nothing yet), or null when the loaded
 * run already holds every event of the range. Widening keeps what is loaded when both fit in
 * `budget` events together (moving back and forth then fetches nothing more); otherwise only the
 * range's own parts are loaded.
 */
export function runToLoad(
  parts: readonly PartSpan[],
  loaded: PartRun | null,
  range: DateRange,
  budget: number,
): PartRun | null {
  const need = partsFor(parts, range);
  if (need === null) {
    // no event in the range: keep what is loaded; with nothing loaded, the part nearest after it
    // (else the last), so the page has the pack's events to show and its timeline to widen from
    if (loaded !== null || parts.length === 0) return null;
    const after = parts.findIndex((p) => range.to !== null && p.first > range.to);
    const at = after < 0 ? parts.length - 1 : after;
    return { lo: at, hi: at };
  }
  if (loaded && contains(loaded, need)) return null;
  if (!loaded) return need;
  const both = { lo: Math.min(loaded.lo, need.lo), hi: Math.max(loaded.hi, need.hi) };
  return eventsIn(parts, both) <= budget ? both : need;
}

/** Whether the loaded run holds every event overlapping the range. */
export const covers = (parts: readonly PartSpan[], loaded: PartRun, range: DateRange): boolean =>
  runToLoad(parts, loaded, range, Infinity) === null;

const nextDay = (iso: string) => isoOfDay(dayNumber(iso) + 1);
const prevDay = (iso: string) => isoOfDay(dayNumber(iso) - 1);

/**
 * The days for which the loaded run holds every event: from the day after the last day of any part
 * before it to the day before the first day of any part after it (null: open, the pack's own end).
 * Within these days, counts on the page are the pack's counts.
 */
export function coveredDays(parts: readonly PartSpan[], loaded: PartRun): DateRange {
  let from: string | null = null;
  for (let i = 0; i < loaded.lo; i++) {
    const d = nextDay(parts[i]!.last);
    if (from === null || d > from) from = d;
  }
  let to: string | null = null;
  for (let i = loaded.hi + 1; i < parts.length; i++) {
    const d = prevDay(parts[i]!.first);
    if (to === null || d < to) to = d;
  }
  return { from, to };
}

/** The first and last day of the whole pack (null: no parts). */
export function packDays(parts: readonly PartSpan[]): { first: string; last: string } | null {
  if (parts.length === 0) return null;
  let first = parts[0]!.first;
  let last = parts[0]!.last;
  for (const p of parts) {
    if (p.first < first) first = p.first;
    if (p.last > last) last = p.last;
  }
  return { first, last };
}
