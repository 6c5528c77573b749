/**
 * Domain actions and readings on the running app. Specs say what a person does
 * ("step to the next event", "open Qasrak's card"); the driver knows how. It is composed by
 * area, each in e2e/driver/: the map, the timeline, the panel and its cards, the filters, the
 * event list, data import and export, presentation mode, and faults given to the browser.
 * Page-wide things (opening a link, the keyboard's focus, the clipboard, accessibility) are here.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { DataFiles, EventList, Filters } from './driver/analysis';
import { Faults, Hostile } from './driver/faults';
import { settledUrl } from './driver/link';
import { MapView, pngColours } from './driver/map';
import { PackHost } from './driver/packs';
import { Cards, Panel } from './driver/panel';
import { Slides } from './driver/present';
import { Timeline } from './driver/timeline';

export type { Camera, HiddenPoint, StoryPoint, View } from './driver/map';
export type { StoryStep } from './driver/analysis';

/** The element the keyboard is on: its tag, its accessible name as labelled, its role. */
export interface Focused {
  tag: string;
  name: string;
  role: string | null;
}

export class MapDriver {
  readonly map: MapView;
  readonly timeline: Timeline;
  readonly panel: Panel;
  readonly cards: Cards;
  readonly filters: Filters;
  readonly list: EventList;
  readonly data: DataFiles;
  readonly slides: Slides;
  readonly faults: Faults;
  readonly hostile: Hostile;
  readonly packs: PackHost;

  constructor(readonly page: Page) {
    this.map = new MapView(page);
    this.timeline = new Timeline(page, this.map);
    this.panel = new Panel(page);
    this.cards = new Cards(page);
    this.filters = new Filters(page);
    this.list = new EventList(page);
    this.data = new DataFiles(page);
    this.slides = new Slides(page);
    this.faults = new Faults(page);
    this.packs = new PackHost(page);
    this.hostile = new Hostile(page);
  }

  // ---- links and tabs

  /** Open the app with a link's query (e.g. "?event=E07") and wait for the map to be drawn. */
  async open(query = '') {
    await this.page.goto(`/${query}`);
    await this.map.waitUntilIdle();
  }

  /** Open a link in a fresh tab of the same browser, as a person pasting it would; wait for its map. */
  async openInNewTab(link: string): Promise<MapDriver> {
    const fresh = new MapDriver(await this.page.context().newPage());
    await fresh.page.goto(link);
    await fresh.map.waitUntilIdle();
    return fresh;
  }

  async close() {
    await this.page.close();
  }

  /** The page's link, once the app has written its latest view state to it. */
  async link(): Promise<URL> {
    return settledUrl(this.page);
  }

  /** What the clipboard holds (after "Copy link" or "Copy embed code"). */
  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  // ---- the page as a whole

  /** The document element: its `lang` is the interface's language. */
  root(): Locator {
    return this.page.locator('html');
  }

  /** The body: its `dir` is the interface's direction. */
  body(): Locator {
    return this.page.locator('body');
  }

  /** Click the page at a point, away from any control (as a presenter clicks before using a slide clicker). */
  async clickPage(position: { x: number; y: number }) {
    await this.body().click({ position });
  }

  /** What shows the story works: the timeline's event slider (English or Arabic) or, presenting, the slide counter. */
  stepIndicator(): Locator {
    return this.page.locator(
      '[role=slider][aria-label="Event"], [role=slider][aria-label="الحدث"], .present__progress',
    );
  }

  /** How far the page is wider than the window (0 or less: no sideways scrolling). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  /** The boxes of every element a locator matches, as laid out now. */
  async boxesOf(elements: Locator): Promise<{ x: number; y: number; width: number; height: number }[]> {
    return elements.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  }

  // ---- the keyboard's focus

  /** The element the keyboard is on. */
  async focused(): Promise<Focused> {
    return this.page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a) return { tag: '', name: '', role: null };
      const label =
        a.getAttribute('aria-label') ??
        (a.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent : null) ??
        a.closest('label')?.textContent ??
        a.textContent ??
        '';
      return { tag: a.tagName.toLowerCase(), name: label.trim(), role: a.getAttribute('role') };
    });
  }

  /** Press Tab until the focused element matches; fails if it is not reachable in `max` presses. */
  async tabTo(match: (el: Focused) => boolean, max = 80) {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if (match(await this.focused())) return;
    }
    throw new Error('not reachable with Tab');
  }

  /** The outline style of the focused element (focus is visible unless "none"). */
  async focusOutline(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  }

  // ---- what a person can read

  /** axe-core on the page as a person sees it (the map canvas itself is an image region): each violation with where it is. */
  async accessibilityViolations(): Promise<string[]> {
    const r = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    return r.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  }

  /** WCAG contrast of an element's text against what is behind it (its own and its ancestors' backgrounds). */
  async textContrast(element: Locator): Promise<number> {
    return element.evaluate((el) => {
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

  /** Distinct colours in a PNG (a saved snapshot): a blank image has one or two. */
  async imageColours(png: Buffer): Promise<number> {
    return pngColours(this.page, png);
  }

  async screenshot(name: string) {
    mkdirSync('e2e/screenshots', { recursive: true });
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }
}
