/**
 * Where the camera goes to show a box: pure Web Mercator arithmetic, no MapLibre.
 *
 * The box is fitted into the part of the map that no panel covers (the viewport minus its
 * insets, minus a margin), and centred there — not in the middle of the canvas. The result is
 * always a camera: when the box cannot fit at the zoom limit the camera zooms out; when the
 * panels leave too little room the margin, then the insets, give way.
 */
export type BBox = [west: number, south: number, east: number, north: number];
export type LonLat = [number, number];

/** Space covered by panels over the map, in CSS pixels from each edge of the map. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface Viewport {
  width: number;
  height: number;
  insets: Insets;
}

export interface FrameOptions {
  /** Closest zoom (one place is shown at this zoom). */
  maxZoom: number;
  minZoom: number;
  /** Free space kept around the box inside the unobscured area. */
  margin: number;
}

export interface CameraView {
  center: LonLat;
  zoom: number;
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;
const MAX_LAT = 85.051129;

/** Web Mercator x, y in [0, 1] (y grows southward). */
export function mercator([lon, lat]: LonLat): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

export function unmercator([x, y]: [number, number]): LonLat {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/** Where a point lands on screen (CSS px from the map's top-left) for a camera with no bearing or pitch. */
export function project(p: LonLat, view: CameraView, width: number, height: number): [number, number] {
  const scale = TILE * 2 ** view.zoom;
  const [x, y] = mercator(p);
  const [cx, cy] = mercator(view.center);
  return [width / 2 + (x - cx) * scale, height / 2 + (y - cy) * scale];
}

/** The unobscured area: the viewport minus the insets, with the margin where it fits. */
export function clearArea(
  v: Viewport,
  margin: number,
): { left: number; top: number; width: number; height: number } {
  const axis = (size: number, a: number, b: number) => {
    // panels first give up their margin, then (if they cover everything) are ignored on that axis
    for (const [lo, hi] of [
      [a + margin, b + margin],
      [a, b],
      [0, 0],
    ] as const) {
      if (size - lo - hi >= Math.min(size, 40)) return [lo, size - lo - hi] as const;
    }
    return [0, size] as const;
  };
  const [left, width] = axis(v.width, v.insets.left, v.insets.right);
  const [top, height] = axis(v.height, v.insets.top, v.insets.bottom);
  return { left, top, width, height };
}

/** The camera that shows `box` whole and centred in the unobscured area, as close as `maxZoom` allows. */
export function frameBox(box: BBox, v: Viewport, o: FrameOptions): CameraView {
  const area = clearArea(v, o.margin);
  const [x1, y1] = mercator([box[0], box[3]]);
  const [x2, y2] = mercator([box[2], box[1]]);
  const dx = Math.abs(x2 - x1);
  const dy = Math.abs(y2 - y1);
  const fit = Math.min(
    dx > 0 ? area.width / (dx * TILE) : Infinity,
    dy > 0 ? area.height / (dy * TILE) : Infinity,
  );
  const zoom = Math.max(o.minZoom, Math.min(o.maxZoom, Math.log2(fit)));
  // the box's centre goes to the centre of the clear area; the map's centre follows from it
  const scale = TILE * 2 ** zoom;
  const shiftX = area.left + area.width / 2 - v.width / 2;
  const shiftY = area.top + area.height / 2 - v.height / 2;
  const center = unmercator([(x1 + x2) / 2 - shiftX / scale, (y1 + y2) / 2 - shiftY / scale]);
  return { center, zoom };
}

/**
 * The camera nearest to `center` and `zoom` that keeps the part of the map a viewer can see (the
 * viewport minus its insets: overlays.ts `visibleInsets`) inside `bounds`; MapLibre's
 * `transformConstrain`. MapLibre's own `maxBounds` keeps the whole canvas inside: on a tall phone
 * the canvas at the overview's zoom spans more latitude than the bounds, so MapLibre pinned it to
 * their middle and no camera could put the story in the strip above a sheet or a presentation
 * card. What lies under the panels may reach past the bounds; no one sees it. As MapLibre does, a
 * visible part wider or taller than the bounds zooms in until it fits.
 */
export function keepInBounds(
  center: LonLat,
  zoom: number,
  v: Viewport,
  bounds: BBox,
  limits: { minZoom: number; maxZoom: number },
): CameraView {
  const { insets } = v;
  const w = Math.max(1, v.width - insets.left - insets.right);
  const h = Math.max(1, v.height - insets.top - insets.bottom);
  const [west, north] = mercator([bounds[0], bounds[3]]);
  const [east, south] = mercator([bounds[2], bounds[1]]);
  let z = Math.max(limits.minZoom, Math.min(limits.maxZoom, zoom));
  const grow = Math.max(w / ((east - west) * TILE * 2 ** z), h / ((south - north) * TILE * 2 ** z));
  if (grow > 1) z += Math.log2(grow);
  const scale = TILE * 2 ** z;
  // the visible part's centre lies this far from the canvas's centre, in world units
  const dx = (insets.left - insets.right) / 2 / scale;
  const dy = (insets.top - insets.bottom) / 2 / scale;
  const within = (c: number, lo: number, hi: number) =>
    lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, c));
  const [x, y] = mercator(center);
  const cx = within(x + dx, west + w / 2 / scale, east - w / 2 / scale);
  const cy = within(y + dy, north + h / 2 / scale, south - h / 2 / scale);
  return { center: unmercator([cx - dx, cy - dy]), zoom: z };
}
