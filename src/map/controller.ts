/**
 * The one place that talks to MapLibre. React components hand it derived state
 * (statuses, selection, movements, camera target, language); it turns that into
 * feature-state, source data, layout properties and camera moves.
 */
import { publishMap } from './testHook';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource, MapGeoJSONFeature, VectorTileSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { StatusAt } from '../derive/status';
import type { Lang } from '../i18n';
import { CAMERA_LIMITS, type Camera } from '../state/camera';
import {
  BILINGUAL_LABEL_LAYERS,
  EVENT_DOTS_LAYER,
  INTERACTIVE_LAYERS,
  LAYER_GROUP_LAYERS,
  buildStyle,
  labelField,
  type StorySource,
} from './style';
import type { LayerGroup } from '../state/params';
import { ICON_PIXEL_RATIO, iconImage } from './icons';
import { SHAPES } from '../theme/shapes';
import {
  buildPointIndex,
  isShown,
  SHOW_ALL,
  visibilityChanges,
  type PointFilter,
  type PointIndex,
} from './eventVisibility';
import { measureVisible, SCALE_MAX_PX, watchOverlays } from './overlays';
import type { EventPoints } from './eventPoints';
import { DOTS_OFF_THREAD_FROM, NO_DOTS, dotArrays } from './dotData';
import { DotLayer } from './dotLayer';
import { pointSourceSpec, releasePoints, servePoints } from './pointSource';
import { POINTS_LAYER } from './pointTiles';
import { StoryCamera, targetView, viewportOf } from './storyCamera';
import { keepInBounds, type BBox, type Viewport } from './framing';
import { sceneChanges, type MapScene, type ScenePart } from './scene';

maplibregl.setWorkerUrl(workerUrl);

/**
 * The area the camera may show (west, south, east, north): what a viewer sees stays inside. The
 * basemap (public/basemap) is cut 2° wider; src/data/basemap.test.ts reads these numbers.
 */
export const MAP_BOUNDS: BBox = [25, 24, 56, 44];

const boundedViewport = (container: HTMLElement): Viewport => ({
  width: container.clientWidth,
  height: container.clientHeight,
  insets: measureVisible(container),
});

// Start MapLibre's workers now (loading and compiling their 520 kB script) rather than when the
// map is created, which waits for the story data: the two then overlap.
maplibregl.prewarm();

export type PickTarget =
  { kind: 'place'; id: string } | { kind: 'route'; id: string } | { kind: 'event'; id: string };

export interface ControllerOptions {
  container: HTMLElement;
  /** The scene as it is when the map is made: its data is in the style, drawn from the first
   *  frame, and its step is framed (no flight, no second round of tiles) unless a link's camera
   *  is kept until the step changes. */
  scene: MapScene;
  onPick: (target: PickTarget) => void;
  onReady: () => void;
  /** Where to open (from a link); otherwise the first step is framed. */
  initialCamera: Camera | null;
  /** After every camera move. */
  onCamera: (c: Camera) => void;
}

/** The map cannot draw here: the browser has no WebGL2 (or it is switched off). */
export function isNoWebGL2(e: unknown): boolean {
  return e instanceof maplibregl.GPUInitializationError;
}

export class MapController {
  readonly map: maplibregl.Map;
  private loaded = false;
  private pending: (() => void)[] = [];
  private statusIds = new Set<string>();
  private selectedPlaces = new Set<string>();
  private selectedRoutes = new Set<string>();
  private readonly camera: StoryCamera;
  /**
   * The map's size and the part of it a viewer can see past the panels, as last measured: the
   * camera keeps that part inside the bounds.
   */
  private bounded: Viewport;
  private readonly unwatch: () => void;
  private pointIndex: PointIndex = buildPointIndex({
    t: new Int32Array(0),
    t2: new Int32Array(0),
    c: new Int32Array(0),
  });
  private pointFilter: PointFilter = SHOW_ALL;
  /** The free event points, drawn and filtered on the GPU. */
  private readonly dots: DotLayer;
  /** The scene last applied: the next one is compared with it. */
  private scene: MapScene;

