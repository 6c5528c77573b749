import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clearArea,
  keepInBounds,
  frameBox,
  mercator,
  project,
  unmercator,
  type BBox,
  type LonLat,
  type Viewport,
} from './framing';

const OPTS = { maxZoom: 8.5, minZoom: 3, margin: 40 };
const desktop: Viewport = {
  width: 1440,
  height: 844,
  insets: { top: 0, right: 274, bottom: 168, left: 416 },
};

/** Every corner of the box, projected with the camera, lies inside the clear area (1 px of rounding allowed). */
function cornersInside(box: BBox, v: Viewport, margin: number) {
  const cam = frameBox(box, v, { ...OPTS, margin });
  const a = clearArea(v, margin);
  return [
    [box[0], box[1]],
    [box[2], box[3]],
    [box[0], box[3]],
    [box[2], box[1]],
  ].every((p) => {
    const [x, y] = project(p as [number, number], cam, v.width, v.height);
    return x >= a.left - 1 && x <= a.left + a.width + 1 && y >= a.top - 1 && y <= a.top + a.height + 1;
  });
}

describe('framing a box beside the panels', () => {
  it('mercator round-trips', () => {
    const [lon, lat] = unmercator(mercator([40.512, 36.7062]));
    expect(lon).toBeCloseTo(40.512, 9);
    expect(lat).toBeCloseTo(36.7062, 9);
  });

  it('centres one place in the clear area (not in the canvas) at the closest zoom', () => {
    const cam = frameBox([40.512, 36.7062, 40.512, 36.7062], desktop, { ...OPTS, maxZoom: 8 });
    expect(cam.zoom).toBe(8);
    const [x, y] = project([40.512, 36.7062], cam, desktop.width, desktop.height);
    // clear area: x 416+40 … 1440-274-40, y 40 … 844-168-40
    expect(x).toBeCloseTo((456 + 1126) / 2, 6);
    expect(y).toBeCloseTo((40 + 636) / 2, 6);
  });

  it('zooms out for a spread of places rather than leaving them out (Qasrak to Erbil on a laptop)', () => {
    const box: BBox = [40.51, 36.19, 44.01, 36.74];
    const v: Viewport = { width: 1280, height: 744, insets: { top: 0, right: 274, bottom: 168, left: 416 } };
    const cam = frameBox(box, v, OPTS);
    expect(cam.zoom).toBeLessThan(8.5);
    expect(cornersInside(box, v, 40)).toBe(true);
  });

  it('mirrors with the panels: in Arabic the panel is on the right, so the place sits left of centre', () => {
    const ar: Viewport = { ...desktop, insets: { ...desktop.insets, left: 274, right: 416 } };
    const p: [number, number] = [38.6, 33.5];
    const [xEn] = project(p, frameBox([...p, ...p] as BBox, desktop, OPTS), 1440, 844);
    const [xAr] = project(p, frameBox([...p, ...p] as BBox, ar, OPTS), 1440, 844);
    expect(xEn).toBeGreaterThan(720);
    expect(xAr).toBeLessThan(720);
  });

  it('gives up the margin, then the insets, when panels leave no room', () => {
    expect(
      clearArea({ width: 300, height: 200, insets: { top: 0, right: 120, bottom: 0, left: 120 } }, 40),
    ).toMatchObject({ left: 120, width: 60 });
    expect(
      clearArea({ width: 300, height: 200, insets: { top: 0, right: 200, bottom: 0, left: 200 } }, 40),
    ).toMatchObject({ left: 0, width: 300 });
  });

  it('always returns a camera that shows the whole box inside the clear area, for any box and layout (unless the zoom limit forbids it)', () => {
    const lon = fc.double({ min: 30, max: 50, noNaN: true });
    const lat = fc.double({ min: 28, max: 42, noNaN: true });
    const inset = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(
        lon,
        lat,
        lon,
        lat,
        fc.integer({ min: 320, max: 2560 }),
        fc.integer({ min: 300, max: 1600 }),
        inset,
        inset,
        inset,
        inset,
        (a, b, c, d, width, height, top, right, bottom, left) => {
          const box: BBox = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
          const v: Viewport = { width, height, insets: { top, right, bottom, left } };
          const cam = frameBox(box, v, OPTS);
          expect(cam.zoom).toBeGreaterThanOrEqual(OPTS.minZoom);
          expect(cam.zoom).toBeLessThanOrEqual(OPTS.maxZoom);
          if (cam.zoom > OPTS.minZoom) expect(cornersInside(box, v, 40)).toBe(true);
        },
      ),
    );
  });
});

