import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('a data file with a broken record names the file, record and field; the valid events still show', async ({
  app,
  page,
}) => {
  await page.route('**/data/events.json', async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { events: Record<string, unknown>[] };
    const e05 = body.events.find((e) => e.id === 'E05')!;
    e05.date = '2026-02-30';
    await route.fulfill({ response: res, json: body });
  });
  await app.open('?event=E06');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 data problem');
  await expect(alert).toContainText('data/events.json');
  await expect(alert).toContainText('“E05”');
  await expect(alert).toContainText('“date”');
  await expect(alert).toContainText('is not a real calendar day');
  // 23 valid events remain and the story still works
  await expect(app.timeline.slider()).toHaveAttribute('aria-valuemax', '23');
  await expect(app.cards.event()).toHaveAttribute('data-event', 'E06');
  expect(await app.map.distinctColours()).toBeGreaterThan(40);
  await app.screenshot('bad-record');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('in the Arabic interface, a broken record is reported in Arabic', async ({ app, page }) => {
  await page.route('**/data/events.json', async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { events: Record<string, unknown>[] };
    body.events.find((e) => e.id === 'E05')!.date = '2026-02-30';
    await route.fulfill({ response: res, json: body });
  });
  await app.open('?event=E06&lang=ar');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('مشكلة واحدة في البيانات');
  await expect(alert).toContainText('data/events.json › السجل «E05»');
  await expect(alert).toContainText('الحقل «date»');
  await expect(alert).toContainText('ليس يوماً موجوداً في التقويم');
  await expect(alert).not.toContainText('calendar day');
  await app.screenshot('bad-record-ar');
});

test('a data file that is not JSON is reported and the other files still load', async ({ app, page }) => {
  await page.route('**/data/routes.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"routes":[' }),
  );
  await app.open();
  await expect(page.getByRole('alert')).toContainText('data/routes.json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(app.timeline.slider()).toHaveAttribute('aria-valuemax', '24');
  expect((await app.map.placeLabels()).some((l) => l.id === 'qasrak')).toBe(true);
});

test('a failed fetch shows what failed and a retry that works', async ({ app, page, guard }) => {
  guard.allowConsole.push(/status of 503/);
  let fail = true;
  await page.route('**/data/places.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/places.json', { timeout: 30_000 });
  await expect(alert).toContainText('503');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await app.map.waitUntilIdle();
  await expect(app.cards.event()).toBeVisible();
});

