import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { categoryBits } from './features';
import { importedEvent, TEST_CATEGORIES, TEST_COLORS } from '../test/importedEvents';
import { eventPoints } from './eventPoints';
import { dayOrder, dotArrays, dotRadius, relativeTo, rgbOf, runInRange, type DotArrays } from './dotData';
import { mercator } from './mercator';
import { dayNumber } from '../data/days';

const bits = categoryBits(TEST_CATEGORIES);

/** A column-major 4×4 product m · v. */
const apply = (m: ArrayLike<number>, v: [number, number, number, number]) =>
  [0, 1, 2, 3].map((r) => m[r]! * v[0] + m[4 + r]! * v[1] + m[8 + r]! * v[2] + m[12 + r]! * v[3]);

describe('event dots (the GPU layer’s arrays)', () => {
  const events = [
    importedEvent(1, { lon: 38, lat: 36, date: '2025-03-01', endDate: '2025-03-04' }),
    importedEvent(2, { lon: 40.5, lat: 35.2 }),
    // a story event on its place's marker: the style draws it as a badge, not the GPU layer
    importedEvent(3, { lon: undefined, lat: undefined, places: ['p'] }),
  ];
  const places = new Map([['p', { id: 'p', lon: 39, lat: 34 } as never]]);
  const points = eventPoints(events, places, bits, TEST_COLORS, {
    colorOf: null,
    sizeOf: (e) => (e.id === 'e2' ? 2 : 1),
  });

  it('hold the free points only, with their days, category bit, colour and size', () => {
    const d = dotArrays(points);
    expect(d.count).toBe(2);
    expect(Array.from(d.days)).toEqual([
      dayNumber('2025-03-01'),
      dayNumber('2025-03-04'),
      points.t[1],
      points.t2[1],
    ]);
    expect(Array.from(d.cat)).toEqual([points.c[0], points.c[1]]);
    expect(Array.from(d.color.slice(0, 4))).toEqual([...rgbOf(points.palette[points.colorCode[0]!]!), 255]);
    expect(Array.from(d.k)).toEqual([1, 2]);
  });

  it('place each dot where the map projects its longitude and latitude', () => {
    const d = dotArrays(points);
    for (const [j, i] of [
      [0, 0],
      [1, 1],
    ]) {
      const [x, y] = mercator(points.lon[i!]!, points.lat[i!]!);
      expect(d.pos[2 * j!]! + d.origin[0]).toBeCloseTo(x, 9);
      expect(d.pos[2 * j! + 1]! + d.origin[1]).toBeCloseTo(y, 9);
    }
  });

  it('move the map’s matrix so relative positions land where absolute ones did', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 16, maxLength: 16 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        (m, ox, oy, dx, dy) => {
          const moved = apply(relativeTo(m, [ox, oy]), [dx, dy, 0, 1]);
          const direct = apply(m, [ox + dx, oy + dy, 0, 1]);
          // single precision: within a few parts in ten million of the entries' size
          moved.forEach((v, r) => {
            const size = Math.abs(m[r]!) + Math.abs(m[4 + r]!) + Math.abs(m[12 + r]!) + 1;
            expect(Math.abs(v - direct[r]!)).toBeLessThan(size * 3e-7);
          });
        },
      ),
    );
  });

  it('grow with zoom as the circle layer did: 3 px to zoom 4, 6 px from zoom 8', () => {
    expect([2, 4, 6, 8, 12].map(dotRadius)).toEqual([3, 3, 4.5, 6, 6]);
  });

  it('read #rgb and #rrggbb colours, and fall back to grey', () => {
    expect(rgbOf('#1f4e9c')).toEqual([0x1f, 0x4e, 0x9c]);
    expect(rgbOf('#fff')).toEqual([255, 255, 255]);
    expect(rgbOf('tomato')).toEqual([0x55, 0x55, 0x55]);
  });
});

describe("a range's run of dots", () => {
  /** Dots with these [first, last] days (only the days matter here). */
  const dotsOf = (spans: [number, number][]): DotArrays => ({
    count: spans.length,
    origin: [0.5, 0.5],
    pos: new Float32Array(spans.length * 2),
    days: Float32Array.from(spans.flat()),
    cat: new Int32Array(spans.length),
    color: new Uint8Array(spans.length * 4),
    k: new Float32Array(spans.length),
  });
  const span = fc
    .tuple(fc.integer({ min: 20000, max: 20600 }), fc.integer({ min: 0, max: 40 }))
    .map(([d, n]): [number, number] => [d, d + (n > 30 ? n : 0)]);

  it('holds every dot the range shows, for dots in day order', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 200 }),
        fc.integer({ min: 19990, max: 20650 }),
        fc.integer({ min: 0, max: 120 }),
        (spans, from, length) => {
          spans.sort((a, b) => a[0] - b[0]);
          const to = from + length;
          const [first, count] = runInRange(dayOrder(dotsOf(spans)), spans.length, from, to);
          spans.forEach(([s, e], i) => {
            if (s <= to && e >= from) expect(i >= first && i < first + count, `dot ${i}`).toBe(true);
          });
          // and leaves out the dots that start after the range
          expect(first + count).toBeLessThanOrEqual(spans.filter(([s]) => s <= to).length);
        },
      ),
    );
  });

  it('draws them all when they are not in day order, and none of an empty set', () => {
    const dots = dotsOf([
      [20010, 20010],
      [20005, 20005],
    ]);
    expect(dayOrder(dots)).toBeNull();
    expect(runInRange(dayOrder(dots), 2, 20100, 20200)).toEqual([0, 2]);
    expect(runInRange(dayOrder(dotsOf([])), 0, 0, 1)).toEqual([0, 0]);
  });
});
