/**
 * What covers the map: panels, the legend, the timeline, a sheet, the map's own controls. Any
 * element beside the map (in the map's parent) marked `data-overlay` counts, and so do MapLibre's
 * controls; framing keeps the story clear of them all (framing.ts). Measured from the page as
 * laid out, so the numbers never drift from the CSS.
 */
import { NO_INSETS, type Insets } from './framing';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The insets of the largest part of the map that nothing covers: the biggest rectangle clear of
 * every covering box. Its edges can only lie on the map's edges or on the boxes' edges, so every
 * such choice is tried (a page has a handful of boxes: a few thousand candidates). A short card
 * in the side panel, a sheet above the timeline, a button in a corner are each judged by what they
 * actually leave free, not by a rule per kind of panel.
 */
export function insetsFromRects(map: Rect, covers: readonly Rect[]): Insets {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  if (w <= 0 || h <= 0) return { ...NO_INSETS };
  // the boxes over the map, in map coordinates
  const boxes = covers
    .map((c) => ({
      left: Math.max(c.left, map.left) - map.left,
      top: Math.max(c.top, map.top) - map.top,
      right: Math.min(c.right, map.right) - map.left,
      bottom: Math.min(c.bottom, map.bottom) - map.top,
    }))
    .filter((r) => r.right - r.left >= 1 && r.bottom - r.top >= 1);
  const lefts = [0, ...boxes.map((b) => b.right)];
  const rights = [w, ...boxes.map((b) => b.left)];
  const tops = [0, ...boxes.map((b) => b.bottom)];
  const bottoms = [h, ...boxes.map((b) => b.top)];
  let best = { left: 0, top: 0, right: w, bottom: h };
  let bestArea = boxes.length ? -1 : w * h;
  for (const l of lefts) {
    for (const r of rights) {
      if (r <= l) continue;
      for (const t of tops) {
        for (const b of bottoms) {
          if (b <= t || (r - l) * (b - t) <= bestArea) continue;
          if (boxes.some((x) => x.left < r && x.right > l && x.top < b && x.bottom > t)) continue;
          best = { left: l, top: t, right: r, bottom: b };
          bestArea = (r - l) * (b - t);
        }
      }
    }
  }
  return {
    left: Math.ceil(best.left),
    top: Math.ceil(best.top),
    right: Math.ceil(w - best.right),
    bottom: Math.ceil(h - best.bottom),
  };
}