describe('keeping the part of the map a viewer sees inside the bounds', () => {
  const BOUNDS: BBox = [25, 24, 56, 44];
  const LIMITS = { minZoom: 3, maxZoom: 12 };
  /** The visible part's corners, in lon/lat, for a camera on a viewport. */
  function clearCorners(cam: { center: [number, number]; zoom: number }, v: Viewport): [LonLat, LonLat] {
    const scale = 512 * 2 ** cam.zoom;
    const [cx, cy] = mercator(cam.center);
    const at = (px: number, py: number) =>
      unmercator([cx + (px - v.width / 2) / scale, cy + (py - v.height / 2) / scale]);
    return [at(v.insets.left, v.insets.top), at(v.width - v.insets.right, v.height - v.insets.bottom)];
  }
  // a 390×792 phone with the sheet open: the strip above it is the top 269 px; framing keeps clear of
  // the legend and the zoom buttons too, the bounds only of the sheet and the timeline (they span the width)
  const phone: Viewport = { width: 390, height: 792, insets: { top: 54, right: 0, bottom: 523, left: 54 } };
  const seen: Viewport = { ...phone, insets: { top: 0, right: 0, bottom: 523, left: 0 } };

  it('lets a phone put the story in the strip above its sheet (the canvas below reaches past the bounds)', () => {
    const want = frameBox([35.0, 31.6, 43.4, 38.0], phone, OPTS);
    const got = keepInBounds(want.center, want.zoom, seen, BOUNDS, LIMITS);
    expect(got.zoom).toBeCloseTo(want.zoom, 9);
    expect(got.center[0]).toBeCloseTo(want.center[0], 9);
    expect(got.center[1]).toBeCloseTo(want.center[1], 9);
    // the centre itself lies south of the bounds: what is there is under the sheet
    expect(want.center[1]).toBeLessThan(24);
  });

  it('pans the visible part back inside the bounds, and no further', () => {
    const got = keepInBounds([60, 20], 6, phone, BOUNDS, LIMITS);
    const [[w, n], [e, s]] = clearCorners(got, phone);
    expect(e).toBeCloseTo(56, 6);
    expect(s).toBeCloseTo(24, 6);
    expect(w).toBeGreaterThan(25);
    expect(n).toBeLessThan(44);
    expect(got.zoom).toBe(6);
  });

  it('zooms in when the visible part is wider than the bounds, and centres it', () => {
    const wide: Viewport = { width: 2400, height: 600, insets: { top: 0, right: 0, bottom: 0, left: 400 } };
    const got = keepInBounds([40, 34], 3, wide, BOUNDS, LIMITS);
    expect(got.zoom).toBeGreaterThan(3);
    const [[w], [e]] = clearCorners(got, wide);
    expect(w).toBeCloseTo(25, 6);
    expect(e).toBeCloseTo(56, 6);
  });

  it('any camera comes out with its visible part inside the bounds, and a camera already inside is kept', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 80, noNaN: true }),
        fc.double({ min: 10, max: 60, noNaN: true }),
        fc.double({ min: 3, max: 12, noNaN: true }),
        fc.record({
          top: fc.integer({ min: 0, max: 300 }),
          right: fc.integer({ min: 0, max: 300 }),
          bottom: fc.integer({ min: 0, max: 300 }),
          left: fc.integer({ min: 0, max: 300 }),
        }),
        (lon, lat, zoom, insets) => {
          const v: Viewport = { width: 800, height: 700, insets };
          const got = keepInBounds([lon, lat], zoom, v, BOUNDS, LIMITS);
          const [[w, n], [e, s]] = clearCorners(got, v);
          expect(w).toBeGreaterThanOrEqual(25 - 1e-6);
          expect(e).toBeLessThanOrEqual(56 + 1e-6);
          expect(s).toBeGreaterThanOrEqual(24 - 1e-6);
          expect(n).toBeLessThanOrEqual(44 + 1e-6);
          // constraining again changes nothing
          const again = keepInBounds(got.center, got.zoom, v, BOUNDS, LIMITS);
          expect(again.center[0]).toBeCloseTo(got.center[0], 6);
          expect(again.center[1]).toBeCloseTo(got.center[1], 6);
          expect(again.zoom).toBeCloseTo(got.zoom, 9);
        },
      ),
    );
  });
});
