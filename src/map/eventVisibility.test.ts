import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildPointIndex,
  isShown,
  SHOW_ALL,
  sortedBy,
  visibilityChanges,
  type PointFilter,
} from './eventVisibility';

/** Points as objects → the columns the index is built from. */
const columns = (points: readonly { t: number; t2: number; c: number }[]) => ({
  t: Int32Array.from(points, (p) => p.t),
  t2: Int32Array.from(points, (p) => p.t2),
  c: Int32Array.from(points, (p) => p.c),
});

const pts = [
  { t: 10, t2: 10, c: 1 },
  { t: 12, t2: 20, c: 2 }, // lasts eight days
  { t: 15, t2: 15, c: 1 },
  { t: 15, t2: 15, c: 4 },
  { t: 30, t2: 30, c: 2 },
];
const ix = buildPointIndex(columns(pts));

describe('visibilityChanges', () => {
  it('from everything shown to a range hides exactly the points outside it', () => {
    const ch = visibilityChanges(ix, SHOW_ALL, { from: 14, to: 16, mask: -1 });
    // 0 (day 10) and 4 (day 30) go; 1 overlaps the range through its end day; 2 and 3 stay
    expect(ch.sort((a, b) => a.id - b.id)).toEqual([
      { id: 0, shown: false },
      { id: 4, shown: false },
    ]);
  });

  it('moving the end handle touches only points starting between the old and new end', () => {
    const ch = visibilityChanges(ix, { from: 0, to: 16, mask: -1 }, { from: 0, to: 30, mask: -1 });
    expect(ch).toEqual([{ id: 4, shown: true }]);
  });

  it('moving the start past a long event hides it only once its last day is before the start', () => {
    expect(
      visibilityChanges(ix, { from: 0, to: 99, mask: -1 }, { from: 20, to: 99, mask: -1 })
        .map((c) => c.id)
        .sort(),
    ).toEqual([0, 2, 3]);
    expect(visibilityChanges(ix, { from: 20, to: 99, mask: -1 }, { from: 21, to: 99, mask: -1 })).toEqual([
      { id: 1, shown: false },
    ]);
  });

  it('a category toggle flips the points of that category in range', () => {
    const ch = visibilityChanges(ix, { from: 0, to: 99, mask: 7 }, { from: 0, to: 99, mask: 5 });
    expect(ch.map((c) => c.id).sort()).toEqual([1, 4]);
    expect(ch.every((c) => !c.shown)).toBe(true);
  });

  it('any sequence of filters, applied as deltas, leaves every point as a full recomputation would', () => {
    const point = fc.record({
      t: fc.integer({ min: 0, max: 60 }),
      len: fc.integer({ min: 0, max: 10 }),
      c: fc.constantFrom(1, 2, 4, 8),
    });
    const filter = fc
      .record({
        a: fc.integer({ min: -5, max: 80 }),
        b: fc.integer({ min: -5, max: 80 }),
        mask: fc.integer({ min: 0, max: 15 }),
      })
      .map(({ a, b, mask }): PointFilter => ({ from: Math.min(a, b), to: Math.max(a, b), mask }));
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 40 }),
        fc.array(filter, { minLength: 1, maxLength: 8 }),
        fc.option(fc.integer({ min: 1, max: 4 })),
        (raw, filters, every) => {
          // tracking every k-th point (the badges among the points), or all of them
          const tracked = (id: number) => every === null || id % every === 0;
          const cols = columns(raw.map((p) => ({ t: p.t, t2: p.t + p.len, c: p.c })));
          const ix = buildPointIndex(cols, every === null ? undefined : tracked);
          const shown = raw.map(() => true);
          let prev = SHOW_ALL;
          for (const f of filters) {
            const ch = visibilityChanges(ix, prev, f);
            expect(new Set(ch.map((c) => c.id)).size).toBe(ch.length); // each id once
            expect(ch.every((c) => tracked(c.id))).toBe(true); // only tracked points reported
            for (const c of ch) shown[c.id] = c.shown;
            prev = f;
            shown.forEach((s, i) => expect(s).toBe(tracked(i) ? isShown(ix, i, f) : true));
          }
        },
      ),
    );
  });
});

describe('points ordered by day', () => {
  it('orders ids by key, ties by id, as a comparison sort does (narrow spans counted, wide ones compared)', () => {
    const bySort = (key: Int32Array) => Array.from(key.keys()).sort((a, b) => key[a]! - key[b]! || a - b);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 200 }),
        fc.constantFrom(1, 1_000_000),
        (raw, stretch) => {
          const key = Int32Array.from(raw, (k) => k * stretch);
          const { ids, keys } = sortedBy(key);
          expect(Array.from(ids)).toEqual(bySort(key));
          expect(Array.from(keys)).toEqual(Array.from(ids, (i) => key[i]!));
        },
      ),
    );
  });
});
