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
 * The insets that keep clear of every covering box. Each box is charged to the edge where it
 * costs the smallest share of the map (a side panel to its side, a timeline to the bottom, a
 * small button in a corner to whichever edge it hugs); each edge keeps its largest charge.
 */
export function insetsFromRects(map: Rect, covers: readonly Rect[]): Insets {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const out = { ...NO_INSETS };
  if (w <= 0 || h <= 0) return out;
  for (const c of covers) {
    const r = { left: Math.max(c.left, map.left), top: Math.max(c.top, map.top), right: Math.min(c.right, map.right), bottom: Math.min(c.bottom, map.bottom) };
    if (r.right - r.left < 1 || r.bottom - r.top < 1) continue; // not over the map
    const sides = [
      ['left', r.right - map.left, w],
      ['right', map.right - r.left, w],
      ['top', r.bottom - map.top, h],
      ['bottom', map.bottom - r.top, h],
    ] as const;
    const [side, inset] = sides.reduce((best, s) => (s[1] / s[2] < best[1] / best[2] ? s : best));
    out[side] = Math.max(out[side], Math.ceil(inset));
  }
  return out;
}

/** The covering elements of a map container: `[data-overlay]` beside it, and its own controls. */
export function overlayElements(container: HTMLElement): HTMLElement[] {
  const beside = container.parentElement ? [...container.parentElement.querySelectorAll<HTMLElement>(':scope > [data-overlay], :scope > * > [data-overlay]')] : [];
  const controls = [...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')];
  return [...beside, ...controls];
}

/** Measure what covers the map now. Hidden elements (display: none, visibility: hidden) cover nothing. */
export function measureInsets(container: HTMLElement): Insets {
  const covers = overlayElements(container)
    .filter((el) => el.checkVisibility?.({ visibilityProperty: true }) ?? el.offsetParent !== null)
    .map((el) => el.getBoundingClientRect());
  return insetsFromRects(container.getBoundingClientRect(), covers);
}

export const sameInsets = (a: Insets, b: Insets) => a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

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
  const mutations = new MutationObserver(schedule);
  if (container.parentElement) {
    mutations.observe(container.parentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden', 'data-overlay'] });
  }
  sync();
  return () => {
    cancelAnimationFrame(frame);
    resize.disconnect();
    mutations.disconnect();
  };
}
