import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contentTop,
  listWindow,
  MAX_SCROLL_PX,
  rowForKey,
  scrollSpace,
  scrollTopToShow,
  type ListGeometry,
} from './listWindow';

const ROW = 58;

describe('the event list window', () => {
  it('lays rows out at full height while they fit: a scroll pixel is a content pixel', () => {
    const g: ListGeometry = { rows: 1000, rowPx: ROW, viewPx: 400 };
    expect(scrollSpace(g)).toBe(58_000);
    expect(contentTop(g, 1234)).toBe(1234);
    expect(listWindow(g, 1234, 0)).toEqual({ first: 21, last: 28, shift: 0 });
    expect(listWindow(g, 0, 8)).toEqual({ first: 0, last: 14, shift: 0 });
  });

  it('compresses a million rows into scroll space a browser allows, and reaches the last row', () => {
    const g: ListGeometry = { rows: 1_000_000, rowPx: ROW, viewPx: 400 };
    expect(scrollSpace(g)).toBe(MAX_SCROLL_PX);
    const end = scrollSpace(g) - g.viewPx;
    const w = listWindow(g, end, 0);
    expect(w.last).toBe(999_999);
    // the last row's bottom is the viewport's bottom
    expect(999_999 * ROW + w.shift + ROW).toBeCloseTo(end + g.viewPx, 6);
    // halfway down the scroll bar is halfway through the rows
    expect(listWindow(g, end / 2, 0).first).toBe(Math.floor((1_000_000 * ROW - 400) / 2 / ROW));
  });

  it('draws rows that cover the viewport, at any size and scroll position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3_000_000 }),
        fc.integer({ min: 160, max: 900 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, viewPx, at) => {
          const g: ListGeometry = { rows, rowPx: ROW, viewPx };
          const scrollTop = Math.max(0, scrollSpace(g) - viewPx) * at;
          const w = listWindow(g, scrollTop, 0);
          const top = (i: number) => i * ROW + w.shift - scrollTop; // within the viewport
          expect(top(w.first)).toBeLessThanOrEqual(1e-6);
          if (w.last < rows - 1) expect(top(w.last) + ROW).toBeGreaterThanOrEqual(viewPx - 1e-6);
        },
      ),
    );
  });

  it('brings any row fully into view at a whole scroll pixel, and leaves one in view alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 160, max: 900 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, viewPx, from, pick) => {
          const g: ListGeometry = { rows, rowPx: ROW, viewPx };
          const start = Math.round(Math.max(0, scrollSpace(g) - viewPx) * from);
          const index = Math.min(rows - 1, Math.floor(rows * pick));
          const s = scrollTopToShow(g, start, index);
          expect(Number.isInteger(s)).toBe(true);
          const rowTop = index * ROW - contentTop(g, s);
          expect(rowTop).toBeGreaterThanOrEqual(-1e-6);
          expect(rowTop + ROW).toBeLessThanOrEqual(viewPx + 1e-6);
          expect(scrollTopToShow(g, s, index)).toBe(s);
        },
      ),
    );
  });

  it('moves between rows by key, and stops at the ends', () => {
    expect(rowForKey('ArrowDown', 5, 10, 6)).toBe(6);
    expect(rowForKey('ArrowUp', 0, 10, 6)).toBe(0);
    expect(rowForKey('PageDown', 5, 10, 6)).toBe(9);
    expect(rowForKey('PageUp', 7, 10, 6)).toBe(1);
    expect(rowForKey('Home', 7, 10, 6)).toBe(0);
    expect(rowForKey('End', 0, 1_000_000, 6)).toBe(999_999);
    expect(rowForKey('Enter', 3, 10, 6)).toBeNull();
  });
});
