/**
 * Which rows of a long list of equal-height rows to draw, and where: the arithmetic of the
 * virtualised event list.
 *
 * A browser caps an element's height (Chrome ~33.5 million px, Firefox ~17.9 million), so a
 * million 58 px rows cannot each have their own scroll position: a list laid out at full height
 * stops scrolling near row 580,000 (TanStack/virtual#616). Past `MAX_SCROLL_PX` the scroll space
 * is compressed: the scroll bar's fraction maps linearly onto the rows (the first row at the
 * top, the last at the bottom), so a wheel notch moves several rows further than at full height,
 * and rows are drawn where they belong relative to the viewport.
 */

/** Scroll space kept under every browser's element height limit. */
export const MAX_SCROLL_PX = 8_000_000;

export interface ListGeometry {
  rows: number;
  rowPx: number;
  /** The scroller's visible height. */
  viewPx: number;
  /** The most scroll space to use (tests use a small one). */
  maxPx?: number;
}

/** Height of the element the scroller scrolls over. */
export function scrollSpace(g: ListGeometry): number {
  return Math.min(g.rows * g.rowPx, g.maxPx ?? MAX_SCROLL_PX);
}

/** Content pixels per scroll pixel: 1 while the rows fit, more once compressed. */
function ratio(g: ListGeometry): number {
  const content = g.rows * g.rowPx - g.viewPx;
  const space = scrollSpace(g) - g.viewPx;
  return content <= 0 || space <= 0 ? 1 : content / space;
}

/** The content pixel at the top of the viewport for a scroll position. */
export function contentTop(g: ListGeometry, scrollTop: number): number {
  return scrollTop * ratio(g);
}

/** The scroll position that puts a content pixel at the top of the viewport. */
export function scrollTopFor(g: ListGeometry, top: number): number {
  const max = Math.max(0, scrollSpace(g) - g.viewPx);
  return Math.min(max, Math.max(0, top / ratio(g)));
}

export interface ListWindow {
  /** First and last row to draw (inclusive); last < first when there are none. */
  first: number;
  last: number;
  /** A row's offset in the scroll space: `index * rowPx + shift`. */
  shift: number;
}

/** The rows in view at a scroll position, with `overscan` more on each side. */
export function listWindow(g: ListGeometry, scrollTop: number, overscan: number): ListWindow {
  const top = contentTop(g, scrollTop);
  const first = Math.max(0, Math.floor(top / g.rowPx) - overscan);
  const last = Math.min(g.rows - 1, Math.ceil((top + g.viewPx) / g.rowPx) - 1 + overscan);
  return { first, last, shift: scrollTop - top };
}

/**
 * The scroll position that brings a row fully into view, moving as little as possible (the
 * nearest edge), or the current one when the row is in view already.
 */
export function scrollTopToShow(g: ListGeometry, scrollTop: number, index: number): number {
  const top = contentTop(g, scrollTop);
  const rowTop = index * g.rowPx;
  // whole scroll pixels (what a scroller keeps), rounded towards showing the row whole
  if (rowTop < top) return Math.floor(scrollTopFor(g, rowTop));
  if (rowTop + g.rowPx > top + g.viewPx) return Math.ceil(scrollTopFor(g, rowTop + g.rowPx - g.viewPx));
  return scrollTop;
}

/** The row a key moves focus to, from row `i` of `n` with `page` rows in view; null for other keys. */
export function rowForKey(key: string, i: number, n: number, page: number): number | null {
  const moves: Record<string, number> = {
    ArrowDown: i + 1,
    ArrowUp: i - 1,
    PageDown: i + page,
    PageUp: i - page,
    Home: 0,
    End: n - 1,
  };
  const to = Object.hasOwn(moves, key) ? moves[key]! : null;
  return to === null ? null : Math.min(n - 1, Math.max(0, to));
}
