/** The analysis tab: the filters and their count, the event list, and bringing data in and out. */
import type { Locator, Page } from '@playwright/test';
import { settledUrl } from './link';
import type { StoryPoint } from './map';

/** A story event as the data files give it, with the coordinates a viewer should see for it. */
export interface StoryStep {
  id: string;
  title: { en: string; ar: string };
  /**
   * Its places, its own point and the waypoints of the routes its convoys used; for a step with none
   * of these, the story's bases (such a step shows the whole story).
   */
  points: StoryPoint[];
}

export class Filters {
  constructor(private readonly page: Page) {}

  /** The count the filters show ("6 of 24 events"). */
  count(): Locator {
    return this.page.locator('.filters__count');
  }

  /** A category's toggle (its name as the data writes it), with its colour dot, name and count. */
  category(name: string): Locator {
    return this.page.locator(`.cats [data-category=${JSON.stringify(name)}]`);
  }

  /**
   * Type a date into the range's From or To field, as a person does (DD/MM/YYYY): the one in the
   * timeline, or on a phone the one in the filters tab.
   */
  async typeDate(which: 'from' | 'to', text: string) {
    const field = this.page.locator('.datefield__input:visible').nth(which === 'from' ? 0 : 1);
    await field.click();
    await field.fill(text);
    await field.press('Tab');
  }

  /** Under the range: which days' events are loaded, when a pack is read a range at a time. */
  loadedDays(): Locator {
    return this.page.locator('.range__loaded');
  }

  /** The range bar's hatched stretches: days whose events are not loaded. */
  unloadedDays(): Locator {
    return this.page.locator('.range__unloaded');
  }

  /** The bars of the days not loaded (from the pack's counts per day): an SVG path, empty when none. */
  unloadedBars(): Locator {
    return this.page.locator('.range__bars--unloaded');
  }

  /** The dataset's categories, in the order the filters show them. */
  async categories(): Promise<string[]> {
    return this.page
      .locator('.cats [data-category]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-category') ?? ''));
  }

  /** The histogram's unit ("events per week"). */
  histogramUnit(): Locator {
    return this.page.locator('.range__unit');
  }

  /** Set one end of the date range with the calendar (the browser's picker fills its date field). */
  async pickDate(which: 'from' | 'to', iso: string) {
    await this.page
      .locator(`input[data-picker="${which === 'from' ? 'lo' : 'hi'}"]`)
      .fill(iso, { force: true });
  }

  /** The filter the page applies: the link's range and the count the filters show. */
  async applied(): Promise<{ from: string | null; to: string | null; count: string }> {
    const url = await settledUrl(this.page);
    return {
      from: url.searchParams.get('from'),
      to: url.searchParams.get('to'),
      count: (await this.count().textContent()) ?? '',
    };
  }

  // ---- the data's own columns (analysis/Facets.tsx)

  /** The "Filter by column" group, in either language. */
  columns(): Locator {
    return this.page.getByRole('group', { name: /^(Filter by column|التصفية حسب الأعمدة)$/ });
  }

  /** One column's section, folded or open, by the column's name as the data writes it. */
  column(name: string): Locator {
    return this.columns()
      .locator('details')
      .filter({ has: this.page.locator('summary').getByText(name, { exact: true }) });
  }

  /** Open a column's section from the keyboard (Enter on its summary) unless it is open. */
  async openColumn(name: string) {
    const section = this.column(name);
    if ((await section.getAttribute('open')) !== null) return;
    await section.locator('summary').focus();
    await this.page.keyboard.press('Enter');
    await section.and(this.page.locator('details[open]')).waitFor();
  }

  /** A checkbox named for a value and its count (relative: used inside `has`). */
  private valueCheckbox(value: string): Locator {
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('checkbox', { name: new RegExp(`^${escaped} [\\d,]+$`) });
  }

  /** A value's row in an open column: its checkbox, the value and its count. */
  private valueRow(column: string, value: string): Locator {
    return this.column(column)
      .locator('label')
      .filter({ has: this.valueCheckbox(value) });
  }

  /** A value's checkbox in an open column (its accessible name: the value, then its count). */
  columnValue(column: string, value: string): Locator {
    return this.valueRow(column, value).getByRole('checkbox');
  }

  /** The count beside a value: events it would keep among the other filters. */
  columnValueCount(column: string, value: string): Locator {
    return this.valueRow(column, value).locator('.cat__n');
  }

  /** Tick or untick a value from the keyboard (Space on its checkbox). */
  async toggleColumnValue(column: string, value: string) {
    await this.columnValue(column, value).focus();
    await this.page.keyboard.press('Space');
  }

  /** One end of a number column's range, by its label ("At least", "At most", or the Arabic). */
  numberField(column: string, end: string): Locator {
    return this.column(column).getByRole('textbox', { name: end, exact: true });
  }

  /** Type a number into one end of a range and press Enter, as a person would. */
  async typeNumber(column: string, end: string, text: string) {
    await this.numberField(column, end).focus();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Backspace');
    if (text) await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The error said under a number field (none when the number applied). */
  numberError(column: string, end: string): Locator {
    return this.column(column)
      .locator('.numfield')
      .filter({ has: this.page.getByRole('textbox', { name: end, exact: true }) })
      .getByRole('alert');
  }

  /** What a finger aims at in a column's section: its summary, value rows, search and number fields. */
  columnTargets(column: string): Locator {
    return this.column(column).locator(
      'summary, label:has(input[type=checkbox]), input[type=search], input[type=text]',
    );
  }

  /** The direction a value's text is laid out in (the data's words keep their own). */
  async columnValueDirection(column: string, value: string): Promise<string> {
    return this.valueRow(column, value)
      .getByText(value, { exact: true })
      .evaluate((el) => getComputedStyle(el).direction);
  }

  /** The chip of an active filter on a column (its text: the column's name and what is kept). */
  activeColumnFilter(column: string): Locator {
    return this.page
      .getByRole('list', { name: /^(Active filters|عوامل التصفية النشطة)$/ })
      .getByRole('listitem')
      .filter({ hasText: column });
  }

  /** Remove an active filter with its chip's ✕. */
  async removeActiveColumnFilter(column: string) {
    await this.activeColumnFilter(column).getByRole('button').click();
  }

  /** "Clear all" under the chips. */
  async clearAll() {
    await this.page.getByRole('button', { name: /^(Clear all|مسح الكل)$/ }).click();
  }

  /** The column filters the link states: facet values (fv) and number ranges (fr), as written. */
  async columnsInLink(): Promise<{ fv: string | null; fr: string | null }> {
    const url = await settledUrl(this.page);
    return { fv: url.searchParams.get('fv'), fr: url.searchParams.get('fr') };
  }
}

