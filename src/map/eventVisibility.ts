/**
 * Which event points change visibility when the date range or the category mask changes.
 *
 * The free points are hidden by the GPU layer itself (dotLayer.ts: the filter is a uniform). The
 * points the style draws — story badges and uncertainty circles — are hidden through feature-state
 * (`hidden`), which MapLibre applies on the main thread to just the features named: no re-tiling,
 * no data re-upload. Moving a range handle by a week touches only the events of that week: the
 * candidates are found by binary search over the points sorted by first and by last day. The same
 * test (`isShown`) tells picking which points are drawn.
 */

/** Date range (day numbers, inclusive) and category bit mask. */
import { firstAbove } from '../derive/sorted';
export interface PointFilter {
  from: number;
  to: number;
  mask: number;
}

/** Shows everything: the state of freshly uploaded points (no feature-state set). */
export const SHOW_ALL: PointFilter = { from: -1e9, to: 1e9, mask: -1 };

export interface PointIndex {
  /** First and last day and category bit of each point, in feature-id order. */
  t: Int32Array;
  t2: Int32Array;
  c: Int32Array;
  /** The points `visibilityChanges` reports on (null: all), ascending. */
  tracked: Int32Array | null;
  /** Tracked point ids sorted by first day, and the sorted first days. */
  byStart: Int32Array;
  starts: Int32Array;
  /** Tracked point ids sorted by last day, and the sorted last days. */
  byEnd: Int32Array;
  ends: Int32Array;
}

/** The first and last day and category bit of each point, in feature-id order (eventPoints.ts). */
export interface PointColumns {
  t: Int32Array;
  t2: Int32Array;
  c: Int32Array;
}

/**
 * Point ids ordered by `key`, ties by id, and the keys in that order. Day numbers span a few
 * thousand values, so a counting sort (linear) does it; a million points sorted by comparison took
 * ~0.3 s each. A span far wider than the points falls back to the comparison sort.
 */
export function sortedBy(key: Int32Array): { ids: Int32Array; keys: Int32Array } {
  const n = key.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = key[i]!;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const span = n === 0 ? 0 : max - min + 1;
  let ids: Int32Array;
  if (span > 4 * n + 100_000) {
    ids = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => key[a]! - key[b]! || a - b);
  } else {
    // where each key's ids start, then the ids placed in ascending order (so ties stay by id)
    const next = new Int32Array(span + 1);
    for (let i = 0; i < n; i++) next[key[i]! - min + 1]!++;
    for (let k = 1; k <= span; k++) next[k]! += next[k - 1]!;
    ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[next[key[i]! - min]!++] = i;
  }
  return { ids, keys: Int32Array.from(ids, (i) => key[i]!) };
}

/**
 * The index of these points. `track` names the points whose changes `visibilityChanges` reports
 * (the few the style hides through feature-state): a range step then walks only those, not every
 * point whose day crosses the moved end (~36,000 a day at a million). `isShown` answers for all.
 */
export function buildPointIndex({ t, t2, c }: PointColumns, track?: (id: number) => boolean): PointIndex {
  let tracked: Int32Array | null = null;
  if (track) {
    const ids: number[] = [];
    for (let i = 0; i < t.length; i++) if (track(i)) ids.push(i);
    tracked = Int32Array.from(ids);
  }
  const sorted = (key: Int32Array) => {
    if (!tracked) return sortedBy(key);
    const ids = tracked;
    const s = sortedBy(Int32Array.from(ids, (i) => key[i]!));
    return { ids: Int32Array.from(s.ids, (k) => ids[k]!), keys: s.keys };
  };
  const s = sorted(t);
  const e = sorted(t2);
  return { t, t2, c, tracked, byStart: s.ids, starts: s.keys, byEnd: e.ids, ends: e.keys };
}

export function isShown(ix: PointIndex, i: number, f: PointFilter): boolean {
  return ix.t2[i]! >= f.from && ix.t[i]! <= f.to && (ix.c[i]! & f.mask) !== 0;
}

/**
 * Ids of the tracked points whose visibility differs between `prev` and `next`, each once, with
 * the new visibility. Cost: the tracked points whose first or last day lies between the old and
 * new range ends (all tracked points when the category mask changes).
 */
export function visibilityChanges(
  ix: PointIndex,
  prev: PointFilter,
  next: PointFilter,
): { id: number; shown: boolean }[] {
  const out: { id: number; shown: boolean }[] = [];
  const check = (id: number) => {
    const now = isShown(ix, id, next);
    if (now !== isShown(ix, id, prev)) out.push({ id, shown: now });
  };
  if (prev.mask !== next.mask) {
    if (ix.tracked) ix.tracked.forEach(check);
    else for (let id = 0; id < ix.t.length; id++) check(id);
    return out;
  }
  // `to` moved: only points starting in (min, max] can change on that side
  const [toLo, toHi] = prev.to <= next.to ? [prev.to, next.to] : [next.to, prev.to];
  const a = firstAbove(ix.starts, toLo);
  const b = firstAbove(ix.starts, toHi);
  for (let k = a; k < b; k++) check(ix.byStart[k]!);
  // `from` moved: only points ending in [min, max) can change on that side
  const [fromLo, fromHi] = prev.from <= next.from ? [prev.from, next.from] : [next.from, prev.from];
  const c = firstAbove(ix.ends, fromLo - 1);
  const d = firstAbove(ix.ends, fromHi - 1);
  for (let k = c; k < d; k++) {
    const id = ix.byEnd[k]!;
    // already checked on the `to` side
    if (ix.t[id]! > toLo && ix.t[id]! <= toHi) continue;
    check(id);
  }
  return out;
}
