/**
 * Binary search over ascending numbers (day numbers, positions): where a value would go, in
 * [lo, hi). The time index, the range's view and the map's point index all search their sorted
 * typed arrays with these.
 */
type Sorted = { readonly length: number; readonly [i: number]: number };

/** The first position in [lo, hi) whose value is ≥ v (hi when none is). */
export function firstAtLeast(a: Sorted, v: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in [lo, hi) whose value is > v (hi when none is). */
export function firstAbove(a: Sorted, v: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