  constructor(opts: ControllerOptions) {
    const { scene } = opts;
    this.scene = scene;
    const initial: Record<StorySource, FeatureCollection> = {
      places: scene.places,
      uncertainty: scene.uncertainty,
      routes: scene.routes,
      movements: scene.movements,
      current: scene.current,
    };
    for (const [id, data] of Object.entries(initial)) this.sent.set(id, data);
    this.points = scene.events;
    this.dots = new DotLayer(EVENT_DOTS_LAYER, NO_DOTS, SHOW_ALL);
    this.pointTiles = this.serve(scene.events);
    this.bounded = boundedViewport(opts.container);
    this.map = new maplibregl.Map({
      container: opts.container,
      style: buildStyle(scene.lang, initial, pointSourceSpec(this.pointTiles)),
      // a link's camera; otherwise the opening step is framed below, once the controls are in
      ...(opts.initialCamera
        ? {
            center: [opts.initialCamera.lon, opts.initialCamera.lat] as [number, number],
            zoom: opts.initialCamera.zoom,
            bearing: opts.initialCamera.bearing,
            pitch: opts.initialCamera.pitch,
          }
        : {}),
      minZoom: CAMERA_LIMITS.minZoom,
      maxZoom: CAMERA_LIMITS.maxZoom,
      maxPitch: CAMERA_LIMITS.maxPitch,
      // the part of the map a viewer can see stays inside the bounds (the basemap reaches 2° past them)
      transformConstrain: (lngLat, zoom) => {
        const c = keepInBounds([lngLat.lng, lngLat.lat], zoom, this.bounded, MAP_BOUNDS, CAMERA_LIMITS);
        return { center: new maplibregl.LngLat(c.center[0], c.center[1]), zoom: c.zoom };
      },
      attributionControl: false,
      // the container's size is watched with what covers it (watchOverlays, below): one observer,
      // and a resize is not taken for the viewer moving the camera
      trackResize: false,
      locale: scene.controlText,
      // labels appear without a fade: a fade keeps re-rendering every layer (100k event points
      // included) for 300 ms after each change of the range
      fadeDuration: 0,
      // tests read pixels back from the canvas; browsers under automation keep the buffer
      canvasContextAttributes: { preserveDrawingBuffer: navigator.webdriver === true },
    });
    this.addControls(scene.attribution);
    for (const shape of SHAPES)
      this.map.addImage(shape, iconImage(shape), { sdf: true, pixelRatio: ICON_PIXEL_RATIO });
    publishMap(this.map, {
      pointShown: (id) => isShown(this.pointIndex, id, this.pointFilter),
      pointId: (id) => this.points.ids[id],
    });
    // the opening step, framed clear of the panels and the controls (before the first frame is
    // drawn and before any data is tiled, so not a move anyone sees)
    const opening = viewportOf(opts.container);
    if (!opts.initialCamera) this.map.jumpTo(targetView(scene.camera.bbox, opening));
    this.camera = new StoryCamera(this.map, {
      target: scene.camera,
      linkCamera: opts.initialCamera !== null,
      framedFor: opening,
    });
    // panels, sheets and the window change size: the step stays in the part of the map left clear
    let size = `${opts.container.clientWidth}x${opts.container.clientHeight}`;
    this.unwatch = watchOverlays(opts.container, () => {
      this.bounded = boundedViewport(opts.container);
      const now = `${opts.container.clientWidth}x${opts.container.clientHeight}`;
      if (now !== size) {
        size = now;
        this.camera.ours(() => this.map.resize());
      }
      this.camera.relayout();
    });

    const reportCamera = () => {
      const c = this.map.getCenter();
      opts.onCamera({
        lon: c.lng,
        lat: c.lat,
        zoom: this.map.getZoom(),
        bearing: this.map.getBearing(),
        pitch: this.map.getPitch(),
      });
    };
    // what the style cannot hold (feature-state, visibility, the points' index) is applied on load
    this.applyScene(scene, new Set(['events', 'statuses', 'pointFilter', 'selection', 'hidden']));
    this.map.on('load', () => {
      // drawn where the (undrawn) free-point layer sits
      this.map.addLayer(this.dots, 'events-free');
      this.loaded = true;
      for (const f of this.pending.splice(0)) f();
      // the opening camera goes into the URL too (a copied link restores this exact view)
      reportCamera();
      this.map.once('idle', () => {
        window.__wm!.ready = true;
        window.__wm!.readyAt = performance.now();
        opts.onReady();
      });
    });
    this.map.on('click', (e) => {
      const hit = this.pickAt(e.point);
      if (hit) opts.onPick(hit);
    });
    this.map.on('moveend', reportCamera);
    this.map.on('mousemove', (e) => {
      this.map.getCanvas().style.cursor = this.pickAt(e.point) ? 'pointer' : '';
    });
  }

  private controls: maplibregl.IControl[] = [];

  /** Zoom buttons, scale and credits, labelled in the map's language (made anew when it changes). */
  private addControls(attribution: string) {
    for (const c of this.controls) this.map.removeControl(c);
    // bottom corners stack upwards in the order added: attribution, scale, then zoom buttons
    this.controls = [
      new maplibregl.AttributionControl({ compact: false, customAttribution: attribution }),
      new maplibregl.ScaleControl({ unit: 'metric', maxWidth: SCALE_MAX_PX }),
      new maplibregl.NavigationControl({ visualizePitch: false }),
    ];
    for (const c of this.controls) this.map.addControl(c, 'bottom-right');
  }