/** The covering elements of a map container: `[data-overlay]` beside it, and (unless left out) its own controls. */
export function overlayElements(container: HTMLElement, controls = true): HTMLElement[] {
  const beside = container.parentElement
    ? [
        ...container.parentElement.querySelectorAll<HTMLElement>(
          ':scope > [data-overlay], :scope > * > [data-overlay]',
        ),
      ]
    : [];
  return controls ? [...beside, ...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')] : beside;
}

/**
 * The insets of the smallest rectangle that holds every part of the map a viewer can see: an edge
 * moves in only past what is covered from side to side (the timeline, a phone's sheet), never past
 * a panel with map beside it. Each box is grown by `slack` px first, so the sliver between a panel
 * and the map's edge counts as covered. Exact for boxes: the rectangle's edges lie on the map's
 * edges or the boxes' edges, and each candidate line is checked for a gap.
 */
export function visibleInsets(map: Rect, covers: readonly Rect[], slack = 16): Insets {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const boxes = covers.map((c) => ({
    left: c.left - map.left - slack,
    top: c.top - map.top - slack,
    right: c.right - map.left + slack,
    bottom: c.bottom - map.top + slack,
  }));
  // each edge is the top edge of the map turned that way
  const top = topInset(boxes, w, h);
  if (top >= h) return { ...NO_INSETS };
  const turned = (f: (b: Rect) => Rect) => boxes.map(f);
  return {
    top: Math.floor(top),
    bottom: Math.floor(
      topInset(
        turned((b) => ({ ...b, top: h - b.bottom, bottom: h - b.top })),
        w,
        h,
      ),
    ),
    left: Math.floor(
      topInset(
        turned((b) => ({ left: b.top, right: b.bottom, top: b.left, bottom: b.right })),
        h,
        w,
      ),
    ),
    right: Math.floor(
      topInset(
        turned((b) => ({ left: b.top, right: b.bottom, top: w - b.right, bottom: w - b.left })),
        h,
        w,
      ),
    ),
  };
}

/**
 * How far down from the top of a w × h map the boxes cover it from side to side: the first row,
 * among the top edge and the boxes' bottoms, whose covering boxes leave a gap across it.
 */
function topInset(boxes: readonly Rect[], w: number, h: number): number {
  const rows = [0, ...boxes.map((b) => b.bottom)].filter((y) => y >= 0 && y < h).sort((a, b) => a - b);
  for (const y of rows) {
    const across = boxes.filter((b) => b.top <= y && b.bottom > y).sort((a, b) => a.left - b.left);
    let reach = 0;
    for (const b of across) if (b.left <= reach) reach = Math.max(reach, b.right);
    if (reach < w) return y;
  }
  return h;
}

/** The elements covering the map now, as boxes. Hidden elements (display: none, visibility: hidden) cover nothing. */
function coveringBoxes(container: HTMLElement, controls: boolean, map: Rect): Rect[] {
  return overlayElements(container, controls)
    .filter((el) => el.checkVisibility?.({ visibilityProperty: true }) ?? el.offsetParent !== null)
    .map((el) => coverOf(el, map));
}

/** The insets of the largest part of the map nothing covers now, the map's controls included: where framing puts a step. */
export function measureInsets(container: HTMLElement): Insets {
  const map = container.getBoundingClientRect();
  return insetsFromRects(map, coveringBoxes(container, true, map));
}

/**
 * The insets of the part of the map a viewer can see past the panels now (`visibleInsets`): what the
 * camera keeps inside its bounds. The controls do not count: they are small, at the map's edges,
 * where the basemap reaches past the bounds.
 */
export function measureVisible(container: HTMLElement): Insets {
  const map = container.getBoundingClientRect();
  return visibleInsets(map, coveringBoxes(container, false, map));
}

/** The longest the scale bar's ruler gets (MapLibre's ScaleControl `maxWidth`). */
export const SCALE_MAX_PX = 100;

/**
 * What an element covers. The scale bar's ruler grows and shrinks with the zoom: it counts at its
 * longest, from the side it is anchored to, or framing would change the zoom, the ruler, what
 * counts as covered and so the framing again, without end.
 */
function coverOf(el: HTMLElement, map: Rect): Rect {
  const r = el.getBoundingClientRect();
  const ruler = parseFloat(el.style.width);
  if (!el.classList.contains('maplibregl-ctrl-scale') || !(ruler >= 0)) return r;
  return scaleAtLongest(r, ruler, map);
}

/** A scale bar's box with its ruler at SCALE_MAX_PX, keeping the edge nearer the map's side. */
export function scaleAtLongest(r: Rect, ruler: number, map: Rect): Rect {
  const width = r.right - r.left - ruler + SCALE_MAX_PX;
  return map.right - r.right < r.left - map.left
    ? { left: r.right - width, top: r.top, right: r.right, bottom: r.bottom }
    : { left: r.left, top: r.top, right: r.left + width, bottom: r.bottom };
}

export const sameInsets = (a: Insets, b: Insets) =>
  a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

/** The least a DOM node needs for `coversMayMove`. */
export interface NodeLike {
  parentElement: NodeLike | null;
  classList?: { contains(name: string): boolean };
}

/**
 * Whether a change inside the map's parent can add, remove, show or hide something that covers
 * the map: covering elements lie one or two levels below the parent (`overlayElements`), so a
 * child added or removed at most one level down, an attribute changed at most two levels down, or
 * anything among the map's own controls. A change deeper inside a panel (a list row's text at
 * each range step) cannot; if it resizes its panel, the resize observer sees that.
 */
export function coversMayMove(type: string, target: NodeLike, parent: NodeLike): boolean {
  let depth = 0;
  for (let n: NodeLike | null = target; n; n = n.parentElement, depth++) {
    if (n.classList?.contains('maplibregl-control-container')) return true;
    if (n === parent) return depth <= (type === 'childList' ? 1 : 2);
  }
  return false;
}

/**
 * Call `onChange` (once a frame at most) whenever the map or anything covering it may have
 * changed size or place: an element resized, added, removed, shown or hidden.
 */
export function watchOverlays(container: HTMLElement, onChange: () => void): () => void {
  let frame = 0;
  const observed = new Set<Element>();
  const resize = new ResizeObserver(() => schedule());
  const sync = () => {
    for (const el of observed) {
      if (!el.isConnected) {
        resize.unobserve(el);
        observed.delete(el);
      }
    }
    // observing fires once at once: only new elements, or this would never settle
    for (const el of [container, ...overlayElements(container)]) {
      if (!observed.has(el)) {
        observed.add(el);
        resize.observe(el);
      }
    }
  };
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      sync();
      onChange();
    });
  };
  const parent = container.parentElement;
  const mutations = new MutationObserver((records) => {
    // text nodes stand for their element
    const elementOf = (n: Node) => (n instanceof Element ? n : n.parentElement);
    if (records.some((r) => parent && coversMayMove(r.type, elementOf(r.target) ?? parent, parent)))
      schedule();
  });
  if (parent) {
    mutations.observe(parent, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'data-overlay'],
    });
  }
  sync();
  return () => {
    cancelAnimationFrame(frame);
    resize.disconnect();
    mutations.disconnect();
  };
}
