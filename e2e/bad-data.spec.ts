import { expect, test } from './fixtures';

test('a data file with a broken record names the file, record and field; the valid events still show', async ({ app, page }) => {
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
  // 19 valid events remain and the story still works
  await expect(app.slider()).toHaveAttribute('aria-valuemax', '19');
  await expect(app.eventCard()).toHaveAttribute('data-event', 'E06');
  expect(await app.distinctCanvasColours()).toBeGreaterThan(40);
  await app.screenshot('bad-record');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('a data file that is not JSON is reported and the other files still load', async ({ app, page }) => {
  await page.route('**/data/routes.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"routes":[' }));
  await app.open();
  await expect(page.getByRole('alert')).toContainText('data/routes.json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(app.slider()).toHaveAttribute('aria-valuemax', '20');
  expect((await app.renderedLabels()).some((l) => l.id === 'qasrak')).toBe(true);
});

test('a failed fetch shows what failed and a retry that works', async ({ app, page, guard }) => {
  guard.allowConsole.push(/status of 503/);
  let fail = true;
  await page.route('**/data/places.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/places.json', { timeout: 30_000 });
  await expect(alert).toContainText('503');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await app.waitForMapIdle();
  await expect(app.eventCard()).toBeVisible();
});
