import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../data/schema';
import { shippedStory } from '../test/storyData';
import { dayNumber, isoOfDay } from '../data/days';
import { binIndex, binUnitFor, countsOutside, histogram } from './histogram';
import { buildTimeIndex } from './timeIndex';

const ev = (date: string, endDate?: string) => ({ id: date, date, endDate }) as StoryEvent;

describe('histogram', () => {
  it('bins by day for short spans and counts every event once', () => {
    const h = histogram([ev('2026-02-01'), ev('2026-02-01'), ev('2026-02-03')])!;
    expect(h.unit).toBe('day');
    expect(h.counts).toEqual([2, 0, 1]);
    expect(h.max).toBe(2);
  });
  it('bins by Monday-weeks for the story (Apr 2025 – Mar 2026)', () => {
    const h = histogram(shippedStory().events)!;
    expect(h.unit).toBe('week');
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(24);
    expect(new Date(h.starts[0]! * 86_400_000).getUTCDay()).toBe(1);
    // the week of 16–22 Feb 2026 holds E08 (15th is Sunday → previous week), E09, E10
    const wk = binIndex(h.starts, dayNumber('2026-02-18'));
    expect(isoOfDay(h.starts[wk]!)).toBe('2026-02-16');
    expect(h.counts[wk]).toBe(2);
  });
  it('bins by month beyond two years', () => {
    expect(binUnitFor(800)).toBe('month');
    const h = histogram([ev('2020-01-15'), ev('2022-06-30')])!;
    expect(isoOfDay(h.starts[0]!)).toBe('2020-01-01');
    expect(h.counts.at(-1)).toBe(1);
    expect(h.counts).toHaveLength(30);
  });
  it('an empty list has no histogram', () => {
    expect(histogram([])).toBeNull();
  });
  it('counts the same from a time index’s start days, in days, weeks and months, over any extent', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const base = dayNumber('2024-01-01');
    for (const spread of [60, 400, 1500]) {
      const events = Array.from({ length: 2000 }, () => ev(isoOfDay(base + Math.floor(rnd() * spread))));
      const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
      const starts = buildTimeIndex(sorted).starts;
      for (const extent of [undefined, { first: base + 10, last: base + spread - 10 }]) {
        const h = histogram(sorted, extent, starts)!;
        expect(h).toEqual(histogram(sorted, extent));
        expect(h.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
      }
    }
  });
});

describe('the bars of days not loaded', () => {
  it('count each day outside the loaded days into its bin, nothing inside them or outside the axis', () => {
    const h = histogram([], { first: 100, last: 109 })!; // ten days: bins of a day
    const perDay = { first: 98, counts: [5, 5, 1, 2, 3, 4, 0, 6, 7, 8, 9, 10, 11] };
    // loaded: days 103–106
    expect(countsOutside(h, perDay, { first: 103, last: 106 })).toEqual([1, 2, 3, 0, 0, 0, 0, 8, 9, 10]);
  });
});
