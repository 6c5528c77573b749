import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test.describe('bring your own data', () => {
  test('importing a good CSV shows its events; back to the story restores them', async ({ app, page }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/events-example.csv');
    await expect(page.getByRole('status').filter({ hasText: 'Loaded 8 of 8 rows' })).toBeVisible();
    await expect(app.filters.count()).toHaveText('8 of 8 events');
    await expect.poll(() => app.data.eventsLoaded()).toBe(8);
    await expect(app.data.datasetName()).toContainText('events-example.csv');
    expect(await app.list.events()).toEqual([
      'EX-01',
      'EX-02',
      'EX-03',
      'EX-04',
      'EX-05',
      'EX-06',
      'EX-07',
      'EX-08',
    ]);
    expect((await app.map.eventPointsDrawn()).sort()).toEqual([
      'EX-01',
      'EX-02',
      'EX-03',
      'EX-04',
      'EX-05',
      'EX-06',
      'EX-07',
      'EX-08',
    ]);
    await app.screenshot('imported-example');
    await page.getByRole('button', { name: 'Back to the story data' }).click();
    await expect(app.filters.count()).toHaveText('24 of 24 events');
  });

  test('importing a broken file lists each rejected row and keeps the valid ones', async ({ app }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/events-broken.csv');
    const report = app.data.report();
    await expect(report).toContainText('Loaded 3 of 12 rows from events-broken.csv');
    for (const line of [
      'Row 3 · date',
      'Row 4 · category',
      'Row 5 · lat',
      'Row 6 · title_en',
      'Row 7 · source_1_outlet',
      'Row 8 · id',
      'Row 13',
    ]) {
      await expect(report).toContainText(line);
    }
    await expect(app.filters.count()).toHaveText('3 of 3 events');
  });

  test('a file with no valid row leaves the current data untouched', async ({ app }) => {
    await app.open('?tab=list');
    // a right header, but the only row has an impossible date
    const [header, first] = readFileSync('public/examples/events-example.csv', 'utf8').split(/\r?\n/);
    const bad = `${header}\n${first.replace('2026-03-02', '2026-02-30')}\n`;
    await app.data.import({ name: 'bad-dates.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect(app.data.report()).toContainText(
      'Nothing loaded from bad-dates.csv; the current data is unchanged',
    );
    await expect(app.data.report()).toContainText('Row 2 · date');
    await expect(app.filters.count()).toHaveText('24 of 24 events');
    // a table of no known format: the mapping step, which cannot load rows without a date
    await app.data.import({
      name: 'nonsense.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,when\nx,y\n'),
    });
    const step = app.data.mappingStep();
    await expect(app.data.mappingSummary()).toContainText('0 would load');
    await expect(step.getByRole('button', { name: 'Load events' })).toBeDisabled();
    await step.getByRole('button', { name: 'Cancel' }).click();
    await expect(step).toBeHidden();
    // the app's own format with columns missing: one file-level problem naming them
    await app.data.import({
      name: 'incomplete.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,date,title_en\na,2026-02-01,T\n'),
    });
    await expect(app.data.report()).toContainText('lacks the required columns');
    await expect(app.filters.count()).toHaveText('24 of 24 events');
  });

  test('in the Arabic interface, the import report is in Arabic', async ({ app }) => {
    await app.open('?tab=list&lang=ar');
    const [header, first] = readFileSync('public/examples/events-example.csv', 'utf8').split(/\r?\n/);
    const bad = `${header}\n${first.replace('2026-03-02', '2026-02-30')}\n`;
    await app.data.import({ name: 'bad-dates.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect(app.data.report()).toContainText('الصف 2');
    await expect(app.data.report()).toContainText('ليس يوماً موجوداً في التقويم');
    await expect(app.data.report()).not.toContainText('calendar day');
    await app.data.import({
      name: 'incomplete.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,date,title_en\na,2026-02-01,T\n'),
    });
    await expect(app.data.report()).toContainText('يفتقر صف العناوين (الصف 1) إلى الأعمدة المطلوبة');
    await expect(app.data.report()).not.toContainText('lacks');
  });

  test('a same-origin data link loads; a foreign one is refused with a notice', async ({ app, page }) => {
    await app.open('?tab=list&data=/examples/events-example.geojson');
    await expect.poll(() => app.data.eventsLoaded()).toBe(8);
    await expect(app.filters.count()).toHaveText('8 of 8 events');
    await page.goto('/?tab=list&data=https://evil.example.com/x.csv');
    await app.map.waitUntilIdle();
    await expect(page.getByRole('alert').filter({ hasText: 'only files on this site' })).toBeVisible();
    await expect(app.filters.count()).toHaveText('24 of 24 events');
  });

  test('export CSV contains exactly the filtered events, and its name carries the range', async ({
    app,
    page,
  }) => {
    await app.open('?tab=list&from=2026-02-11&to=2026-02-15');
    await expect(app.filters.count()).toHaveText('6 of 24 events');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('withdrawal-events_2026-02-11_to_2026-02-15.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const ids = text
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(ids).toEqual(['E05', 'E19', 'E20', 'E06', 'E07', 'E08']);
    expect(text.split('\r\n')[0]).toContain('precision');
    expect(text).toContain('https://www.rudaw.net/');

    // and the exported file imports back to the same six events
    await app.data.import({ name: 'back.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(app.data.report()).toContainText('Loaded 6 of 6 rows');
  });
});
