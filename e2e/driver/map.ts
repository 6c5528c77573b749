/**
 * The map as a viewer meets it: what it draws, where its camera is, where a place sits on the
 * screen and what covers it. Everything here reads the running map through the app's test hook.
 */
import type { Locator, Page } from '@playwright/test';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Where a viewer pans, zooms, rotates and tilts the map to. */
export interface View {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}

/** A point a viewer should see: a place, an event's own point, a route's waypoint. */
export interface StoryPoint {
  name: string;
  lon: number;
  lat: number;
}

/** A point of the current step that a viewer cannot see, and why. */
export interface HiddenPoint {
  name: string;
  x: number;
  y: number;
  /** "off the map", or what covers it (e.g. "legend"). */
  why: string;
}

/** How the map opened: camera moves from its first load to its first idle, and its zoom then and now. */
export interface Opening {
  moves: number;
  zoomAtLoad: number;
  zoom: number;
}

/** A rendered label: its feature id and both names. */
export interface Label {
  id: string;
  name_en: string;
  name_ar: string;
}

/** What covers part of the map, as a person sees it: each panel found by what it is, not by how the app lays it out. */
const COVERING = {
  'side panel or sheet': '.panel',
  legend: '.legend',
  timeline: '#timeline',
  'map controls':
    '.maplibregl-ctrl-top-left .maplibregl-ctrl, .maplibregl-ctrl-top-right .maplibregl-ctrl, .maplibregl-ctrl-bottom-left .maplibregl-ctrl, .maplibregl-ctrl-bottom-right .maplibregl-ctrl',
  'presentation bar': '.present__bar',
  'presentation card': '.present__card > *',
  notice: '.embed__notices > *',
} as const;

type Strip = { x: number; y: number; width: number; height: number };

/**
 * A PNG decoded by the browser and sampled: every 7th pixel of the whole image, or every 3rd pixel
 * across and down a strip (`onMap`: only where the map itself is on top of the page). Gives the
 * distinct colours sampled, and how many samples are pure magenta.
 */
async function samplePng(
  page: Page,
  bytes: Buffer,
  strip: Strip | undefined,
  onMap: boolean,
): Promise<{ colours: number; magenta: number }> {
  return page.evaluate(
    async ({ b64, strip, onMap }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      let magenta = 0;
      const add = (o: number) => {
        seen.add((px[o] << 16) | (px[o + 1] << 8) | px[o + 2]);
        if (px[o] > 235 && px[o + 1] < 20 && px[o + 2] > 235) magenta++;
      };
      if (!strip) for (let i = 0; i < px.length; i += 4 * 7) add(i);
      else {
        const canvas = window.__wm!.map.getCanvas();
        for (let y = Math.round(strip.y); y < Math.min(c.height, strip.y + strip.height); y += 3)
          for (let x = Math.round(strip.x); x < Math.min(c.width, strip.x + strip.width); x += 3)
            if (!onMap || document.elementFromPoint(x, y) === canvas) add((y * c.width + x) * 4);
      }
      return { colours: seen.size, magenta };
    },
    { b64: bytes.toString('base64'), strip, onMap },
  );
}

/**
 * Distinct colours in a PNG, decoded by the browser (a blank image has one or two). With a
 * strip, only its pixels where the map itself is on top of the page count.
 */
export async function pngColours(page: Page, bytes: Buffer, strip?: Strip): Promise<number> {
  return (await samplePng(page, bytes, strip, true)).colours;
}

export class MapView {
  constructor(private readonly page: Page) {}

  // ---- the map on the page

  /** The map's area on the page. */
  area(): Locator {
    return this.page.locator('.map');
  }

  /** The legend's body (its entries), shown when the legend is open. */
  legend(): Locator {
    return this.page.locator('#legend-body');
  }

  /** The scale bar ("100 km"). */
  scaleBar(): Locator {
    return this.page.locator('.maplibregl-ctrl-scale');
  }

  /** The group of map controls (zoom, compass, …) in the map's bottom-right corner. */
  bottomRightControls(): Locator {
    return this.page.locator('.maplibregl-ctrl-bottom-right');
  }

