/**
 * The one owner of "what the camera shows for this step".
 *
 * - Each step (a new target key) frames its places, routes and own point in the part of the map
 *   nothing covers (framing.ts, overlays.ts), flying there unless motion is reduced; presenting a
 *   convoy, it first travels along the route, then frames the whole movement.
 * - A link's own camera is kept until the timeline moves to another event.
 * - When what covers the map changes (a sheet opens, the window or the language changes), the
 *   step is framed again — unless the viewer has moved the map since, which always wins.
 *
 * The map never keeps a padding of its own: every move gives an explicit centre and zoom, so no
 * move depends on what an earlier one left behind.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { frameBox, type BBox, type CameraView, type LonLat, type Viewport } from './framing';
import { measureInsets, sameInsets } from './overlays';

/** Syria with Iraq, Jordan, Turkey and Lebanon around it: what a step with no place shows. */
export const STORY_BOUNDS: BBox = [35.0, 31.6, 43.4, 38.0];

export interface CameraTarget {
  /** Changes whenever the camera should move (the event id). */
  key: string;
  /** What to show; null shows the whole story. */
  bbox: BBox | null;
  /** Presenting a convoy: stops along its route to travel through before framing. */
  path?: readonly LonLat[];
}

/**
 * Marks this class's own moves. MapLibre 6 fires an animation's movestart in a later frame, so the
 * mark travels with the event (MapLibre copies a move's event data onto its events).
 */
const STORY = 'storyCamera';
const MARK = { [STORY]: true };

const MARGIN = 40;
const FLIGHT_MS = 1200;
const LEG_MS = 900;
const LEG_ZOOM = 7.5;
const RELAYOUT_MS = 300;

/** How close each kind of step is shown: one place closest, a group a little wider, the story whole. */
export function targetView(bbox: BBox | null, v: Viewport): CameraView {
  const single = bbox !== null && bbox[0] === bbox[2] && bbox[1] === bbox[3];
  return frameBox(bbox ?? STORY_BOUNDS, v, {
    maxZoom: single ? 8 : bbox ? 8.5 : 7,
    minZoom: 3,
    margin: MARGIN,
  });
}

/** The map container's size and what covers it, now. */
export function viewportOf(container: HTMLElement): Viewport {
  return { width: container.clientWidth, height: container.clientHeight, insets: measureInsets(container) };
}

export class StoryCamera {
  private target: CameraTarget;
  /** The viewer (or a link) chose this view: layout changes leave it alone until the next step. */
  private held: boolean;
  /** The layout the current framing was made for. */
  private framedFor: Viewport;
  /** Bumped by every move this class starts: a stale leg or flight stops. */
  private token = 0;
  private flying = false;
  /** True while this class (or the map's own upkeep, see `ours`) starts a move. */
  private own = false;

  constructor(
    private readonly map: MapLibreMap,
    opts: { target: CameraTarget; linkCamera: boolean; framedFor: Viewport },
  ) {
    this.target = opts.target;
    this.held = opts.linkCamera;
    this.framedFor = opts.framedFor;
    // any move this class did not start — a gesture, a key on the map, a zoom button, a script —
    // is the viewer's: the camera is theirs until the next step
    map.on('movestart', (e) => {
      if (this.own || (e as unknown as Record<string, unknown>)[STORY] === true) return;
      this.held = true;
      this.token++;
      this.flying = false;
    });
  }

  /** Run map upkeep that fires its move events at once (a resize, a pixel-ratio change) without taking the camera from the story. */
  ours<T>(f: () => T): T {
    const before = this.own;
    this.own = true;
    try {
      return f();
    } finally {
      this.own = before;
    }
  }

  private reducedMotion() {
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  /** Show a step. The same key again changes nothing (re-renders, new data with the same step). */
  show(target: CameraTarget) {
    if (target.key === this.target.key) {
      this.target = target;
      return;
    }
    this.target = target;
    this.held = false;
    const animate = !this.reducedMotion();
    if (animate && target.path && target.path.length >= 2) this.travel([...target.path]);
    else this.frame(animate ? FLIGHT_MS : 0);
  }

  /** What covers the map, or its size, may have changed: keep the step in the clear part. */
  relayout() {
    if (this.held) return;
    const v = viewportOf(this.map.getContainer());
    if (
      v.width === this.framedFor.width &&
      v.height === this.framedFor.height &&
      sameInsets(v.insets, this.framedFor.insets)
    )
      return;
    // a flight under way is re-aimed when it lands
    if (this.flying && this.map.isMoving()) return;
    this.frame(this.reducedMotion() ? 0 : RELAYOUT_MS, v);
  }

  private frame(duration: number, v = viewportOf(this.map.getContainer())) {
    const token = ++this.token;
    const view = targetView(this.target.bbox, v);
    this.framedFor = v;
    const camera = { center: view.center, zoom: view.zoom, bearing: 0, pitch: 0 };
    if (duration === 0) {
      this.flying = false;
      this.map.jumpTo(camera, MARK);
      return;
    }
    this.flying = true;
    this.map.once('moveend', () => {
      if (token !== this.token) return;
      this.flying = false;
      // the layout changed during the flight (a sheet, a resize): land where the step now fits
      this.relayout();
    });
    this.map.flyTo({ ...camera, duration, essential: false }, MARK);
  }

  /** Along a convoy's route, a few legs at a steady zoom, each stop in the clear part; then the whole movement. */
  private travel(legs: LonLat[]) {
    const token = ++this.token;
    this.flying = true;
    const next = () => {
      if (token !== this.token) return;
      const p = legs.shift();
      if (!p) return this.frame(FLIGHT_MS);
      const v = viewportOf(this.map.getContainer());
      const view = frameBox([p[0], p[1], p[0], p[1]], v, { maxZoom: LEG_ZOOM, minZoom: 3, margin: MARGIN });
      this.map.once('moveend', next);
      this.map.easeTo(
        {
          center: view.center,
          zoom: view.zoom,
          bearing: 0,
          pitch: 0,
          duration: LEG_MS,
          easing: (t) => t,
          essential: false,
        },
        MARK,
      );
    };
    next();
  }
}
