/**
 * Every column is usable (issue 13, item 4): an imported dataset's own columns filter it — a
 * checklist per column of labels with counts, at-least/at-most for numbers — from the keyboard,
 * and the count, the list, the map and the link agree; in Arabic on a phone too.
 */
import { expect, test } from './fixtures';

const drawn = async (app: { map: { eventPointsDrawn(): Promise<string[]> } }) =>
  [...new Set(await app.map.eventPointsDrawn())].sort();

test.describe('the data’s own columns filter it', () => {
  test('a column value picked by keyboard narrows the count, the list and the map; counts follow the other filters; the link restores it', async ({
    app,
    page,
  }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/acled-sample.csv');
    await expect(app.filters.count()).toHaveText('11 of 11 events');

    // twelve label columns and fatalities: each starts folded, so the list stays in view
    await expect(app.filters.columns()).toBeVisible();
    await expect(app.filters.column('admin1')).not.toHaveAttribute('open');
    await app.filters.openColumn('admin1');
    await expect(app.filters.columnValueCount('admin1', 'Al-Hasakeh')).toHaveText('4');
    await expect(app.filters.columnValueCount('admin1', 'Deir ez-Zor')).toHaveText('3');

    await app.filters.toggleColumnValue('admin1', 'Deir ez-Zor');
    await expect(app.filters.columnValue('admin1', 'Deir ez-Zor')).toBeChecked();
    await expect(app.filters.count()).toHaveText('3 of 11 events');
    expect((await app.list.events()).sort()).toEqual(['SYR900102', 'SYR900103', 'SYR900111']);
    await expect.poll(() => drawn(app)).toEqual(['SYR900102', 'SYR900103', 'SYR900111']);
    expect((await app.filters.columnsInLink()).fv).toBe('1;admin1:Deir ez-Zor');
    await expect(app.filters.activeColumnFilter('admin1')).toContainText('Deir ez-Zor');

    // the column's own counts stay whole (another value adds events); the others count the 3
    await expect(app.filters.columnValueCount('admin1', 'Aleppo')).toHaveText('2');
    await app.filters.openColumn('disorder_type');
    await expect(app.filters.columnValueCount('disorder_type', 'Political violence')).toHaveText('3');
    await expect(app.filters.columnValueCount('disorder_type', 'Strategic developments')).toHaveText('0');
    await expect(app.filters.category('Battles')).toContainText('2');

    // values of one column add up (or); columns narrow each other (and)
    await app.filters.toggleColumnValue('admin1', 'Aleppo');
    await expect(app.filters.count()).toHaveText('5 of 11 events');
    await app.filters.toggleColumnValue('disorder_type', 'Political violence');
    await expect(app.filters.count()).toHaveText('4 of 11 events');
    await expect.poll(() => drawn(app)).toEqual(['SYR900102', 'SYR900103', 'SYR900109', 'SYR900111']);
    expect((await app.filters.columnsInLink()).fv).toBe(
      '1;admin1:Deir ez-Zor,Aleppo;disorder_type:Political violence',
    );
    await app.screenshot('facets-acled');

    // the link in a new tab of this browser (which keeps the dataset) shows the same view
    await expect.poll(() => new URL(page.url()).searchParams.get('data') ?? '').toMatch(/^local:/);
    const other = await app.openInNewTab((await app.link()).href);
    await expect(other.filters.count()).toHaveText('4 of 11 events');
    await expect.poll(() => drawn(other)).toEqual(['SYR900102', 'SYR900103', 'SYR900109', 'SYR900111']);
    await other.filters.openColumn('admin1');
    await expect(other.filters.columnValue('admin1', 'Aleppo')).toBeChecked();
    await other.close();

    // a chip removes its column's filter; Clear all removes every one
    await app.filters.removeActiveColumnFilter('admin1');
    await expect(app.filters.count()).toHaveText('6 of 11 events');
    await app.filters.clearAll();
    await expect(app.filters.count()).toHaveText('11 of 11 events');
    expect(await app.filters.columnsInLink()).toEqual({ fv: null, fr: null });
    await expect(app.filters.columnValue('disorder_type', 'Political violence')).not.toBeChecked();
    await expect.poll(async () => (await drawn(app)).length).toBe(10);
  });

  test('a number column: at least / at most, typed; a wrong number is explained under its field and applies nothing', async ({
    app,
  }) => {
    await app.open('?tab=list');
    await app.data.import('public/examples/acled-sample.csv');
    await expect(app.filters.count()).toHaveText('11 of 11 events');
    await app.filters.openColumn('fatalities');

    await app.filters.typeNumber('fatalities', 'At least', '1');
    await expect(app.filters.count()).toHaveText('4 of 11 events');
    expect((await app.filters.columnsInLink()).fr).toBe('1;fatalities:1..');
    await expect.poll(() => drawn(app)).toEqual(['SYR900102', 'SYR900103', 'SYR900107', 'SYR900111']);

    // a decimal comma is not guessed, a crossed range is not applied
    await app.filters.typeNumber('fatalities', 'At most', '1,5');
    await expect(app.filters.numberError('fatalities', 'At most')).toHaveText(
      'Not a number: “1,5”. Type digits, with a point for decimals (2.5).',
    );
    await app.filters.typeNumber('fatalities', 'At most', '0');
    await expect(app.filters.numberError('fatalities', 'At most')).toHaveText(
      '“At most” must not be below “At least” (1).',
    );
    await expect(app.filters.count()).toHaveText('4 of 11 events');

    await app.filters.typeNumber('fatalities', 'At most', '3');
    await expect(app.filters.numberError('fatalities', 'At most')).toHaveCount(0);
    await expect(app.filters.count()).toHaveText('3 of 11 events');
    expect((await app.filters.columnsInLink()).fr).toBe('1;fatalities:1..3');
    await expect(app.filters.activeColumnFilter('fatalities')).toContainText('1 to 3');
    await expect.poll(() => drawn(app)).toEqual(['SYR900102', 'SYR900103', 'SYR900107']);

    await app.filters.removeActiveColumnFilter('fatalities');
    await expect(app.filters.count()).toHaveText('11 of 11 events');
    await expect(app.filters.numberField('fatalities', 'At least')).toHaveValue('');
    await expect(app.filters.numberField('fatalities', 'At most')).toHaveValue('');
  });

  test('in Arabic, on a phone: Arabic words, the data’s words in their own direction, finger-sized targets', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open('?tab=list&lang=ar');
    await app.data.import('public/examples/acled-sample.csv');
    await app.panel.grip().click();
    await expect(app.panel.grip()).toHaveAttribute('aria-expanded', 'true');
    await expect(app.filters.columns()).toContainText('التصفية حسب الأعمدة');

    await app.filters.openColumn('fatalities');
    await app.filters.typeNumber('fatalities', 'لا يقل عن', 'abc');
    await expect(app.filters.numberError('fatalities', 'لا يقل عن')).toHaveText(
      'ليس رقماً: «abc». اكتب أرقاماً، مع نقطة للكسور العشرية (2.5).',
    );
    // Arabic-Indic digits are read as typed on an Arabic keyboard
    await app.filters.typeNumber('fatalities', 'لا يقل عن', '٣');
    await expect(app.filters.numberError('fatalities', 'لا يقل عن')).toHaveCount(0);
    await expect(app.filters.count()).toHaveText('2 من 11 حدثاً');
    expect((await app.filters.columnsInLink()).fr).toBe('1;fatalities:3..');

    await app.filters.openColumn('admin1');
    await expect(app.filters.columnValueCount('admin1', 'Deir ez-Zor')).toHaveText('2');
    expect(await app.filters.columnValueDirection('admin1', 'Deir ez-Zor')).toBe('ltr');
    for (const column of ['admin1', 'fatalities']) {
      const boxes = await app.boxesOf(app.filters.columnTargets(column));
      expect(boxes.length).toBeGreaterThan(2);
      for (const b of boxes) expect(b.height, column).toBeGreaterThanOrEqual(44);
    }
    await app.screenshot('facets-ar-phone');
  });
});
