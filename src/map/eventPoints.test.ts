import { describe, expect, it } from 'vitest';
import type { Place, StoryEvent } from '../data/schema';
import { categoryBits } from './features';
import { importedEvent, TEST_CATEGORIES, TEST_COLORS } from '../test/importedEvents';
import { buildTimeIndex } from '../derive/timeIndex';
import { dayNumber } from '../data/days';
import {
  eventPoints,
  MAX_UNCERTAINTY_CIRCLES,
  ownPointOf,
  pointProperties,
  zoom0Pixels,
} from './eventPoints';

describe('event points', () => {
  const ev = (i: number, over: Partial<StoryEvent> = {}) => importedEvent(i, { uncertaintyKm: 25, ...over });
  const bits = categoryBits(TEST_CATEGORIES);
  const colors = TEST_COLORS;

  it('carry their category bit and colour, a size factor when sized, and their uncertainty circle', () => {
    const p = eventPoints([ev(1), ev(2, { uncertaintyKm: undefined })], new Map(), bits, colors, {
      colorOf: null,
      sizeOf: () => 2,
    });
    // day numbers are the dates' (data/days.ts); what matters here is the rest
    const props = [0, 1].map((i) => {
      const { t, t2, ...rest } = pointProperties(p, i);
      return t === t2 ? rest : { t, t2, ...rest };
    });
    expect(props).toEqual([
      {
        c: 1,
        color: '#111111',
        k: 2,
        atPlace: false,
        u0: zoom0Pixels(25, 36),
      },
      {
        c: 2,
        color: '#222222',
        k: 2,
        atPlace: false,
      },
    ]);
    // 25 km at 36°N is ~0.4 px at zoom 0, so ~200 px at zoom 9
    expect(zoom0Pixels(25, 36) * 2 ** 9).toBeGreaterThan(190);
    expect(zoom0Pixels(25, 36) * 2 ** 9).toBeLessThan(210);
  });

  it("take each point's days from the list's core as parsing its dates would, skipping unlocated events", () => {
    const events = [
      ev(1, { date: '2026-01-01', endDate: '2026-01-09' }),
      ev(2, { lat: undefined, lon: undefined }), // no place known: not a point
      ev(3, { date: '2026-02-01' }),
    ];
    const indexed = eventPoints(events, new Map(), bits, colors);
    expect(indexed.length).toBe(2);
    expect(indexed.ids).toEqual(['e1', 'e3']);
    expect([...indexed.t]).toEqual([dayNumber('2026-01-01'), dayNumber('2026-02-01')]);
    expect([...indexed.t2]).toEqual([dayNumber('2026-01-09'), dayNumber('2026-02-01')]);
    // every event a point: the time index's own day arrays and the core's coordinates, not copies
    const located = [events[0]!, events[2]!];
    const shared = eventPoints(located, new Map(), bits, colors);
    expect(shared.t).toBe(buildTimeIndex(located).starts);
    expect(shared.t2).toBe(buildTimeIndex(located).ends);
    expect([...shared.lon]).toEqual(located.map((e) => e.lon));
    // a colour per point from its own look, else its category's
    const looked = eventPoints(events, new Map(), bits, colors, {
      colorOf: (e) => (e.id === 'e3' ? '#abcdef' : '#000000'),
      sizeOf: null,
    });
    expect([0, 1].map((i) => pointProperties(looked, i).color)).toEqual(['#000000', '#abcdef']);
    // and the palette holds only the colours points use (not the categories' as well)
    expect(looked.palette).toEqual(['#000000', '#abcdef']);
    expect([0, 1].map((i) => pointProperties(indexed, i).color)).toEqual(['#111111', '#111111']);
  });

  it('past a few thousand points, leave the circles to the card: the map would be one wash', () => {
    const many = Array.from({ length: MAX_UNCERTAINTY_CIRCLES + 1 }, (_, i) => ev(i));
    const p = eventPoints(many, new Map(), bits, colors);
    expect(p.length).toBe(many.length);
    expect(p.u0).toBeNull();
    expect(pointProperties(p, 0)).not.toHaveProperty('u0');
  });

  it("find an event's own point by its day, as a scan of every point would", () => {
    const place = { id: 'p1', lat: 36.5, lon: 40.5 } as Place;
    // date order, several events a day; some drawn on their place (a badge), some with no place at all
    const events = Array.from({ length: 400 }, (_, i) =>
      ev(i, {
        date: `2026-02-${String(1 + Math.floor(i / 17)).padStart(2, '0')}`,
        ...(i % 5 === 0 ? { lon: undefined, lat: undefined, places: ['p1'] } : {}),
        ...(i % 7 === 0 ? { lon: undefined, lat: undefined } : {}),
      }),
    );
    const p = eventPoints(events, new Map([['p1', place]]), bits, colors);
    expect(p.length).toBeGreaterThan(300);
    for (const e of events) {
      const scan = p.ids.findIndex((id, i) => id === e.id && p.atPlace[i] === 0);
      expect(ownPointOf(p, e)).toBe(scan);
    }
    expect(ownPointOf(p, { id: 'e1', date: '2026-03-30' })).toBe(-1);
  });
});
