import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../io/types';
import type { StoryEvent } from '../schema';
import { coveredDays, covers, eventsIn, packDays, partsFor, runToLoad, type PartSpan } from './packWindow';
import { withPartsOnPage } from './partsOnPage';

// a month a part, one event of part 2 lasting into March (its last day is after part 3's first)
const parts: PartSpan[] = [
  { first: '2025-01-01', last: '2025-01-31', events: 10 },
  { first: '2025-01-31', last: '2025-03-05', events: 20 },
  { first: '2025-03-01', last: '2025-03-31', events: 30 },
  { first: '2025-04-02', last: '2025-04-30', events: 40 },
];

describe('the parts a date range needs', () => {
  it('are the run of parts any of whose days fall in the range, open ends meaning all', () => {
    expect(partsFor(parts, { from: null, to: null })).toEqual({ lo: 0, hi: 3 });
    expect(partsFor(parts, { from: '2025-01-05', to: '2025-01-10' })).toEqual({ lo: 0, hi: 0 });
    // the last day of part 1 is part 2's first
    expect(partsFor(parts, { from: '2025-01-31', to: '2025-01-31' })).toEqual({ lo: 0, hi: 1 });
    // an event of part 2 lasts into March
    expect(partsFor(parts, { from: '2025-03-03', to: '2025-03-03' })).toEqual({ lo: 1, hi: 2 });
    expect(partsFor(parts, { from: '2025-04-01', to: '2025-04-01' })).toBeNull();
    expect(partsFor(parts, { from: '2025-03-20', to: null })).toEqual({ lo: 2, hi: 3 });
  });

  it('load nothing more while the range stays inside what is loaded', () => {
    const loaded = { lo: 1, hi: 2 };
    expect(runToLoad(parts, loaded, { from: '2025-03-02', to: '2025-03-30' }, 1000)).toBeNull();
    expect(covers(parts, loaded, { from: '2025-02-10', to: '2025-03-31' })).toBe(true);
    expect(covers(parts, loaded, { from: '2025-01-30', to: '2025-03-31' })).toBe(false);
  });

  it('widened: what is loaded is kept when both fit the budget, else only the range’s parts', () => {
    const loaded = { lo: 2, hi: 2 };
    expect(runToLoad(parts, loaded, { from: '2025-04-10', to: '2025-04-12' }, 100)).toEqual({ lo: 2, hi: 3 });
    expect(runToLoad(parts, loaded, { from: '2025-04-10', to: '2025-04-12' }, 60)).toEqual({ lo: 3, hi: 3 });
    expect(runToLoad(parts, null, { from: null, to: '2025-01-15' }, 1)).toEqual({ lo: 0, hi: 0 });
  });

  it('a range with no event: nothing more, or at first the part nearest after it', () => {
    expect(runToLoad(parts, { lo: 0, hi: 0 }, { from: '2025-04-01', to: '2025-04-01' }, 100)).toBeNull();
    expect(runToLoad(parts, null, { from: '2025-04-01', to: '2025-04-01' }, 100)).toEqual({ lo: 3, hi: 3 });
    expect(runToLoad(parts, null, { from: '2026-01-01', to: null }, 100)).toEqual({ lo: 3, hi: 3 });
    expect(runToLoad([], null, { from: null, to: null }, 100)).toBeNull();
  });

  it('the days a run covers are those no part outside it reaches', () => {
    expect(coveredDays(parts, { lo: 0, hi: 3 })).toEqual({ from: null, to: null });
    expect(coveredDays(parts, { lo: 2, hi: 2 })).toEqual({ from: '2025-03-06', to: '2025-04-01' });
    expect(coveredDays(parts, { lo: 0, hi: 1 })).toEqual({ from: null, to: '2025-02-28' });
    expect(packDays(parts)).toEqual({ first: '2025-01-01', last: '2025-04-30' });
    expect(eventsIn(parts, { lo: 1, hi: 2 })).toBe(50);
  });

  it('any range inside the days a loaded run covers is covered by it (property)', () => {
    const day = fc
      .integer({ min: 0, max: 200 })
      .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
    const span = fc
      .tuple(day, day, fc.integer({ min: 1, max: 9 }))
      .map(([a, b, events]) => (a <= b ? { first: a, last: b, events } : { first: b, last: a, events }));
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 12 }), day, day, (ps, a, b) => {
        // parts in date order by their first day, as a pack writes them
        const sorted = [...ps].sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : 0));
        const range = a <= b ? { from: a, to: b } : { from: b, to: a };
        const run = runToLoad(sorted, null, range, Infinity);
        if (run === null) return;
        expect(covers(sorted, run, range)).toBe(true);
        const days = coveredDays(sorted, run);
        // every part reaching into the covered days is in the run
        sorted.forEach((p, i) => {
          const reaches =
            (days.from === null || p.last >= days.from) && (days.to === null || p.first <= days.to);
          if (reaches && (days.from === null || days.to === null || days.from <= days.to))
            expect(i >= run.lo && i <= run.hi).toBe(true);
        });
      }),
    );
  });
});

describe('a read completed with the parts already on the page', () => {
  const ev = (id: string) => ({ id }) as StoryEvent;
  const result = (ids: string[], more: Partial<ImportResult> = {}): ImportResult => ({
    events: ids.map(ev),
    errors: [],
    warnings: [],
    totalRows: 100,
    unmapped: 0,
    ...more,
  });
  it('puts the page’s events after the new parts before them, and adds up what each left out', () => {
    const onPage = result(['c', 'd'], {
      unmapped: 1,
      errors: [{ row: 7, field: 'date', problem: { code: 'read-failed', detail: 'x' }, recordId: null }],
    });
    const read = result(['a', 'b', 'e'], {
      unmapped: 2,
      pack: { parts: [], run: { lo: 0, hi: 2 }, events: 5, reused: { lo: 1, hi: 1 }, before: 2 },
    });
    const both = withPartsOnPage(read, onPage);
    expect(both.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(both.unmapped).toBe(3);
    expect(both.errors.map((e) => e.row)).toEqual([7]);
    expect(both.pack).toBe(read.pack);
  });
});