export class EventList {
  constructor(private readonly page: Page) {}

  /** An event's row (its button) in the list, once the list has rendered it. */
  row(id: string): Locator {
    return this.page.locator(`.elist__btn[data-event="${id}"]`);
  }

  /** The current event's row, once the list has drawn it. */
  current(): Locator {
    return this.page.locator('.elist__btn[aria-current="true"]');
  }

  /** The row at a position in the list's order (1 is the first), once the list has drawn it. */
  at(position: number): Locator {
    return this.page.locator(`[role="listitem"][aria-posinset="${position}"] .elist__btn`);
  }

  /** The row that has the keyboard focus. */
  focused(): Locator {
    return this.page.locator('.elist__btn:focus');
  }

  /** The position (1 is the first) of the row that has the keyboard focus. */
  async focusedPosition(): Promise<number> {
    const row = this.page.locator('[role="listitem"]:has(.elist__btn:focus)');
    return Number(await row.getAttribute('aria-posinset'));
  }

  /** Scroll the panel (not the list) until the whole list is on screen, as a reader would with the wheel. */
  async reveal() {
    await this.page.locator('.elist__scroll').evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  }

  /** Scroll the virtualised event list until a row is rendered. */
  async scrollTo(id: string) {
    const scroller = this.page.locator('.elist__scroll');
    for (let i = 0; i < 200; i++) {
      if ((await this.row(id).count()) > 0) return;
      await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight / 2));
      await this.page.waitForTimeout(30);
    }
    throw new Error(`event ${id} never appeared in the list`);
  }

  /** The ids of the events the list shows, in its order. */
  async events(): Promise<string[]> {
    // the list is a lazy chunk: wait until it is there (it renders even when empty)
    await this.page.locator('.elist').waitFor();
    // the virtualiser renders its rows once it has measured the scroller (a frame later)
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return this.rowsNow();
  }

  /** The ids of the rows rendered at this moment (for polling). */
  async rowsNow(): Promise<string[]> {
    return this.page
      .locator('.elist__btn')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event') ?? ''));
  }
}

/** The story's data files, and the viewer's own: import, its report, export. */
export class DataFiles {
  constructor(private readonly page: Page) {}

  /** Choose files to import, as the "Import" button's file dialog would. */
  async import(files: Parameters<Locator['setInputFiles']>[0]) {
    await this.page.locator('input[type=file]').setInputFiles(files);
  }

  /** What the page says about a `data` link it could not load. */
  linkProblem(): Locator {
    return this.page.locator('.link-notice__data');
  }

  /** The mapping step (a dialog) for a file of no known format. */
  mappingStep(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The mapping step's choice of column for one part of an event, by its label ("Date", "Latitude"…). */
  mappingChoice(label: string): Locator {
    return this.mappingStep().getByRole('combobox', { name: label, exact: true });
  }

  /** The mapping step's count of the rows each choice would keep. */
  mappingSummary(): Locator {
    return this.mappingStep().getByRole('status');
  }

  /** The report on the last import: rows loaded, rows rejected and why. */
  report(): Locator {
    return this.page.locator('.report');
  }

  /** The bar that shows an import being read. */
  progress(): Locator {
    return this.page.getByRole('progressbar');
  }

  /** The line naming the dataset on show when it is not the story's own. */
  datasetName(): Locator {
    return this.page.locator('.io__dataset');
  }

  /** How many events the loaded dataset has (undefined until one has loaded). */
  async eventsLoaded(): Promise<number | undefined> {
    return this.page.evaluate(() => window.__wm?.events);
  }

  /** The shipped story, read from the data files the app serves. */
  async storySteps(): Promise<Map<string, StoryStep>> {
    const get = async <T>(file: string) => (await (await this.page.request.get(`/data/${file}`)).json()) as T;
    type Named = { id: string; name: { en: string } };
    const { places } = await get<{ places: (Named & { lon: number; lat: number; type: string })[] }>(
      'places.json',
    );
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
    const bases = places
      .filter((p) => p.type === 'base' || p.type === 'airbase')
      .map((p) => ({ name: p.name.en, lon: p.lon, lat: p.lat }));
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
        // a step with no place shows the whole story: the bases it is about are on the visible map
        if (points.length === 0) points.push(...bases);
        return [e.id, { id: e.id, title: e.title, points }];
      }),
    );
  }
}
