import { expect, test } from './fixtures';

test.describe('faults', () => {
  test('a 404 data file is not retried: the message says which file, with a retry button', async ({
    page,
    guard,
  }) => {
    guard.allowConsole.push(/status of 404/);
    let requests = 0;
    await page.route('**/data/routes.json', (route) => {
      requests++;
      return route.fulfill({ status: 404, body: 'not here' });
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('data/routes.json: HTTP 404');
    await page.waitForTimeout(1500);
    expect(requests).toBe(1);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('in the Arabic interface, a failed load says so in Arabic', async ({ page, guard }) => {
    guard.allowConsole.push(/status of 404/);
    await page.route('**/data/routes.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto('/?lang=ar');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('تعذّر تحميل بيانات القصة.');
    await expect(alert).toContainText('data/routes.json: أجاب الخادم بالخطأ');
    await expect(alert).toContainText('HTTP 404');
    await expect(alert.getByRole('button', { name: 'إعادة المحاولة' })).toBeVisible();
  });

  test('a 500 is retried with growing waits, the status says so, and a later success loads the story', async ({
    app,
    page,
    guard,
  }) => {
    guard.allowConsole.push(/status of 500/);
    const times: number[] = [];
    await page.route('**/data/events.json', (route) => {
      times.push(Date.now());
      return times.length <= 2 ? route.fulfill({ status: 500, body: 'oops' }) : route.continue();
    });
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'trying again' })).toContainText('HTTP 500');
    await app.map.waitUntilIdle();
    await expect(app.cards.event()).toBeVisible();
    expect(times).toHaveLength(3);
    // backoff: about 1 s, then about 2 s
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(900);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(1900);
  });

  test('a data file that never answers times out with a clear message and a retry that works', async ({
    app,
    page,
  }) => {
    test.setTimeout(90_000);
    let hang = true;
    await page.route('**/data/places.json', async (route) => {
      if (!hang) return route.continue();
      await new Promise((r) => setTimeout(r, 30_000)); // far past the app's timeout
      return route.abort().catch(() => undefined);
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    // one try and one retry, 8 s each, 1 s apart
    await expect(alert).toContainText('data/places.json: no answer after 8 s', { timeout: 30_000 });
    hang = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await app.map.waitUntilIdle();
    await expect(app.cards.event()).toBeVisible();
  });

  test('a slow data file shows the loading state, then the story', async ({ app, page }) => {
    await page.route('**/data/events.json', async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      return route.continue();
    });
    await page.goto('/?event=E07');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the story data' })).toBeVisible();
    await app.map.waitUntilIdle();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E07');
  });

  test('without WebGL2 the map says so; the timeline, the list and the cards keep working', async ({
    app,
    page,
  }) => {
    // a browser without WebGL2 (or with it switched off)
    await app.faults.withoutWebGL2();
    await page.goto('/?event=E06');
    await expect(page.getByRole('alert').filter({ hasText: 'WebGL2 is unavailable' })).toBeVisible();
    const slider = page.getByRole('slider', { name: 'Event' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E07');
    await page.getByRole('tab', { name: /Events & filters/ }).click();
    await expect(app.filters.count()).toHaveText('24 of 24 events');
    await app.list.row('E08').click();
    await expect(page).toHaveURL(/event=E08/);
  });

  test('an error inside one panel is contained: the panel says so, the rest keeps working, and it recovers', async ({
    app,
    page,
    guard,
  }) => {
    guard.allowConsole.push(/date formatter failed/);
    // a formatter that throws for one date, which only C2's source list shows
    await app.faults.dateFormatterThrowsOn('2023-03-14', 'date formatter failed');
    await app.open('?event=C2');
    const failed = page.getByRole('alert').filter({ hasText: 'The panel could not be shown' });
    await expect(failed).toContainText('date formatter failed');
    await app.screenshot('panel-failed');
    // the panel's tabs stay: the list works while the event card cannot be shown, and back again
    // the card tries once more (and fails the same way)
    await page.getByRole('tab', { name: /Events & filters/ }).click();
    await expect(failed).toHaveCount(0);
    await expect(app.filters.count()).toHaveText('24 of 24 events');
    await page.getByRole('tab', { name: 'Event', exact: true }).click();
    await expect(failed).toContainText('date formatter failed');
    // the map, the timeline and the header still work
    expect(await app.map.distinctColours()).toBeGreaterThan(40);
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
    await app.timeline.stepWith('ArrowRight');
    // another event: the panel tries again and shows its card
    await expect(failed).toHaveCount(0);
    await expect(app.cards.event()).toHaveAttribute('data-event', 'C3');
  });
});
