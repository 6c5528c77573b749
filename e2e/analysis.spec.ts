import { expect, test } from './fixtures';

test.describe('analysts', () => {
  test('the date range changes the counts, the list, the timeline and what the map draws', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.panel.openListTab();
    await expect(app.filters.count()).toHaveText('24 of 24 events');
    const before = await app.map.eventPointsDrawn();
    expect(before.length).toBeGreaterThan(10);

    await page.getByLabel('From', { exact: true }).fill('2026-02-11');
    await page.getByLabel('To', { exact: true }).fill('2026-02-15');
    await expect(app.filters.count()).toHaveText('6 of 24 events');
    await expect(page).toHaveURL(/from=2026-02-11/);
    await expect(page).toHaveURL(/to=2026-02-15/);
    await app.map.settle();
    expect(await app.list.events()).toEqual(['E05', 'E19', 'E20', 'E06', 'E07', 'E08']);
    expect((await app.map.eventPointsDrawn()).sort()).toEqual(['E06', 'E07', 'E08', 'E19', 'E20']);
    // the timeline steps only inside the range
    await expect(app.timeline.slider()).toHaveAttribute('aria-valuemax', '6');
    await app.timeline.stepWith('End');
    await expect(app.timeline.slider()).toHaveAttribute('aria-valuetext', /15 Feb 2026/);
    // the histogram zooms to the range and bins by day
    await expect(app.filters.histogramUnit()).toHaveText('events per week');
    await page.getByRole('button', { name: 'Zoom to range' }).click();
    await expect(app.filters.histogramUnit()).toHaveText('events per day');
    await app.screenshot('range-feb-11-15');
    await page.getByRole('button', { name: 'All dates' }).click();
    await expect(app.filters.histogramUnit()).toHaveText('events per week');

    // a range handle is a keyboard slider too: Home moves the start back to the beginning
    const start = page.getByRole('slider', { name: 'Start of date range' });
    await start.focus();
    await page.keyboard.press('Home');
    await expect(app.filters.count()).toHaveText('14 of 24 events');
    await expect(page).not.toHaveURL(/from=/);
  });

  test('typing a range by keyboard gives exactly the filter the calendar gives; half-typed dates apply nothing; an impossible one says so', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.panel.openListTab();
    const all = await app.filters.applied();
    expect(all.count).toBe('24 of 24 events');

    // with the calendar: 1 Feb to 15 Feb 2026
    await app.filters.pickDate('from', '2026-02-01');
    await app.filters.pickDate('to', '2026-02-15');
    await expect.poll(() => app.filters.applied()).toMatchObject({ from: '2026-02-01', to: '2026-02-15' });
    const picked = await app.filters.applied();
    const pickedList = await app.list.events();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(app.filters.count()).toHaveText(all.count);

    // the same dates typed digit by digit: nothing applies until the date is whole
    const from = page.getByRole('textbox', { name: 'From' });
    const to = page.getByRole('textbox', { name: 'To' });
    await from.click();
    for (const key of '01 02 2026') {
      expect(await app.filters.applied(), 'before the date is complete').toMatchObject({
        from: null,
        count: all.count,
      });
      await page.keyboard.press(key === ' ' ? 'Space' : key);
    }
    await to.click();
    for (const key of '15/02/2026') {
      expect((await app.filters.applied()).to, 'before the date is complete').toBeNull();
      await page.keyboard.press(key);
    }
    await page.keyboard.press('Tab');
    await expect.poll(() => app.filters.applied()).toEqual(picked);
    expect(await app.list.events()).toEqual(pickedList);
    // the fields show what applies, in the order they are typed
    await expect(from).toHaveValue('01/02/2026');
    await expect(to).toHaveValue('15/02/2026');

    // an impossible date says so under the field, and the filter stays as it was
    await from.fill('31 02 2026');
    await expect(
      page.getByRole('alert').filter({ hasText: 'There is no such date: 31 02 2026.' }),
    ).toBeVisible();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(await app.filters.applied()).toEqual(picked);
    // a From after To is refused, not swapped
    await from.fill('20/02/2026');
    await expect(
      page.getByRole('alert').filter({ hasText: '“From” must be on or before “To”' }),
    ).toBeVisible();
    expect(await app.filters.applied()).toEqual(picked);
    // half-typed and left: asked to finish it; Escape puts back the applied day
    await from.fill('3 2 20');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('alert').filter({ hasText: 'Type a whole date' })).toBeVisible();
    await from.focus();
    await page.keyboard.press('Escape');
    await expect(from).toHaveValue('01/02/2026');
    expect(await app.filters.applied()).toEqual(picked);
    // a month name works too, in either language
    await from.fill('11 Feb 2026');
    await expect.poll(async () => (await app.filters.applied()).from).toBe('2026-02-11');
    await app.screenshot('range-typed');
  });

  test('category, place and text filters combine and show as removable chips', async ({ app, page }) => {
    await app.open();
    await app.panel.openListTab();
    // only handovers
    for (const c of ['Base evacuation', 'Convoy movement', 'Reinforcement', 'Announcement / report']) {
      await page.getByRole('button', { name: new RegExp(`^${c.replace('/', '\\/')}`) }).click();
    }
    await expect(app.filters.count()).toHaveText('3 of 24 events');
    expect(await app.list.events()).toEqual(['E07', 'E08', 'E12']);
    await app.map.settle();
    expect((await app.map.eventPointsDrawn()).sort()).toEqual(['E07', 'E08', 'E12']);

    // Arabic search ignores the hamza: "الاردن" finds "الأردن"
    await page.getByRole('searchbox').fill('الاردن');
    await expect(app.filters.count()).toHaveText('1 of 24 events');
    expect(await app.list.events()).toEqual(['E07']);
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('الاردن');

    await page.getByRole('button', { name: /Remove filter 1 category/ }).click();
    await expect(app.filters.count()).toHaveText(/^\d+ of 24 events$/);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(app.filters.count()).toHaveText('24 of 24 events');
    await expect(page.getByRole('searchbox')).toHaveValue('');
  });

  test('"show only events here" from a place card filters by place', async ({ app, page }) => {
    await app.open('?event=E10');
    await app.map.clickPlace('qasrak');
    await page.getByRole('button', { name: 'Show only events here' }).click();
    await expect(page).toHaveURL(/at=qasrak/);
    expect(await app.list.events()).toEqual(['C3', 'E10', 'E11', 'E16']);
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('At Qasrak');
  });

  test('clicking a list row selects the event on the map and the timeline', async ({ app, page }) => {
    await app.open();
    await app.panel.openListTab();
    await app.list.scrollTo('E14');
    await app.list.row('E14').click();
    // move the pointer off the list: hovering a row highlights that row's place instead
    await page.mouse.move(700, 300);
    await app.map.settle();
    await expect(page).toHaveURL(/event=E14/);
    await expect(app.timeline.slider()).toHaveAttribute('aria-valuetext', /24 Feb 2026/);
    await expect(app.list.row('E14')).toHaveAttribute('aria-current', 'true');
    expect(await app.map.placeState('zakho')).toMatchObject({ selected: true });
    // hovering another row highlights its place
    await app.list.scrollTo('E08');
    await app.list.row('E08').hover();
    await expect.poll(() => app.map.placeState('al-shaddadi-base')).toMatchObject({ selected: true });
    await app.screenshot('list-selected');
  });
});