  private whenLoaded(f: () => void) {
    if (this.loaded) f();
    else this.pending.push(f);
  }

  /**
   * What a click at a point means. Markers first — of several that overlap, the one whose centre
   * is nearest the pointer, so a click on Qasrak's square opens Qasrak even where Tell Baydar's
   * touches it — then routes and the zone.
   */
  private pickAt(point: maplibregl.Point): PickTarget | null {
    const layers = INTERACTIVE_LAYERS.filter((l) => this.map.getLayer(l));
    const r = 4;
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(
      [
        [point.x - r, point.y - r],
        [point.x + r, point.y + r],
      ],
      { layers: [...layers] },
    );
    let best: PickTarget | null = null;
    let bestDistance = Infinity;
    for (const f of hits) {
      if (f.geometry.type !== 'Point' || (f.source !== 'events' && f.source !== 'places')) continue;
      // the free points' layer holds every point; those out of the range or categories are not drawn
      if (f.source === 'events' && !isShown(this.pointIndex, Number(f.id), this.pointFilter)) continue;
      const at = this.map.project(f.geometry.coordinates as [number, number]);
      const d = Math.hypot(at.x - point.x, at.y - point.y);
      if (d < bestDistance) {
        bestDistance = d;
        // an event point's feature id is its position in the points (their tiles carry no event ids)
        const id =
          f.source === 'events' ? this.points.ids[Number(f.id)] : (f.properties.id as string | undefined);
        if (id !== undefined) best = { kind: f.source === 'events' ? 'event' : 'place', id: String(id) };
      }
    }
    if (best) return best;
    const route = hits.find((f) => f.source === 'routes');
    return route ? { kind: 'route', id: String(route.properties.id) } : null;
  }

  /** The data each story source last received: the same object again is not re-sent (no re-tiling). */
  private sent = new Map<string, FeatureCollection>();

  private setSource(id: string, data: FeatureCollection) {
    if (this.sent.get(id) === data) return;
    this.sent.set(id, data);
    this.whenLoaded(() => void (this.map.getSource(id) as GeoJSONSource).setData(data));
  }

  /** Show a new scene: only the parts that differ from the last one reach MapLibre. */
  setScene(next: MapScene) {
    const changed = sceneChanges(this.scene, next);
    this.scene = next;
    this.applyScene(next, changed);
  }

  private applyScene(scene: MapScene, changed: ReadonlySet<ScenePart>) {
    if (changed.has('places')) this.setSource('places', scene.places);
    if (changed.has('uncertainty')) this.setSource('uncertainty', scene.uncertainty);
    if (changed.has('routes')) this.setSource('routes', scene.routes);
    if (changed.has('statuses')) this.setStatuses(scene.statuses);
    if (changed.has('events')) this.setEvents(scene.events);
    if (changed.has('pointFilter')) this.setPointFilter(scene.pointFilter);
    if (changed.has('selection')) this.setSelection(scene.selection.places, scene.selection.routes);
    if (changed.has('movements')) this.setSource('movements', scene.movements);
    if (changed.has('current')) this.setSource('current', scene.current);
    if (changed.has('lang')) this.setLang(scene.lang, scene.controlText, scene.attribution);
    if (changed.has('hidden')) this.setHidden(scene.hidden);
    if (changed.has('camera')) this.camera.show(scene.camera);
  }

  /** Colour each base by its status on the timeline's date (feature-state: no data re-upload). */
  private setStatuses(statuses: ReadonlyMap<string, StatusAt>) {
    this.whenLoaded(() => {
      for (const id of this.statusIds)
        if (!statuses.has(id)) this.map.removeFeatureState({ source: 'places', id }, 'status');
      for (const [id, s] of statuses)
        this.map.setFeatureState({ source: 'places', id }, { status: s.status });
      this.statusIds = new Set(statuses.keys());
    });
  }

  /** Highlight the places and routes of the current selection. */
  private setSelection(placeIds: readonly string[], routeIds: readonly string[]) {
    this.whenLoaded(() => {
      this.toggle('places', this.selectedPlaces, new Set(placeIds));
      this.toggle('routes', this.selectedRoutes, new Set(routeIds));
      this.selectedPlaces = new Set(placeIds);
      this.selectedRoutes = new Set(routeIds);
    });
  }

  private toggle(source: string, before: Set<string>, after: Set<string>) {
    for (const id of before)
      if (!after.has(id)) this.map.setFeatureState({ source, id }, { selected: false });
    for (const id of after) this.map.setFeatureState({ source, id }, { selected: true });
  }