test('an imported file with HTML and script in every text field shows them as text; nothing runs', async ({
  app,
  page,
}) => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const csv = [
    'id,date,precision,category,title_en,title_ar,summary_en,summary_ar,lat,lon,scope_en,scope_ar,date_note_en,date_note_ar,source_1_outlet,source_1_url',
    [
      'H1',
      '2026-02-11',
      'exact',
      'convoy-movement',
      q(evil),
      q(`قافلة ${evil}`),
      q(evil),
      q(`ملخص ${evil}`),
      '36.7',
      '40.5',
      q(evil),
      q(`نطاق ${evil}`),
      q(evil),
      q(`ملاحظة ${evil}`),
      q(evil),
      'https://example.org/a',
    ].join(','),
  ].join('\n');
  await app.open();
  await app.panel.openListTab();
  await app.data.import({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(app.data.report()).toContainText('Loaded 1 of 1 rows');
  expect(await app.list.events()).toEqual(['H1']);
  await app.list.row('H1').click();
  await page.getByRole('tab', { name: 'Event', exact: true }).click();
  const card = app.cards.event();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(evil);
  await expect(app.cards.eventSummary()).toHaveText(evil);
  await expect(card).toContainText(`${evil}`);
  // the markup is text: no element was made from it, no script ran
  expect(await app.hostile.imagesFromMarkup().count()).toBe(0);
  expect(await app.hostile.scriptsInApp().count()).toBe(0);
  expect(await app.hostile.markupRan()).toBeUndefined();
  await app.screenshot('hostile-import');
});

test('a CSV over the import limit: the page answers while it is read, the first 1,000,000 rows load, the report says where it stopped', async ({
  app,
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  await app.open('?tab=list');
  // 1,000,500 small valid rows (~120 MB, written to a file: too large to hand over as a buffer),
  // past the 1,000,000-record limit
  const header =
    'id,date,precision,category,title_en,title_ar,summary_en,summary_ar,lat,lon,source_1_outlet,source_1_url';
  const rows = [header];
  for (let i = 0; i < 1_000_500; i++) {
    rows.push(
      `X${i},2026-02-${String(1 + (i % 28)).padStart(2, '0')},exact,convoy-movement,Convoy ${i},قافلة,Trucks moved.,شاحنات.,${(34 + (i % 300) / 100).toFixed(2)},${(38 + (i % 400) / 100).toFixed(2)},Outlet,https://example.org/${i}`,
    );
  }
  const file = testInfo.outputPath('huge.csv');
  writeFileSync(file, rows.join('\n'));
  await app.data.import(file);
  // while the worker reads the file, the timeline still steps
  const progress = app.data.progress();
  await expect(progress).toBeVisible();
  await app.timeline.slider().focus();
  await page.keyboard.press('End');
  await expect(app.timeline.slider()).toHaveAttribute('aria-valuenow', '24');
  await expect(progress).toBeVisible();

  const report = app.data.report();
  await expect(report).toContainText('Loaded 1,000,000 of 1,000,000 rows from huge.csv', {
    timeout: 300_000,
  });
  await expect(report).toContainText(
    'has more than 1,000,000 rows, the import limit: the first 1,000,000 were read, rows from row 1,000,002 on were not',
  );
  await expect(app.filters.count()).toHaveText('1,000,000 of 1,000,000 events', { timeout: 60_000 });
  await expect(app.filters.category('convoy-movement')).toContainText('1,000,000');
  await expect.poll(() => app.data.eventsLoaded(), { timeout: 60_000 }).toBe(1_000_000);
  // large counts are grouped, in the visible counter and in what the slider announces
  await expect(app.timeline.counter()).toHaveText('1 / 1,000,000');
  await expect(app.timeline.slider()).toHaveAttribute('aria-valuetext', /\(1 of 1,000,000\)$/);
  // a click at the end of the timeline goes to the last day's first event
  await app.timeline.clickTrackAt(0.999);
  await expect(app.timeline.now()).toContainText('28 Feb 2026');
  await expect(app.timeline.counter()).toHaveText(
    `${(1_000_000 - 35_714 + 1).toLocaleString('en')} / 1,000,000`,
  );
  // the list is on that event too, though a million rows are taller than a browser lets an element be
  const step = 1_000_000 - 35_714 + 1;
  await expect(app.list.at(step)).toHaveAttribute('aria-current', 'true');
  await app.list.reveal(); // the import report above it is long
  await expect(app.list.at(step)).toBeInViewport({ ratio: 0.98 });
  await expect(app.list.at(step)).toContainText('28 Feb 2026');
  await app.map.waitUntilIdle();
  expect(await app.map.distinctColours()).toBeGreaterThan(40);
  await app.screenshot('import-over-limit');
  // and its keys reach the last row
  await app.list.at(step).focus();
  await page.keyboard.press('End');
  await expect(app.list.at(1_000_000)).toBeFocused();
  await expect(app.list.at(1_000_000)).toBeInViewport({ ratio: 0.98 });
  await page.keyboard.press('PageUp');
  await expect(app.list.focused()).toBeInViewport({ ratio: 0.98 });
  expect(await app.list.focusedPosition()).toBeLessThan(1_000_000);
  // the file is kept in the browser (as a file: as text it is more than Chromium stores in one
  // value), the link names it, and a reload opens all of it again
  await expect
    .poll(() => new URL(page.url()).searchParams.get('data') ?? '', { timeout: 60_000 })
    .toMatch(/^local:.+\/huge\.csv$/);
  await expect(report).not.toContainText('not kept');
  await page.reload();
  await expect(app.filters.count()).toHaveText('1,000,000 of 1,000,000 events', { timeout: 300_000 });
});
