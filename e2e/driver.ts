/**
 * Domain actions and readings on the running app. Specs say what a person does
 * ("step to the next event", "open Qasrak's card"); this file knows how.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export class MapDriver {
  constructor(readonly page: Page) {}

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
          const done = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve()));
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
          seen.add((px[o]! << 16) | (px[o + 1]! << 8) | px[o + 2]!);
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
    return this.page.evaluate((id) => window.__wm!.map.getFeatureState({ source: 'places', id }), id);
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
    return this.page.locator('.elist__btn').evaluateAll((els) => els.map((e) => e.getAttribute('data-event') ?? ''));
  }

  async screenshot(name: string) {
    mkdirSync('e2e/screenshots', { recursive: true });
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }
}