  /** The event points shown, and the tile URL they are served at (pointSource.ts). */
  private points: EventPoints;
  private pointTiles: string;

  /**
   * Serve the points' tiles and give the dot layer their arrays: made here for a small set, in the
   * tile worker for a large one (the layer draws none until they come, never the last set's, and
   * the map is not idle before they do).
   */
  private serve(points: EventPoints): string {
    if (points.length < DOTS_OFF_THREAD_FROM) {
      this.dots.setDots(dotArrays(points));
      return servePoints(points);
    }
    this.dots.setDots(NO_DOTS, true);
    // made here after all if the worker could not
    return servePoints(points, (dots) => this.dots.setDots(dots ?? dotArrays(points)));
  }

  /** Event points: new tiles when the dataset (or the text/place subset) changes, not when the range moves. */
  private setEvents(points: EventPoints) {
    const unchanged = this.points === points; // e.g. the points the style was made with
    this.points = points;
    if (!unchanged) {
      releasePoints(this.pointTiles);
      this.pointTiles = this.serve(points);
    }
    const tiles = this.pointTiles;
    this.whenLoaded(() => {
      if (!unchanged) {
        (this.map.getSource('events') as VectorTileSource).setTiles([tiles]);
        // fresh points start shown; the current filter is applied to them below
        this.map.removeFeatureState({ source: 'events', sourceLayer: POINTS_LAYER });
      }
      // only badges and uncertainty circles change feature-state: the index tracks just those
      const { atPlace, u0 } = points;
      this.pointIndex = buildPointIndex(points, (i) => atPlace[i] === 1 || (!!u0 && !Number.isNaN(u0[i])));
      const wanted = this.pointFilter;
      this.pointFilter = SHOW_ALL;
      this.applyPointFilter(wanted);
    });
  }

  /** Date range (day numbers, inclusive) and category mask. */
  private setPointFilter(filter: PointFilter) {
    this.whenLoaded(() => this.applyPointFilter(filter));
  }

  /**
   * The GPU layer hides the free points by itself (uniforms); the few points the style draws —
   * story badges and uncertainty circles — change feature-state, only those whose visibility
   * changes (no re-tiling).
   */
  private applyPointFilter(next: PointFilter) {
    this.dots.setFilter(next);
    for (const { id, shown } of visibilityChanges(this.pointIndex, this.pointFilter, next)) {
      this.map.setFeatureState({ source: 'events', sourceLayer: POINTS_LAYER, id }, { hidden: !shown });
    }
    this.pointFilter = next;
  }

  private setLang(lang: Lang, controlText: Record<string, string>, attribution: string) {
    // (only on a change: setting text-field re-lays out every label source)
    this.map._locale = { ...this.map._locale, ...controlText };
    this.map.getCanvas().setAttribute('aria-label', controlText['Map.Title'] ?? '');
    this.addControls(attribution);
    this.whenLoaded(() => {
      for (const id of BILINGUAL_LABEL_LAYERS)
        this.map.setLayoutProperty(id, 'text-field', labelField(id, lang));
    });
  }

  /** Switch layer groups off (and the others on). */
  private setHidden(groups: readonly LayerGroup[]) {
    this.whenLoaded(() => {
      for (const [group, layers] of Object.entries(LAYER_GROUP_LAYERS)) {
        const v = groups.includes(group as LayerGroup) ? 'none' : 'visible';
        // an unset visibility is visible: do not touch 23 layers at start-up for nothing
        for (const id of layers)
          if ((this.map.getLayoutProperty(id, 'visibility') ?? 'visible') !== v)
            this.map.setLayoutProperty(id, 'visibility', v);
      }
    });
  }

  /** The map as drawn now, at `scale` × the screen's CSS pixels (for a PNG snapshot). */
  async snapshot(scale: number): Promise<HTMLCanvasElement> {
    const map = this.map;
    const before = map.getPixelRatio();
    this.camera.ours(() => map.setPixelRatio(scale));
    try {
      // read the canvas inside a render callback: the drawing buffer is valid until it returns
      return await new Promise<HTMLCanvasElement>((resolve) => {
        const grab = () => {
          if (!map.loaded()) return void map.once('render', grab);
          const src = map.getCanvas();
          const out = document.createElement('canvas');
          out.width = src.width;
          out.height = src.height;
          out.getContext('2d')!.drawImage(src, 0, 0);
          resolve(out);
        };
        map.once('render', grab);
        map.triggerRepaint();
      });
    } finally {
      this.camera.ours(() => map.setPixelRatio(before));
    }
  }

  destroy() {
    this.unwatch();
    releasePoints(this.pointTiles);
    this.map.remove();
    if (window.__wm?.map === this.map) publishMap(null);
  }
}
