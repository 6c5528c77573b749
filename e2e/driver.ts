/**
 * Domain actions and readings on the running app. Specs say what a person does
 * ("step to the next event", "open Qasrak's card"); this file knows how.
 */
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** A story event as the data files give it, with the coordinates a viewer should see for it. */
export interface StoryStep {
  id: string;
  title: { en: string; ar: string };
  /** Its places, its own point and the waypoints of the routes its convoys used. */
  points: { name: string; lon: number; lat: number }[];
}

/** A point of the current step that a viewer cannot see, and why. */
export interface HiddenPoint {
  name: string;
  x: number;
  y: number;
  /** "off the map", or what covers it (e.g. "legend"). */
  why: string;
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

export class MapDriver {
  constructor(readonly page: Page) {}

  /** The shipped story, read from the data files the app serves. */
  async storySteps(): Promise<Map<string, StoryStep>> {
    const get = async <T>(file: string) => (await (await this.page.request.get(`/data/${file}`)).json()) as T;
    type Named = { id: string; name: { en: string } };
    const { places } = await get<{ places: (Named & { lon: number; lat: number })[] }>('places.json');
    const { routes } = await get<{ routes: (Named & { waypoints?: (string | [number, number])[] })[] }>(
      'routes.json',
    );
    const { events } = await get<{
      events: {
        id: string;
        title: { en: string; ar: string };
        places: string[];
        lon?: number;
        lat?: number;
        movements?: { route: string }[];
      }[];
    }>('events.json');
    const placeById = new Map(places.map((p) => [p.id, p]));
    const routeById = new Map(routes.map((r) => [r.id, r]));
    const at = (id: string) => {
      const p = placeById.get(id);
      return p ? [{ name: p.name.en, lon: p.lon, lat: p.lat }] : [];
    };
    return new Map(
      events.map((e) => {
        const points = e.places.flatMap(at);
        if (e.lon !== undefined && e.lat !== undefined)
          points.push({ name: `${e.id}'s own point`, lon: e.lon, lat: e.lat });
        for (const m of e.movements ?? []) {
          const r = routeById.get(m.route);
          for (const w of r?.waypoints ?? []) {
            if (typeof w === 'string') points.push(...at(w));
            else points.push({ name: `${m.route} waypoint`, lon: w[0], lat: w[1] });
          }
        }
        return [e.id, { id: e.id, title: e.title, points }];
      }),
    );
  }

