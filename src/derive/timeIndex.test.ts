import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../data/schema';
import { shippedStory } from '../test/storyData';
import { filterEvents } from './filters';
import { NO_FILTER } from '../state/filter';
import { category as categorySchema } from '../data/schema';
import { isoOfDay, dayNumber } from '../data/days';
import { histogram } from './histogram';
import { buildTimeIndex, categoryCountsInRange, dayExtentInRange, eventsInRange } from './timeIndex';
import { axisDomain, domainOfDays } from './timeAxis';
import { sortEvents } from '../data/order';

const ids = (es: Iterable<StoryEvent>) => [...es].map((e) => e.id);

describe('time index', () => {
  const { events } = shippedStory();
  const ix = buildTimeIndex(events);

  it('is built once per list, and a new list gets its own', () => {
    const list = [...events];
    expect(buildTimeIndex(list)).toBe(buildTimeIndex(list));
    expect(buildTimeIndex([...list])).not.toBe(buildTimeIndex(list));
    expect(buildTimeIndex([...list])).toEqual(buildTimeIndex(list));
  });

  it('finds the same events as a scan, for the story', () => {
    // spans that overlap: E05 (detainee transfers, to 12 Feb), E19 (Al-Tanf emptied, to 11 Feb),
    // E20 (al-Shaddadi emptied, 5–15 Feb); E06, E07, E08 fall inside
    expect(ids(eventsInRange(ix, '2026-02-11', '2026-02-15'))).toEqual([
      'E05',
      'E19',
      'E20',
      'E06',
      'E07',
      'E08',
    ]);
    // C3 runs Jun–Oct 2025: it overlaps a range that starts in September
    expect(ids(eventsInRange(ix, '2025-09-01', '2026-01-20'))).toEqual(['C3', 'E01']);
    expect(eventsInRange(ix, null, null).toArray()).toBe(events);
    expect(eventsInRange(ix, '2027-01-01', null).toArray()).toEqual([]);
  });

  it('counts the story by category', () => {
    const c = categoryCountsInRange(ix, null, null);
    expect([...c.values()].reduce((a, b) => a + b, 0)).toBe(24);
    expect(c.get('base-handover')).toBe(3);
    // the spans E05, E19, E20 overlap 11–15 Feb 2026; E06 (evacuation) and E07, E08 fall inside
    expect(
      [...categoryCountsInRange(ix, '2026-02-11', '2026-02-15').values()].reduce((a, b) => a + b, 0),
    ).toBe(6);
  });

  it('reads the range by position, as the list it stands for', () => {
    const range = eventsInRange(ix, '2026-02-11', '2026-02-15');
    const list = range.toArray();
    expect(range.length).toBe(list.length);
    list.forEach((e, i) => {
      expect(range.at(i)).toBe(e);
      expect(range.indexOf(e)).toBe(i);
    });
    expect([range.at(-1), range.at(list.length), range.at(0.5)]).toEqual([undefined, undefined, undefined]);
    // events outside the range, or equal but not the same object, are not in it
    expect(range.indexOf(events.find((e) => e.id === 'E01'))).toBe(-1);
    expect(range.indexOf({ ...list[3]! })).toBe(-1);
    expect(range.indexOf(undefined)).toBe(-1);
    expect(range.find((e) => e.id === 'E07')?.id).toBe('E07');
    expect(range.map((e, i) => `${i}:${e.id}`)).toEqual(list.map((e, i) => `${i}:${e.id}`));
  });

  it('agrees with the scan on random ranges over random events', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const base = dayNumber('2025-01-01');
    const random: StoryEvent[] = Array.from({ length: 3000 }, (_, i) => {
      const d = base + Math.floor(rnd() * 300);
      const span = rnd() < 0.2 ? Math.floor(rnd() * 40) : 0;
      const category = categorySchema.options[Math.floor(rnd() * categorySchema.options.length)]!;
      return {
        ...events[0]!,
        id: `R${i}`,
        category,
        date: isoOfDay(d),
        endDate: span ? isoOfDay(d + span) : undefined,
      };
    });
    const sorted = sortEvents(random);
    const rix = buildTimeIndex(sorted);
    for (let k = 0; k < 200; k++) {
      const a = base - 20 + Math.floor(rnd() * 340);
      const b = a + Math.floor(rnd() * 60);
      const from = rnd() < 0.1 ? null : isoOfDay(a);
      const to = rnd() < 0.1 ? null : isoOfDay(b);
      const scanned = filterEvents(sorted, { ...NO_FILTER, from, to });
      const range = eventsInRange(rix, from, to);
      expect(ids(range)).toEqual(ids(scanned));
      expect(ids(range.toArray())).toEqual(ids(scanned));
      // each event found where it stands (a day holds ~10 of them: the walk over its day)
      for (const i of scanned.length ? [0, scanned.length >> 1, scanned.length - 1] : []) {
        expect(range.indexOf(scanned[i])).toBe(i);
      }
      // counts by prefix sums agree with counting the scanned events
      const counted = new Map<string, number>();
      for (const e of scanned) counted.set(e.category, (counted.get(e.category) ?? 0) + 1);
      expect(categoryCountsInRange(rix, from, to)).toEqual(counted);
      // the days they cover, from the index's day arrays, as the timeline's scan of them finds
      const days = dayExtentInRange(rix, from, to);
      expect(days && domainOfDays(days)).toEqual(scanned.length ? axisDomain(scanned) : null);
    }
    // the whole list's first and last day (the timeline's extent) are the histogram's
    const h = histogram(sorted)!;
    expect(dayExtentInRange(rix, null, null)).toEqual({ first: h.first, last: h.last });
  });
});
