import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFraction, dodge, monthStarts, nearestPosition, timelineExtent } from './timeAxis';
import { dayNumber } from '../data/days';

describe('the timeline axis', () => {
  it('places days to scale', () => {
    const d = { first: 0, last: 99 };
    expect(dayFraction(0, d)).toBeCloseTo(0.005);
    expect(dayFraction(49.5, d)).toBeCloseTo(0.5);
  });

  it('leaves spread-out dots on their dates, and spreads a cluster around its own middle', () => {
    expect(dodge([10, 200, 400], 18, 1000)).toEqual([10, 200, 400]);
    const c = dodge([500, 500, 500], 18, 1000);
    expect(c).toEqual([482, 500, 518]);
  });

  it('keeps the gap, the order and the bounds for any dates; shrinks the gap when they cannot all fit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 800, noNaN: true }), { maxLength: 80 }),
        fc.integer({ min: 4, max: 30 }),
        (xs, gap) => {
          const ideal = [...xs].sort((a, b) => a - b);
          const out = dodge(ideal, gap, 800);
          const g = ideal.length > 1 ? Math.min(gap, 800 / (ideal.length - 1)) : 0;
          expect(out).toHaveLength(ideal.length);
          out.forEach((x, i) => {
            expect(x).toBeGreaterThanOrEqual(-1e-6);
            expect(x).toBeLessThanOrEqual(800 + 1e-6);
            if (i > 0) expect(x - out[i - 1]!).toBeGreaterThanOrEqual(g - 1e-6);
          });
        },
      ),
    );
  });

  it('ticks at the first of every month in the domain', () => {
    expect(monthStarts({ first: dayNumber('2025-11-15'), last: dayNumber('2026-02-01') })).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });

  it('finds the first nearest of ascending positions, as a scan from the start does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -10, max: 60 }),
        (raw, target) => {
          const xs = [...raw].sort((a, b) => a - b);
          let best = 0;
          xs.forEach((x, i) => {
            if (Math.abs(x - target) < Math.abs(xs[best]! - target)) best = i;
          });
          expect(nearestPosition(xs.length, (i) => xs[i]!, target)).toBe(best);
        },
      ),
    );
  });
});

describe('the timeline’s days when not every event is loaded', () => {
  const d = dayNumber;
  it('are the loaded events’ when all are loaded', () => {
    expect(timelineExtent({ first: 10, last: 20 }, undefined)).toEqual({ first: 10, last: 20 });
    expect(timelineExtent(null, undefined)).toBeUndefined();
  });
  it('span the whole pack, and say which days are loaded', () => {
    const span = { first: '2025-01-01', last: '2026-06-30', covered: { from: '2025-03-01', to: null } };
    expect(timelineExtent({ first: d('2025-03-01'), last: d('2025-03-31') }, span)).toEqual({
      first: d('2025-01-01'),
      last: d('2026-06-30'),
      loaded: { first: d('2025-03-01'), last: d('2026-06-30') },
    });
    // nothing loaded in the range: the pack's days still span the timeline
    expect(timelineExtent(null, { ...span, covered: { from: null, to: '2025-01-31' } })).toEqual({
      first: d('2025-01-01'),
      last: d('2026-06-30'),
      loaded: { first: d('2025-01-01'), last: d('2025-01-31') },
    });
  });
});
