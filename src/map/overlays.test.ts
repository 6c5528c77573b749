import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversMayMove, insetsFromRects, type NodeLike, scaleAtLongest, SCALE_MAX_PX } from './overlays';

const map = { left: 0, top: 56, right: 1440, bottom: 900 };
const box = (left: number, top: number, w: number, h: number) => ({
  left,
  top,
  right: left + w,
  bottom: top + h,
});

describe('what covers the map', () => {
  it('keeps the largest clear part: beside the side panel and the legend, above the timeline, clear of the zoom buttons', () => {
    const insets = insetsFromRects(map, [
      box(12, 68, 380, 300), // a short card in the side panel: still the left edge, not the top
      box(1178, 68, 250, 480), // legend, top right
      box(0, 732, 1440, 168), // timeline
      box(1400, 620, 30, 90), // zoom buttons above the timeline
    ]);
    expect(insets).toEqual({ left: 392, right: 262, top: 0, bottom: 168 });
  });

  it('a closed legend button in a corner costs only its strip', () => {
    expect(insetsFromRects(map, [box(1300, 68, 128, 44)])).toEqual({ left: 0, right: 0, top: 56, bottom: 0 });
  });

  it('on a phone an open sheet above the timeline leaves the map above it (not below, where the timeline is)', () => {
    const phone = { left: 0, top: 52, right: 375, bottom: 667 };
    const sheet = box(0, 241, 375, 232);
    const timeline = box(0, 473, 375, 194);
    const legendButton = box(182, 60, 185, 46);
    expect(insetsFromRects(phone, [sheet, timeline, legendButton])).toEqual({
      left: 0,
      right: 0,
      top: 54,
      bottom: 426,
    });
  });

  it('nothing over the map leaves it all clear', () => {
    expect(insetsFromRects(map, [])).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
  });

  it('ignores what lies outside the map, and clips what straddles its edge', () => {
    expect(insetsFromRects(map, [box(0, 0, 1440, 56)])).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
    expect(insetsFromRects(map, [box(-100, 100, 300, 700)])).toMatchObject({ left: 200 });
    expect(insetsFromRects(map, [box(-100, 56, 300, 844)])).toEqual({
      left: 200,
      right: 0,
      top: 0,
      bottom: 0,
    });
  });

  it('for any boxes, the clear part it leaves overlaps none of them', () => {
    const cover = fc.record({
      x: fc.integer({ min: -50, max: 1400 }),
      y: fc.integer({ min: 0, max: 900 }),
      w: fc.integer({ min: 1, max: 600 }),
      h: fc.integer({ min: 1, max: 600 }),
    });
    fc.assert(
      fc.property(fc.array(cover, { maxLength: 8 }), (cs) => {
        const covers = cs.map((c) => box(c.x, c.y, c.w, c.h));
        const i = insetsFromRects(map, covers);
        const clear = {
          left: map.left + i.left,
          top: map.top + i.top,
          right: map.right - i.right,
          bottom: map.bottom - i.bottom,
        };
        for (const c of covers) {
          const overlaps =
            c.left < clear.right - 1 &&
            c.right > clear.left + 1 &&
            c.top < clear.bottom - 1 &&
            c.bottom > clear.top + 1;
          expect(overlaps).toBe(false);
        }
      }),
    );
  });
});

describe('which changes can move what covers the map', () => {
  const node = (parent: NodeLike | null, cls = ''): NodeLike => ({
    parentElement: parent,
    classList: { contains: (name: string) => cls.split(' ').includes(name) },
  });
  const page = node(null);
  const parent = node(page, 'app');
  const panel = node(parent); // an overlay, one level down
  const inner = node(panel); // two levels down: an overlay may stand here too
  const row = node(node(inner)); // a list row deep inside a panel
  const mapBox = node(parent);
  const controls = node(mapBox, 'maplibregl-control-container');
  const button = node(node(controls));

  it('counts children added or removed at most one level down', () => {
    expect(coversMayMove('childList', parent, parent)).toBe(true);
    expect(coversMayMove('childList', panel, parent)).toBe(true);
    expect(coversMayMove('childList', inner, parent)).toBe(false);
    expect(coversMayMove('childList', row, parent)).toBe(false);
  });

  it('counts attributes changed at most two levels down', () => {
    expect(coversMayMove('attributes', panel, parent)).toBe(true);
    expect(coversMayMove('attributes', inner, parent)).toBe(true);
    expect(coversMayMove('attributes', row, parent)).toBe(false);
  });

  it("counts anything among the map's controls, and nothing outside the parent", () => {
    expect(coversMayMove('childList', button, parent)).toBe(true);
    expect(coversMayMove('attributes', controls, parent)).toBe(true);
    expect(coversMayMove('attributes', page, parent)).toBe(false);
  });
});

describe('the scale bar, counted at its longest', () => {
  const map = { left: 0, top: 0, right: 400, bottom: 800 };
  it('keeps the same box whatever its ruler, growing away from the side it is anchored to', () => {
    // anchored on the right (English): the ruler grows to the left
    const right = (ruler: number) =>
      scaleAtLongest({ left: 390 - ruler - 14, top: 500, right: 390, bottom: 520 }, ruler, map);
    expect(right(40)).toEqual(right(95));
    expect(right(40)).toEqual({ left: 390 - SCALE_MAX_PX - 14, top: 500, right: 390, bottom: 520 });
    // anchored on the left (Arabic): it grows to the right
    const left = (ruler: number) =>
      scaleAtLongest({ left: 10, top: 500, right: 10 + ruler + 14, bottom: 520 }, ruler, map);
    expect(left(40)).toEqual(left(95));
    expect(left(40).right).toBe(10 + SCALE_MAX_PX + 14);
  });
});
