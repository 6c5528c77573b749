import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAbove, firstAtLeast } from './sorted';

describe('binary search over ascending numbers', () => {
  it('finds what a scan of [lo, hi) finds, repeats and missing values included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 60 }),
        fc.integer({ min: -25, max: 25 }),
        fc.nat(),
        fc.nat(),
        (raw, v, x, y) => {
          const a = Int32Array.from(raw.sort((p, q) => p - q));
          const lo = a.length ? x % (a.length + 1) : 0;
          const hi = lo + (a.length - lo ? y % (a.length - lo + 1) : 0);
          const scan = (test: (n: number) => boolean) => {
            for (let i = lo; i < hi; i++) if (test(a[i]!)) return i;
            return hi;
          };
          expect(firstAtLeast(a, v, lo, hi)).toBe(scan((n) => n >= v));
          expect(firstAbove(a, v, lo, hi)).toBe(scan((n) => n > v));
        },
      ),
    );
  });
});
