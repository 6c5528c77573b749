import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coversMayMove,
  insetsFromRects,
  type NodeLike,
  scaleAtLongest,
  SCALE_MAX_PX,
  visibleInsets,
} from './overlays';

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

describe('the part of the map a viewer can see past the panels', () => {
  const map = { left: 0, top: 52, right: 390, bottom: 844 };
  const timeline = { left: 0, top: 650, right: 390, bottom: 844 };
  const legend = { left: 8, top: 60, right: 201, bottom: 106 };

  it('moves an edge in past a sheet and the timeline, which cover the map from side to side', () => {
    const sheet = { left: 0, top: 321, right: 390, bottom: 650 };
    expect(visibleInsets(map, [sheet, timeline, legend])).toEqual({
      top: 0,
      right: 0,
      bottom: 844 - 321 + 16,
      left: 0,
    });
  });

  it('never past a panel with map beside it (a short side panel on a desktop)', () => {
    const desk = { left: 0, top: 0, right: 1440, bottom: 844 };
    const panel = { left: 12, top: 12, right: 428, bottom: 500 };
    const bar = { left: 0, top: 676, right: 1440, bottom: 844 };
    expect(visibleInsets(desk, [panel, bar])).toEqual({ top: 0, right: 0, bottom: 168 + 16, left: 0 });
    // a panel that runs down to the timeline, with margins narrower than the slack: all of that side is covered
    const tall = { ...panel, bottom: 664 };
    expect(visibleInsets(desk, [tall, bar]).left).toBe(428 + 16);
  });

  it('counts a bar with narrow margins as covering its side (the presentation bar on a phone)', () => {
    const presentBar = { left: 64, top: 64, right: 378, bottom: 217 }; // map-relative 12 px from the top
    const top = { ...presentBar, left: 12, top: 64 };
    expect(visibleInsets(map, [top]).top).toBe(217 - 52 + 16);
    expect(visibleInsets(map, [presentBar]).top).toBe(0);
  });

  it('every point outside the rectangle it gives is under a box', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -50, max: 400 }),
            y: fc.integer({ min: -50, max: 400 }),
            w: fc.integer({ min: 1, max: 400 }),
            h: fc.integer({ min: 1, max: 400 }),
          }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 20 }),
        (raw, slack) => {
          const m = { left: 0, top: 0, right: 300, bottom: 300 };
          const boxes = raw.map((r) => ({ left: r.x, top: r.y, right: r.x + r.w, bottom: r.y + r.h }));
          const i = visibleInsets(m, boxes, slack);
          const under = (x: number, y: number) =>
            boxes.some(
              (b) => x >= b.left - slack && x < b.right + slack && y >= b.top - slack && y < b.bottom + slack,
            );
          for (let x = 0.5; x < 300; x += 7) {
            for (let y = 0.5; y < 300; y += 7) {
              const inside = x >= i.left && x <= 300 - i.right && y >= i.top && y <= 300 - i.bottom;
              if (!inside) expect(under(x, y)).toBe(true);
            }
          }
        },
      ),
    );
  });
});
