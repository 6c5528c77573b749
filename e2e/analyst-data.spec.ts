/**
 * Analysts' own files, loaded as they come: ACLED, UCDP GED (with and without its header), GDELT
 * and timemap are recognised with no questions, keep their own categories, dates and precision,
 * and filter like the story does — in both languages and on a phone.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/** The ACLED sample's event ids of one event type, read from the file itself. */
const sampleIds = (type: string) =>
  Papa.parse<Record<string, string>>(readFileSync('public/examples/acled-sample.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  })
    .data.filter((r) => r.event_type === type)
    .map((r) => r.event_id_cnty);

test.describe('analysts’ formats load with no questions', () => {
  test('an ACLED export: its rows, its categories and their counts, a category filter, a card with its details', async ({
    app,
    page,
  }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/acled-sample.csv');
    const report = app.data.report();
    await expect(report).toContainText('Loaded 11 of 12 rows from acled-sample.csv');
    await expect(report).toContainText('Read as ACLED.');
    await expect(report).toContainText('Row 6 · event_date');
    await expect(app.filters.count()).toHaveText('11 of 11 events');

    // the dataset's own categories, commonest first, each with its count
    expect(await app.filters.categories()).toEqual([
      'Strategic developments',
      'Explosions/Remote violence',
      'Battles',
      'Protests',
      'Violence against civilians',
    ]);
    await expect(app.filters.category('Strategic developments')).toContainText('4');
    await expect(app.filters.category('Battles')).toContainText('2');
    // the legend names them too (the story's five are gone)
    await expect(app.map.legend()).toContainText('Explosions/Remote violence');
    await expect(app.map.legend()).not.toContainText('Base handover');
    // the dataset is shown as itself: its name in the header, the story's bases step aside
    await expect(page.getByRole('banner')).toContainText('Your data: acled-sample.csv');
    await expect(app.map.legend()).not.toContainText('Held by the coalition');
    const overlay = app.map
      .legend()
      .getByRole('checkbox', { name: 'Also show the story’s bases, routes and zone' });
    await overlay.check();
    await expect(app.map.legend()).toContainText('Held by the coalition');
    expect((await app.link()).searchParams.get('overlay')).toBe('story');
    await overlay.uncheck();
    await expect(app.map.legend()).not.toContainText('Held by the coalition');

    // one row has no coordinates: listed, not mapped
    expect(await app.map.eventPointsDrawn()).toHaveLength(10);
    // and the GPU paints them: each point standing clear of the rest shows its colour
    const all = await app.map.eventDotPixels();
    expect(all.missing, 'shown points not painted').toEqual([]);
    expect(all.painted.length).toBeGreaterThan(2);

    // switching a category off hides its events on the map and in the list; the link says so
    await app.filters.category('Strategic developments').click();
    await expect(app.filters.category('Strategic developments')).toHaveAttribute('aria-pressed', 'false');
    await expect(app.filters.count()).toHaveText('7 of 11 events');
    await expect.poll(async () => (await app.map.eventPointsDrawn()).length).toBeLessThan(10);
    // the category's points are no longer painted; the others still are
    const strategic = sampleIds('Strategic developments');
    const some = await app.map.eventDotPixels();
    expect(some.stray, 'hidden points painted').toEqual([]);
    expect(some.missing, 'shown points not painted').toEqual([]);
    expect(some.painted.filter((id) => strategic.includes(id))).toEqual([]);
    expect(some.painted.length).toBeGreaterThan(0);
    expect(all.painted.filter((id) => strategic.includes(id)).length).toBeGreaterThan(0);
    expect((await app.link()).searchParams.get('cat')).toContain('Battles');
    await app.screenshot('acled-filtered');

    // a point clicked on the map becomes the current event (the tiles name points by position: the
    // page maps that back to the event)
    await app.filters.category('Strategic developments').click();
    const before = await app.list.current().getAttribute('data-event');
    expect(before).not.toBeNull();
    const clicked = await app.map.clickEventPoint(all.painted.filter((id) => id !== before));
    expect(clicked, 'a painted point the viewer can click').not.toBeNull();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(clicked);
    await expect(app.list.row(clicked!)).toHaveAttribute('aria-current', 'true');

    // a card: the file's title, its notes, outlets named without links, its other columns
    await app.list.row('SYR900101').click();
    await app.panel.openEventTab();
    const card = app.cards.event();
    await expect(card).toContainText('Non-violent transfer of territory — Qasrak');
    await expect(card).toContainText('Example Local News');
    await expect(card).toContainText('Details');
    await expect(card).toContainText('actor1');
    await expect(card).toContainText('place known to within ~25 km');
    await expect(app.cards.eventLinksAndButtons().filter({ hasText: 'Example Local News' })).toHaveCount(0);
    await app.screenshot('acled-card');
  });

  test('colour the points by a column and size them by a number column: map, legend and link agree', async ({
    app,
  }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/acled-sample.csv');
    await expect(app.filters.count()).toHaveText('11 of 11 events');
    const legend = app.map.legend();
    await legend.getByRole('combobox', { name: 'Colour points by' }).selectOption('disorder_type');
    await expect(legend).toContainText('Events (dot colour = \u2068disorder_type\u2069)');
    expect((await app.link()).searchParams.get('color')).toBe('disorder_type');
    // as many colours on the map as the column has values among the drawn points
    const byColour = await app.map.eventPointLooks();
    expect(new Set(Object.values(byColour).map((l) => l.color)).size).toBeGreaterThan(1);
    await legend.getByRole('combobox', { name: 'Size points by' }).selectOption('fatalities');
    await expect(legend).toContainText('Dot size = \u2068fatalities\u2069');
    expect((await app.link()).searchParams.get('size')).toBe('fatalities');
    const sized = Object.values(await app.map.eventPointLooks()).map((l) => l.k);
    expect(Math.max(...sized)).toBeGreaterThan(Math.min(...sized));
    await app.screenshot('acled-colour-size');
    // back to categories, one size
    await legend.getByRole('combobox', { name: 'Colour points by' }).selectOption('');
    await legend.getByRole('combobox', { name: 'Size points by' }).selectOption('');
    await expect(legend).toContainText('Strategic developments');
    expect((await app.link()).searchParams.get('color')).toBeNull();
  });

  test('UCDP GED, with its header and without one, reads the same events', async ({ app }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/ucdp-ged-sample.csv');
    await expect(app.data.report()).toContainText('Loaded 6 of 7 rows from ucdp-ged-sample.csv');
    await expect(app.data.report()).toContainText('Read as UCDP GED.');
    const withHeader = await app.list.events();
    expect(await app.filters.categories()).toEqual([
      'Non-state conflict',
      'One-sided violence',
      'State-based conflict',
    ]);

    await app.data.import('public/examples/ucdp-ged-noheader.csv');
    await expect(app.data.report()).toContainText('Loaded 6 of 7 rows from ucdp-ged-noheader.csv');
    expect(await app.list.events()).toEqual(withHeader);
  });

  test('GDELT events and a timemap file load, and their rows without a place are listed, not mapped', async ({
    app,
  }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/gdelt-sample.CSV');
    await expect(app.data.report()).toContainText('Loaded 8 of 8 rows from gdelt-sample.CSV');
    await expect(app.data.report()).toContainText('Read as GDELT 2.0 events.');
    await expect(app.data.report()).toContainText('One event has no location and appears in the list only.');
    expect(await app.map.eventPointsDrawn()).toHaveLength(7);

    await app.data.import('public/examples/timemap-sample.json');
    await expect(app.data.report()).toContainText('Read as timemap.');
    await expect(app.filters.count()).toHaveText('4 of 4 events');
  });

  test('in Arabic, on a phone: the report is in Arabic and the English-only data reads left to right', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open('?tab=list&lang=ar');
    await app.data.import('public/examples/acled-sample.csv');
    const report = app.data.report();
    await expect(report).toContainText('قُرئ بصيغة');
    await expect(report).toContainText('ACLED');
    await expect(report).toContainText('الصف 6');
    // the sheet opens over the lower part of the map, with the list and its filters
    await app.panel.grip().click();
    await expect(app.panel.grip()).toHaveAttribute('aria-expanded', 'true');
    await expect(app.filters.count()).toContainText('11');
    await app.list.scrollTo('SYR900101');
    await app.list.row('SYR900101').click();
    await app.panel.openEventTab();
    const title = app.cards.eventTitle();
    await expect(title).toHaveText('Non-violent transfer of territory — Qasrak');
    // the English title keeps its own direction inside the right-to-left page
    expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await app.screenshot('acled-card-ar-phone');
  });
});

test.describe('any other table goes through a mapping step', () => {
  test('a newsroom sheet: the proposed columns, the counts, a change by keyboard, load; the European Excel copy restores the choices', async ({
    app,
    page,
  }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/newsroom-sheet.csv');
    const step = app.data.mappingStep();
    await expect(step).toBeVisible();
    await expect(step).toContainText('Which column is which?');
    await expect(app.data.mappingChoice('Date')).toHaveValue('Date');
    await expect(app.data.mappingChoice('Latitude')).toHaveValue('Latitude');
    await expect(app.data.mappingChoice('Longitude')).toHaveValue('Longitude');
    await expect(app.data.mappingChoice('Dates are written')).toHaveValue('dmy');
    await expect(app.data.mappingSummary()).toContainText(
      '10 would load; 0 have no readable date and would be left out; 1 has no location',
    );
    // nothing has loaded yet: the story is still there behind the dialog
    await expect.poll(() => app.data.eventsLoaded()).toBe(24);

    // by keyboard: the place name becomes the category, and back
    await app.data.mappingChoice('Category').focus();
    await page.keyboard.press('End');
    await expect(app.data.mappingChoice('Category')).not.toHaveValue('');
    await page.keyboard.press('Home');
    await expect(app.data.mappingChoice('Category')).toHaveValue('');
    await app.screenshot('mapping-step');
    await step.getByRole('button', { name: 'Load events' }).press('Enter');
    await expect(step).toBeHidden();
    await expect(app.data.report()).toContainText('Loaded 10 of 10 rows from newsroom-sheet.csv');
    await expect(app.filters.count()).toHaveText('10 of 10 events');
    // the row without coordinates is listed, not mapped
    expect(await app.map.eventPointsDrawn()).toHaveLength(9);

    // the same sheet saved by a European Excel (BOM, CRLF, semicolons, decimal commas)
    await app.data.import('public/examples/newsroom-sheet-excel-eu.csv');
    await expect(step).toContainText('Your choices for a file with these columns were restored.');
    // its decimal commas are read: the same nine rows have a location
    await expect(app.data.mappingSummary()).toContainText(
      '10 would load; 0 have no readable date and would be left out; 1 has no location',
    );
    await step.getByRole('button', { name: 'Load events' }).click();
    await expect(app.filters.count()).toHaveText('10 of 10 events');
    expect(await app.map.eventPointsDrawn()).toHaveLength(9);
  });

  test('GeoJSON from geojson.io, in Arabic: its properties are mapped, Cancel keeps the story', async ({
    app,
  }) => {
    await app.open('?tab=list&lang=ar');
    await app.data.import('public/examples/places-geojsonio.geojson');
    const step = app.data.mappingStep();
    await expect(step).toContainText('أيّ عمود لأيّ معلومة؟');
    await step.getByRole('button', { name: 'إلغاء' }).click();
    await expect(step).toBeHidden();
    await expect.poll(() => app.data.eventsLoaded()).toBe(24);

    await app.data.import('public/examples/places-geojsonio.geojson');
    await expect(app.data.mappingChoice('التاريخ')).toHaveValue('date');
    await app.screenshot('mapping-step-ar');
    await step.getByRole('button', { name: 'حمّل الأحداث' }).click();
    await expect(step).toBeHidden();
    await expect(app.data.report()).toContainText('حُمّل');
    expect((await app.map.eventPointsDrawn()).length).toBeGreaterThan(0);
  });
});

test.describe('nothing is lost', () => {
  test('an imported dataset survives a reload, is listed as kept, can be reopened and deleted', async ({
    app,
    page,
  }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/acled-sample.csv');
    await expect(app.filters.count()).toHaveText('11 of 11 events');
    // the link names the kept dataset
    await expect
      .poll(() => new URL(page.url()).searchParams.get('data') ?? '')
      .toMatch(/^local:.+\/acled-sample\.csv$/);

    // a view of it: one category off and one of its events open
    await app.filters.category('Battles').click();
    await expect(app.filters.count()).toHaveText('9 of 11 events');
    await app.list.row('SYR900101').click();
    await page.reload();
    await app.map.waitUntilIdle();
    await expect(app.filters.count()).toHaveText('9 of 11 events');
    await expect(app.data.datasetName()).toContainText('acled-sample.csv');
    // the link's category and event are the dataset's: nothing reported as ignored
    await expect(page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' })).toHaveCount(
      0,
    );
    await app.filters.category('Battles').click();
    await expect(app.filters.count()).toHaveText('11 of 11 events');
    const kept = page.getByRole('region', { name: 'Kept in this browser' });
    await expect(kept).toContainText('acled-sample.csv');

    await page.getByRole('button', { name: 'Back to the story data' }).click();
    await expect(app.filters.count()).toHaveText('24 of 24 events');
    await kept.getByRole('button', { name: 'Open acled-sample.csv' }).click();
    await expect(app.filters.count()).toHaveText('11 of 11 events');

    await page.getByRole('button', { name: 'Back to the story data' }).click();
    await kept.getByRole('button', { name: 'Delete acled-sample.csv' }).click();
    await expect(kept).toHaveCount(0);
  });

  test('a mapped sheet comes back after a reload without asking again', async ({ app, page }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/newsroom-sheet.csv');
    await app.data.mappingStep().getByRole('button', { name: 'Load events' }).click();
    await expect(app.filters.count()).toHaveText('10 of 10 events');
    await expect.poll(() => new URL(page.url()).searchParams.get('data') ?? '').toMatch(/^local:/);
    await page.reload();
    await app.map.waitUntilIdle();
    await expect(app.filters.count()).toHaveText('10 of 10 events');
    await expect(app.data.mappingStep()).toHaveCount(0);
  });

  test('a link to a dataset kept in another browser says so, in both languages, and shows the story', async ({
    app,
  }) => {
    await app.open('?tab=list&data=local:k3x9/acled-sample.csv');
    await expect(app.data.linkProblem()).toContainText(
      'This link shows a dataset imported in another browser (acled-sample.csv)',
    );
    await expect(app.filters.count()).toHaveText('24 of 24 events');
    await app.open('?tab=list&lang=ar&data=local:k3x9/acled-sample.csv');
    await expect(app.data.linkProblem()).toContainText('استُوردت في متصفح آخر');
  });
});
