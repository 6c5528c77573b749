import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPublic } from '../test/storyData';
import { dayNumber } from './days';
import { eventCore, keepCore, keepSubsetCore, type EventCore } from './eventCore';
import { coreFromColumns } from './io/coreFromColumns';
import { eventViews } from './io/eventViews';
import { encodeEvents, packColumns, transferables, type EventColumns } from './io/eventColumns';
import type { StoryEvent } from './schema';

const story = (readPublic('data/events.json') as { events: StoryEvent[] }).events;
const base = story[0]!;

/** The core as a person would read it: each event's fields, categories by name. */
const readable = (c: EventCore) =>
  Array.from({ length: c.length }, (_, i) => ({
    id: c.ids[i],
    start: c.starts[i],
    end: c.ends[i],
    lon: c.lon[i],
    lat: c.lat[i],
    category: c.categories[c.category[i]!],
  }));

const day = fc
  .integer({ min: 0, max: 800 })
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
const anEvent = fc.record({
  date: day,
  endDate: fc.option(day, { nil: undefined }),
  at: fc.option(
    fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
    {
      nil: undefined,
    },
  ),
  category: fc.constantFrom('Battles', 'Protests', 'Riots', 'Explosions/Remote violence'),
});
const events = fc.array(anEvent, { maxLength: 60 }).map((list) =>
  list.map(({ date, endDate, at, category }, i): StoryEvent => {
    const { lon: _lon, lat: _lat, endDate: _end, ...rest } = base;
    return {
      ...rest,
      id: `e${i}`,
      date,
      category,
      ...(endDate !== undefined && { endDate }),
      ...(at && { lon: at[0], lat: at[1] }),
    };
  }),
);

describe("a list's core", () => {
  it('holds each event’s id, first and last day, own coordinates and category', () => {
    const { lon: _lon, lat: _lat, ...noPlace } = base;
    const list: StoryEvent[] = [
      {
        ...base,
        id: 'a',
        date: '2026-01-01',
        endDate: '2026-01-09',
        lon: 40.1,
        lat: 36.2,
        category: 'Battles',
      },
      { ...noPlace, id: 'b', date: '2026-01-02', category: 'Protests' },
      // an end on or before the first day is no end
      {
        ...base,
        id: 'c',
        date: '2026-01-03',
        endDate: '2026-01-03',
        lon: 38.5,
        lat: 35.25,
        category: 'Battles',
      },
      {
        ...base,
        id: 'd',
        date: '2026-01-04',
        endDate: '2026-01-01',
        lon: 38.5,
        lat: 35.25,
        category: 'Battles',
      },
    ];
    const c = eventCore(list);
    expect(readable(c)).toEqual([
      {
        id: 'a',
        start: dayNumber('2026-01-01'),
        end: dayNumber('2026-01-09'),
        lon: 40.1,
        lat: 36.2,
        category: 'Battles',
      },
      {
        id: 'b',
        start: dayNumber('2026-01-02'),
        end: dayNumber('2026-01-02'),
        lon: NaN,
        lat: NaN,
        category: 'Protests',
      },
      {
        id: 'c',
        start: dayNumber('2026-01-03'),
        end: dayNumber('2026-01-03'),
        lon: 38.5,
        lat: 35.25,
        category: 'Battles',
      },
      {
        id: 'd',
        start: dayNumber('2026-01-04'),
        end: dayNumber('2026-01-04'),
        lon: 38.5,
        lat: 35.25,
        category: 'Battles',
      },
    ]);
    // made once per list
    expect(eventCore(list)).toBe(c);
    expect(eventCore([...list])).not.toBe(c);
  });

  it("made from the import's slices of columns, in the app's order, equals the core of the events made from them", () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 1, max: 25 }), fc.nat(), (list, size, seed) => {
        // the worker's slices, as the page receives them (a structured clone, buffers moved)
        const slices: EventColumns[] = [];
        for (let i = 0; i < list.length; i += size) {
          const c = packColumns(encodeEvents(list.slice(i, i + size)));
          slices.push(structuredClone(c, { transfer: transferables(c) }));
        }
        // an order of the events (the worker's chronological one, here any)
        const order = Array.from(list.keys());
        let r = seed;
        for (let i = order.length - 1; i > 0; i--) {
          r = (r * 1103515245 + 12345) % 2147483648;
          const j = r % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const core = coreFromColumns(slices, order.length);
        const decoders = slices.map(eventViews);
        const made = order.map((at) => {
          const s = Math.floor(at / size);
          core.add(s, at - s * size);
          return decoders[s]!(at - s * size);
        });
        expect(readable(core.done())).toEqual(readable(eventCore(made)));
      }),
    );
  });

  it("a filtered list's core, read from its list's core, is the one its events make", () => {
    fc.assert(
      fc.property(events, fc.array(fc.boolean(), { maxLength: 60 }), (list, picks) => {
        const kept = list.filter((_, i) => picks[i] ?? false);
        keepSubsetCore(kept, list, Uint32Array.from(list.flatMap((_, i) => (picks[i] ? [i] : []))));
        const fromList = eventCore(kept);
        // a copy of the list has no recorded core: made from its events
        expect(fromList).toEqual(eventCore([...kept]));
        expect(readable(fromList)).toEqual(readable(eventCore([...kept])));
      }),
    );
  });

  it('recorded for a list only when it is as long as the list; an unfinished core is refused', () => {
    const list = story.slice(0, 3);
    expect(() => keepCore(list, eventCore(story.slice(0, 2)))).toThrow();
    const made = eventCore(story.slice(0, 3));
    keepCore(list, made);
    expect(eventCore(list)).toBe(made);
    expect(() => coreFromColumns([encodeEvents(list)], 3).done()).toThrow();
  });
});