  /** The points a viewer cannot see: off the map, or under a panel, the legend, the timeline, a sheet or a map control. */
  async hiddenPoints(points: StoryStep['points']): Promise<HiddenPoint[]> {
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

  /** The id of the event the timeline is on: from the link, or (before the first step) the current tick or card. */
  async currentEventId(): Promise<string | null> {
    return this.page.evaluate(
      () =>
        new URL(location.href).searchParams.get('event') ??
        document.querySelector<HTMLElement>('.timeline__tick.is-current, article.card--event')?.dataset
          .event ??
        null,
    );
  }

  slider() {
    return this.page.getByRole('slider', { name: /event|الحدث/i });
  }
  eventCard() {
    return this.page.locator('article.card--event');
  }
  placeCard() {
    return this.page.locator('article.card--place');
  }
  routeCard() {
    return this.page.locator('article.card--route');
  }

  async open(query = '') {
    await this.page.goto(`/${query}`);
    await this.waitForMapIdle();
  }

  /** Wait until the map has loaded its style and data and has finished rendering. */
  async waitForMapIdle() {
    await this.page.waitForFunction(() => window.__wm?.ready === true, undefined, { timeout: 30_000 });
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__wm!.map;
          const done = () =>
            map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve());
          if (map.isMoving()) map.once('moveend', () => map.once('idle', () => resolve()));
          else done();
        }),
    );
  }

  /** Step with the keyboard on the focused slider, then wait for the camera to settle. */
  async pressOnSlider(key: string) {
    await this.slider().focus();
    await this.page.keyboard.press(key);
    await this.settle();
  }

  /** Let a camera flight finish and the map go idle. */
  async settle() {
    await this.page.waitForTimeout(100);
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__wm!.map;
          const check = () => {
            if (!map.isMoving() && map.loaded()) resolve();
            else map.once('idle', check);
          };
          setTimeout(check, 50);
        }),
    );
  }

  async camera(): Promise<Camera> {
    return this.page.evaluate(() => {
      const m = window.__wm!.map;
      const c = m.getCenter();
      return { lng: c.lng, lat: c.lat, zoom: m.getZoom() };
    });
  }

  /** Number of distinct colours in a grid of samples read back from the WebGL canvas. */
  async distinctCanvasColours(): Promise<number> {
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

  /** Rendered label features of a layer: their ids and both names. */
  async renderedLabels(layer = 'place-labels'): Promise<{ id: string; name_en: string; name_ar: string }[]> {
    return this.page.evaluate((layer) => {
      const feats = window.__wm!.map.queryRenderedFeatures(undefined, { layers: [layer] });
      return feats.map((f) => ({
        id: String(f.properties.id ?? ''),
        name_en: String(f.properties.name_en),
        name_ar: String(f.properties.name_ar),
      }));
    }, layer);
  }

  /** Feature-state of a story place (status, selected). */
  async placeState(id: string): Promise<Record<string, unknown>> {
    return this.page.evaluate(
      (id) => window.__wm!.map.getFeatureState({ source: 'places', id }) as Record<string, unknown>,
      id,
    );
  }

  /** The status word a place's rendered label carries (English), or undefined when it is not drawn. */
  async labelStatus(id: string): Promise<string | undefined> {
    return this.page.evaluate((id) => {
      const label = window
        .__wm!.map.queryRenderedFeatures(undefined, { layers: ['place-labels'] })
        .find((f) => f.properties.id === id);
      return label === undefined ? undefined : String(label.properties.status_en);
    }, id);
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
    const box = await this.page.locator('.map canvas').boundingBox();
    return { x: box!.x + pt.x, y: box!.y + pt.y };
  }

  async clickPlace(id: string) {
    const p = await this.placePoint(id);
    await this.page.mouse.click(p.x, p.y);
  }

  /** Set one end of the date range with the calendar (the browser's picker fills its date field). */
  async pickDate(which: 'from' | 'to', iso: string) {
    await this.page
      .locator(`input[data-picker="${which === 'from' ? 'lo' : 'hi'}"]`)
      .fill(iso, { force: true });
  }

  /** The filter the page applies: the link's range and the count the filters show. */
  async appliedRange(): Promise<{ from: string | null; to: string | null; count: string }> {
    const url = new URL(this.page.url());
    return {
      from: url.searchParams.get('from'),
      to: url.searchParams.get('to'),
      count: (await this.page.locator('.filters__count').textContent()) ?? '',
    };
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
  async glyphCanvasBracket(): Promise<string> {
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

  /** WCAG contrast of an element's text against what is behind it (its own and its ancestors' backgrounds). */
  async textContrast(selector: string | Locator): Promise<number> {
    const loc = typeof selector === 'string' ? this.page.locator(selector) : selector;
    return loc.evaluate((el) => {
      const rgba = (c: string) =>
        (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number) as [number, number, number, number?];
      // composite backgrounds from the page down to the element
      const chain: Element[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.unshift(e);
      let bg: [number, number, number] = [255, 255, 255];
      for (const e of chain) {
        const [r, g, b, a = 1] = rgba(getComputedStyle(e).backgroundColor);
        bg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
      }
      const [r, g, b] = rgba(getComputedStyle(el).color);
      const lum = ([x, y, z]: number[]) =>
        [x, y, z]
          .map((c) => c / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          .reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
      const [hi, lo] = [lum([r, g, b]), lum(bg)].sort((p, q) => q - p);
      return (hi + 0.05) / (lo + 0.05);
    });
  }

  async openListTab() {
    await this.page.getByRole('tab', { name: /Events & filters/ }).click();
  }

  /** Ids of event points the map actually draws (visible in the range, category shown), over the whole region. */
  async visibleEventPoints(): Promise<string[]> {
    await this.page.evaluate(() => window.__wm!.map.fitBounds([35, 31.6, 43.4, 38], { duration: 0 }));
    await this.settle();
    return this.page.evaluate(() => {
      const m = window.__wm!.map;
      // hidden points keep their place in the tiles with radius 0 (feature-state `hidden`)
      return m
        .queryRenderedFeatures(undefined, { layers: ['events-at-places', 'events-free'] })
        .filter((f) => f.state?.hidden !== true)
        .map((f) => String(f.properties.id));
    });
  }

  /** Scroll the virtualised event list until a row is rendered. */
  async scrollListTo(id: string) {
    const scroller = this.page.locator('.elist__scroll');
    for (let i = 0; i < 200; i++) {
      if ((await this.page.locator(`.elist__btn[data-event="${id}"]`).count()) > 0) return;
      await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight / 2));
      await this.page.waitForTimeout(30);
    }
    throw new Error(`event ${id} never appeared in the list`);
  }

  async listedEvents(): Promise<string[]> {
    // the list is a lazy chunk: wait until it is there (it renders even when empty)
    await this.page.locator('.elist').waitFor();
    // the virtualiser renders its rows once it has measured the scroller (a frame later)
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return this.page
      .locator('.elist__btn')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event') ?? ''));
  }

  /**
   * Distinct colours in a PNG, decoded by the browser (a blank image has one or two). With a
   * strip, only its pixels where the map itself is on top of the page count.
   */
  async pngColours(
    bytes: Buffer,
    strip?: { x: number; y: number; width: number; height: number },
  ): Promise<number> {
    return this.page.evaluate(
      async ({ b64, strip }) => {
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
        const add = (o: number) => seen.add((px[o] << 16) | (px[o + 1] << 8) | px[o + 2]);
        if (!strip) {
          for (let i = 0; i < px.length; i += 4 * 7) add(i);
          return seen.size;
        }
        const canvas = window.__wm!.map.getCanvas();
        for (let y = Math.round(strip.y); y < strip.y + strip.height; y += 3) {
          for (let x = Math.round(strip.x); x < strip.x + strip.width; x += 3) {
            if (document.elementFromPoint(x, y) === canvas) add((y * c.width + x) * 4);
          }
        }
        return seen.size;
      },
      { b64: bytes.toString('base64'), strip },
    );
  }

  /**
   * Distinct colours a person sees in a strip across the top of the map (a page screenshot, so
   * what the browser composited, not what WebGL drew): a strip the page failed to show is one flat colour.
   */
  async coloursAtTopOfMap(height = 120): Promise<number> {
    const box = (await this.page.locator('.map').boundingBox())!;
    // the whole viewport, cropped while counting: a clipped capture is composited afresh and hides the fault
    return this.pngColours(await this.page.screenshot(), { x: box.x, y: box.y, width: box.width, height });
  }

  async screenshot(name: string) {
    mkdirSync('e2e/screenshots', { recursive: true });
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }
}