  /** Every button of the map's own controls. */
  controlButtons(): Locator {
    return this.page.locator('.maplibregl-ctrl button');
  }

  private canvas(): Locator {
    return this.page.locator('.map canvas');
  }

  /** The map canvas's size on the page, in CSS pixels. */
  async canvasSize(): Promise<{ w: number; h: number }> {
    return this.canvas().evaluate((c) => ({ w: c.clientWidth, h: c.clientHeight }));
  }

  /** Device pixels the map draws per CSS pixel (1 on a plain screen; 2 while saving a 2× image). */
  async canvasScale(): Promise<number> {
    return this.canvas().evaluate((c) => (c as HTMLCanvasElement).width / c.clientWidth);
  }

  // ---- waiting for the map

  /** Wait until the map has loaded its style and data and has finished rendering. */
  async waitUntilIdle() {
    await this.page.waitForFunction(() => window.__wm?.ready === true, undefined, { timeout: 30_000 });
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__wm!.map;
          // `repaint`: the map draws on until a large set's dots come (map/dotLayer.ts)
          const done = () =>
            map.loaded() && !map.isMoving() && !map.repaint ? resolve() : map.once('idle', () => resolve());
          if (map.isMoving()) map.once('moveend', () => map.once('idle', () => resolve()));
          else done();
        }),
    );
  }

  /** Let a camera flight finish and the map go idle. */
  async settle() {
    await this.page.waitForTimeout(100);
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__wm!.map;
          const check = () => {
            if (!map.isMoving() && map.loaded() && !map.repaint) resolve();
            else map.once('idle', check);
          };
          setTimeout(check, 50);
        }),
    );
  }

  // ---- the camera

  async camera(): Promise<Camera> {
    return this.page.evaluate(() => {
      const m = window.__wm!.map;
      const c = m.getCenter();
      return { lng: c.lng, lat: c.lat, zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
    });
  }

  /** Pan, zoom, rotate and tilt the map to a view at once (as a viewer's dragging ends up). */
  async moveTo(view: View) {
    await this.page.evaluate((view) => window.__wm!.map.jumpTo(view), view);
  }

  /** Press a key and say whether the camera flew to the next step (rather than jumped). */
  async fliesWhenPressing(key: string): Promise<boolean> {
    // the camera's 'move' events from the key until the map comes to rest: a flight draws many
    // frames in between, a jump one (counted, not sampled at a moment: a loaded machine may
    // start the flight a few frames after the key)
    await this.page.evaluate(() => {
      const w = window as unknown as { __moves: number };
      w.__moves = 0;
      window.__wm!.map.on('move', () => w.__moves++);
    });
    await this.page.keyboard.press(key);
    await this.page.waitForTimeout(300);
    await this.settle();
    const moves = await this.page.evaluate(() => (window as unknown as { __moves: number }).__moves);
    return moves > 3;
  }

  /** Before the page opens: count the camera's moves from the map's first load on (read with `opening`). */
  async watchTheOpening() {
    await this.page.addInitScript(() => {
      const seen = { moves: 0, zoomAtLoad: -1 };
      (window as unknown as { __open: typeof seen }).__open = seen;
      let current: Window['__wm'];
      Object.defineProperty(window, '__wm', {
        configurable: true,
        get: () => current,
        set: (v: Window['__wm']) => {
          if (v && v !== current) {
            v.map.once('load', () => {
              seen.zoomAtLoad = v.map.getZoom();
              v.map.on('move', () => seen.moves++);
            });
          }
          current = v;
        },
      });
    });
  }

  /** How the map opened, as watched since `watchTheOpening`. */
  async opening(): Promise<Opening> {
    return this.page.evaluate(() => ({
      ...(window as unknown as { __open: { moves: number; zoomAtLoad: number } }).__open,
      zoom: window.__wm!.map.getZoom(),
    }));
  }

  // ---- what the map draws

  /** Number of distinct colours in a grid of samples read back from the WebGL canvas. */
  async distinctColours(): Promise<number> {
    return this.page.evaluate(() => {
      const canvas = window.__wm!.map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext;
      const w = gl.drawingBufferWidth;
      const h = gl.drawingBufferHeight;
      const px = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
      const seen = new Set<number>();
      for (let y = 0; y < h; y += 4) {
        for (let x = 0; x < w; x += 4) {
          const o = (y * w + x) * 4;
          seen.add((px[o] << 16) | (px[o + 1] << 8) | px[o + 2]);
        }
      }
      return seen.size;
    });
  }

  /**
   * Distinct colours a person sees in a strip across the top of the map (a page screenshot, so
   * what the browser composited, not what WebGL drew): a strip the page failed to show is one flat colour.
   */
  async coloursAtTop(height = 120): Promise<number> {
    const box = (await this.area().boundingBox())!;
    // the whole viewport, cropped while counting: a clipped capture is composited afresh and hides the fault
    return pngColours(this.page, await this.page.screenshot(), {
      x: box.x,
      y: box.y,
      width: box.width,
      height,
    });
  }

  /**
   * Sample points of the map where the page shows no map at all (what the browser composited, not
   * what WebGL drew): for one capture the page's own background is magenta, so a part of the map
   * the browser failed to show is magenta. Panels drawn over the map are not holes.
   */
  async holes(): Promise<number> {
    const box = (await this.area().boundingBox())!;
    await this.page.evaluate(() => {
      document.body.style.background = '#ff00ff';
      return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    try {
      return (await samplePng(this.page, await this.page.screenshot(), box, false)).magenta;
    } finally {
      await this.page.evaluate(() => document.body.style.removeProperty('background'));
    }
  }

  private async rendered(layer: string): Promise<number> {
    return this.page.evaluate(
      (layer) => window.__wm!.map.queryRenderedFeatures(undefined, { layers: [layer] }).length,
      layer,
    );
  }

  /** How many pieces of the emphasised Syria–Iraq border are drawn. */
  async syriaIraqBorderDrawn(): Promise<number> {
    return this.rendered('border-syria-iraq');
  }

  /** How many convoy movement lines are drawn. */
  async movementsDrawn(): Promise<number> {
    return this.rendered('movement-line');
  }

  /** Whether a layer is shown ("visible") or switched off ("none"). */
  async layerVisibility(layer: string): Promise<string> {
    return this.page.evaluate(
      (id) => (window.__wm!.map.getLayoutProperty(id, 'visibility') as string | undefined) ?? 'visible',
      layer,
    );
  }

  private async labels(layer: string): Promise<Label[]> {
    return this.page.evaluate((layer) => {
      const feats = window.__wm!.map.queryRenderedFeatures(undefined, { layers: [layer] });
      return feats.map((f) => ({
        id: String(f.properties.id ?? ''),
        name_en: String(f.properties.name_en),
        name_ar: String(f.properties.name_ar),
      }));
    }, layer);
  }

  /** The place labels drawn: their ids and both names. */
  async placeLabels(): Promise<Label[]> {
    return this.labels('place-labels');
  }

  /** The country labels drawn. */
  async countryLabels(): Promise<Label[]> {
    return this.labels('country-labels');
  }

  /** The names a place label is written with, in the order it writes them (e.g. ["name_ar", "name_en"]). */
  async labelNameOrder(): Promise<string[]> {
    const field = await this.page.evaluate(() =>
      JSON.stringify(window.__wm!.map.getLayoutProperty('place-labels', 'text-field')),
    );
    return [...new Set(field.match(/name_(?:ar|en)/g) ?? [])];
  }

  /** The status word a place's rendered label carries (English), or undefined when it is not drawn. */
  async statusWordOf(id: string): Promise<string | undefined> {
    return this.page.evaluate((id) => {
      const label = window
        .__wm!.map.queryRenderedFeatures(undefined, { layers: ['place-labels'] })
        .find((f) => f.properties.id === id);
      return label === undefined ? undefined : String(label.properties.status_en);
    }, id);
  }

  /** How the map shows a story place (its status, whether it is selected). */
  async placeState(id: string): Promise<Record<string, unknown>> {
    return this.page.evaluate(
      (id) => window.__wm!.map.getFeatureState({ source: 'places', id }) as Record<string, unknown>,
      id,
    );
  }

  /**
   * Labels drawn over another place's marker: for each marker on screen, the place labels whose
   * rendered box covers its centre (a label over its own marker does not count).
   */
  async labelsOverMarkers(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__wm!.map;
      const out: string[] = [];
      for (const m of map.queryRenderedFeatures(undefined, { layers: ['place-icons'] })) {
        if (m.geometry.type !== 'Point') continue;
        const p = map.project(m.geometry.coordinates as [number, number]);
        const labels = map.queryRenderedFeatures(
          [
            [p.x - 2, p.y - 2],
            [p.x + 2, p.y + 2],
          ],
          { layers: ['place-labels'] },
        );
        for (const l of labels)
          if (l.properties.id !== m.properties.id)
            out.push(`${String(l.properties.name_en)} over ${String(m.properties.name_en)}`);
      }
      return [...new Set(out)];
    });
  }

  /**
   * How the page's glyph canvas draws "(": MapLibre rasterises each label glyph on an
   * OffscreenCanvas, which takes the document element's direction. Returns the bracket as it
   * comes out ("(" when right, ")" when mirrored), told apart by where its ink bulges.
   */
  async glyphBracket(): Promise<string> {
    return this.page.evaluate(() => {
      const ctx = new OffscreenCanvas(60, 60).getContext('2d')!;
      ctx.font = '40px sans-serif';
      ctx.textAlign = 'left';
      ctx.fillText('(', 10, 45);
      const d = ctx.getImageData(0, 0, 60, 60).data;
      const ink = (y: number) => {
        for (let x = 0; x < 60; x++) if (d[(y * 60 + x) * 4 + 3] > 128) return x;
        return -1;
      };
      let top = 0;
      while (top < 60 && ink(top) < 0) top++;
      // "(" bulges left: its middle starts further left than its top
      return ink(top + 14) < ink(top + 3) ? '(' : ')';
    });
  }

  /** Ids of event points the map actually draws (visible in the range, category shown), over the whole region. */
  async eventPointsDrawn(): Promise<string[]> {
    await this.page.evaluate(() => window.__wm!.map.fitBounds([35, 31.6, 43.4, 38], { duration: 0 }));
    await this.settle();
    return this.page.evaluate(() => {
      const m = window.__wm!.map;
      // hidden badges keep their place in the tiles with radius 0 (feature-state `hidden`); the
      // free points' layer holds every point, and the GPU layer draws those the range shows
      return m
        .queryRenderedFeatures(undefined, { layers: ['events-at-places', 'events-free'] })
        .filter((f) => f.state?.hidden !== true && window.__wm!.pointShown(Number(f.id)))
        .map((f) => String(window.__wm!.pointId(Number(f.id))));
    });
  }

  /**
   * What the GPU drew for the free event points, read from the map's pixels over the whole region:
   * the map is drawn with and without the points' layer, and at each point standing clear of the
   * others (no other point within 16 px, no label, marker or current-event ring within 8 px) the
   * pixel at its centre is compared with its colour at the fill's 80 % over what lies under it.
   * Returns the ids found painted, and (as lines saying what the pixel was) the points found
   * unpainted though shown, and painted though the range or categories hide them.
   */
  async eventDotPixels(): Promise<{ painted: string[]; missing: string[]; stray: string[] }> {
    await this.page.evaluate(() => window.__wm!.map.fitBounds([35, 31.6, 43.4, 38], { duration: 0 }));
    await this.settle();
    return this.page.evaluate(async () => {
      const m = window.__wm!.map;
      const src = m.getCanvas();
      const ratio = src.width / src.clientWidth;
      /** The map drawn with the points' layer shown or not, as a pixel reader. */
      const drawnWith = (visibility: 'visible' | 'none') =>
        new Promise<(x: number, y: number) => number[]>((resolve) => {
          m.setLayoutProperty('event-dots', 'visibility', visibility);
          m.once('render', () => {
            const c = document.createElement('canvas');
            [c.width, c.height] = [src.width, src.height];
            const ctx = c.getContext('2d', { willReadFrequently: true })!;
            ctx.drawImage(src, 0, 0);
            resolve((x, y) => {
              const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
              return [d[0], d[1], d[2]];
            });
          });
          m.triggerRepaint();
        });
      const without = await drawnWith('none');
      const withDots = await drawnWith('visible');
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const diff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
      const points = m
        .queryRenderedFeatures(undefined, { layers: ['events-free'] })
        .filter((f) => f.geometry.type === 'Point')
        .map((f) => {
          const at = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
          return {
            id: String(window.__wm!.pointId(Number(f.id))),
            shown: window.__wm!.pointShown(Number(f.id)),
            color: rgb(String(f.properties.color)),
            x: at.x,
            y: at.y,
            order: Number(f.id),
          };
        });
      const out = { painted: [] as string[], missing: [] as string[], stray: [] as string[] };
      for (const p of points) {
        if (p.x < 16 || p.y < 16 || p.x > src.clientWidth - 16 || p.y > src.clientHeight - 16) continue;
        // points at the same spot are drawn in id order; any other point near is too close
        const same = points.filter((q) => Math.hypot(q.x - p.x, q.y - p.y) < 1);
        if (points.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < 16 && !same.includes(q))) continue;
        // labels and markers are drawn over the points
        const near = m.queryRenderedFeatures([
          [p.x - 8, p.y - 8],
          [p.x + 8, p.y + 8],
        ]);
        const over = (f: (typeof near)[number]) =>
          f.layer.type === 'symbol' || /^(events-at|current-|place-|towns|routes|movement)/.test(f.layer.id);
        if (near.some(over)) continue;
        const under = without(p.x, p.y);
        const seen = withDots(p.x, p.y);
        // what the spot shows with `p` drawn (or not) over the other points shown there
        const drawn = (includeP: boolean) =>
          same
            .filter((q) => q.shown || (includeP && q === p))
            .sort((a, b) => a.order - b.order)
            .reduce((below, q) => q.color.map((v, i) => 0.8 * v + 0.2 * below[i]), under);
        const why = `${p.id} at ${Math.round(p.x)},${Math.round(p.y)}: rgb(${seen.join(',')}), with the point rgb(${drawn(true).map(Math.round).join(',')}), without rgb(${under.join(',')})`;
        const top = same.filter((q) => q.shown).sort((a, b) => b.order - a.order)[0];
        if (top === p) {
          if (diff(seen, drawn(true)) <= 12) out.painted.push(p.id);
          else out.missing.push(why);
        } else if (!top && diff(seen, drawn(false)) > 12) out.stray.push(why);
      }
      return out;
    });
  }

  /** The event the map marks as the timeline's current one (ring and dot over the labels), if any. */
  async currentEventMarked(): Promise<string | null> {
    return this.page.evaluate(() => {
      const [f] = window.__wm!.map.queryRenderedFeatures(undefined, { layers: ['current-event-dot'] });
      return f ? String(f.properties.id) : null;
    });
  }

  /** Each drawn event point's colour and size factor, by event id (what its paint reads). */
  async eventPointLooks(): Promise<Record<string, { color: string; k: number }>> {
    await this.eventPointsDrawn();
    return this.page.evaluate(() => {
      const m = window.__wm!.map;
      const out: Record<string, { color: string; k: number }> = {};
      for (const f of m.queryRenderedFeatures(undefined, { layers: ['events-at-places', 'events-free'] }))
        out[String(window.__wm!.pointId(Number(f.id)))] = {
          color: String(f.properties.color),
          k: Number(f.properties.k ?? 1),
        };
      return out;
    });
  }

  /** The points a viewer cannot see: off the map, or under a panel, the legend, the timeline, a sheet or a map control. */
  async hiddenPoints(points: StoryPoint[]): Promise<HiddenPoint[]> {
    return this.page.evaluate(
      ({ points, covering }) => {
        const map = window.__wm!.map;
        const box = map.getContainer().getBoundingClientRect();
        const covers = Object.entries(covering).flatMap(([what, selector]) =>
          Array.from(document.querySelectorAll<HTMLElement>(selector))
            .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
            .map((el) => ({ what, r: el.getBoundingClientRect() })),
        );
        const out: { name: string; x: number; y: number; why: string }[] = [];
        for (const p of points) {
          const q = map.project([p.lon, p.lat]);
          const x = box.left + q.x;
          const y = box.top + q.y;
          const off = x < box.left || x > box.right || y < box.top || y > box.bottom;
          const under = covers.find(({ r }) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
          if (off || under)
            out.push({
              name: p.name,
              x: Math.round(x),
              y: Math.round(y),
              why: off ? 'off the map' : under!.what,
            });
        }
        return out;
      },
      { points, covering: COVERING },
    );
  }

  /** Pairs of the things that cover the map which lie over one another ("legend / presentation bar"). */
  async overlappingCovers(): Promise<string[]> {
    return this.page.evaluate((covering) => {
      const covers = Object.entries(covering).flatMap(([what, selector]) =>
        Array.from(document.querySelectorAll<HTMLElement>(selector))
          .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
          .map((el) => ({ what, r: el.getBoundingClientRect() })),
      );
      const out: string[] = [];
      covers.forEach((a, i) =>
        covers.slice(i + 1).forEach((b) => {
          if (a.what === b.what) return;
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 0 && y > 0) out.push(`${a.what} / ${b.what}`);
        }),
      );
      return out;
    }, COVERING);
  }

  // ---- clicking the map

  /** Where a point of the map is on the page, from its position on the canvas. */
  private async onPage(pt: { x: number; y: number }): Promise<{ x: number; y: number }> {
    const box = await this.canvas().boundingBox();
    return { x: box!.x + pt.x, y: box!.y + pt.y };
  }

  /** Screen position of a place, for clicking it. */
  async placePoint(id: string): Promise<{ x: number; y: number }> {
    const pt = await this.page.evaluate((id) => {
      const m = window.__wm!.map;
      const f = m.querySourceFeatures('places').find((f) => f.properties.id === id);
      if (!f || f.geometry.type !== 'Point') throw new Error(`place ${id} not on the map`);
      const p = m.project(f.geometry.coordinates as [number, number]);
      return { x: p.x, y: p.y };
    }, id);
    return this.onPage(pt);
  }

  async clickPlace(id: string) {
    const p = await this.placePoint(id);
    await this.page.mouse.click(p.x, p.y);
  }

  /**
   * Click the first of these events whose own point (a free point) the map shows uncovered, as a
   * person would; returns its id, or null when every one is off the map or under a panel.
   */
  async clickEventPoint(ids: readonly string[]): Promise<string | null> {
    await this.settle(); // not mid-flight: the point must be where it is clicked
    const hit = await this.page.evaluate((ids) => {
      const m = window.__wm!.map;
      const box = m.getCanvas().getBoundingClientRect();
      const drawn = m.queryRenderedFeatures(undefined, { layers: ['events-free'] });
      for (const id of ids) {
        const f = drawn.find((f) => window.__wm!.pointId(Number(f.id)) === id);
        if (!f || f.geometry.type !== 'Point') continue;
        const p = m.project(f.geometry.coordinates as [number, number]);
        if (document.elementFromPoint(box.left + p.x, box.top + p.y) === m.getCanvas())
          return { id, x: p.x, y: p.y };
      }
      return null;
    }, ids);
    if (!hit) return null;
    const p = await this.onPage(hit);
    await this.page.mouse.click(p.x, p.y);
    return hit.id;
  }

  /** Click the map where a longitude and latitude are. */
  async clickAt(lngLat: [number, number]) {
    const pt = await this.page.evaluate((lngLat) => {
      const p = window.__wm!.map.project(lngLat);
      return { x: p.x, y: p.y };
    }, lngLat);
    const p = await this.onPage(pt);
    await this.page.mouse.click(p.x, p.y);
  }
}
