import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/** Width and height from a PNG's IHDR chunk (after checking the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('presenters', () => {
  test('presentation mode steps like slides by keyboard, shows progress and large cards, and Esc leaves', async ({
    app,
    page,
  }) => {
    await app.open('?event=E06');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page).toHaveURL(/mode=present/);
    const bar = page.getByRole('toolbar', { name: 'Presentation' });
    await expect(bar).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
    const progress = app.slides.progress();
    await expect(progress).toHaveText('12 / 24');
    await expect(progress).toHaveAttribute('aria-label', 'Event 12 of 24');
    const card = app.slides.card();
    await expect(card).toHaveAttribute('data-event', 'E06');

    // slide-clicker keys, from anywhere on the page
    await app.clickPage({ x: 700, y: 5 });
    await page.keyboard.press('PageDown');
    await expect(card).toHaveAttribute('data-event', 'E07');
    await expect(progress).toHaveText('13 / 24');
    await page.keyboard.press('Space');
    await expect(card).toHaveAttribute('data-event', 'E08');
    await page.keyboard.press('PageUp');
    await expect(card).toHaveAttribute('data-event', 'E07');
    await page.keyboard.press('ArrowLeft');
    await expect(card).toHaveAttribute('data-event', 'E06');
    await page.keyboard.press('ArrowRight');
    await expect(card).toHaveAttribute('data-event', 'E07');
    await expect(page).toHaveURL(/event=E07/);

    // large, readable card: the title is big and the summary is there
    expect(await app.slides.titleFontSize()).toBeGreaterThanOrEqual(28);
    await expect(app.slides.summary()).not.toBeEmpty();
    await app.map.settle();
    expect(await app.map.distinctColours()).toBeGreaterThan(40);
    await app.screenshot('present-e07');

    await page.keyboard.press('End');
    await expect(progress).toHaveText('24 / 24');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/mode=present/);
    await expect(bar).toHaveCount(0);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E17');
  });

  test('presenting from the dashboard: the slide is not covered by the full legend, and leaving returns focus to Present', async ({
    app,
    page,
  }) => {
    await app.open('?event=E07');
    const legendBody = app.map.legend();
    await expect(legendBody).toBeVisible();
    await page.getByRole('button', { name: /^Present/ }).click();
    await expect(page.getByRole('toolbar', { name: 'Presentation' })).toBeVisible();
    await expect(legendBody).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('toolbar', { name: 'Presentation' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Present/ })).toBeFocused();
    // back on the dashboard the legend is as the viewer had it
    await expect(legendBody).toBeVisible();
  });

  test("embedded at 800×500, the map controls sit just above the timeline, not over the map's labels", async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await app.open('?mode=embed&event=E07');
    const controls = (await app.map.bottomRightControls().boundingBox())!;
    const timeline = (await app.timeline.region().boundingBox())!;
    expect(Math.abs(controls.y + controls.height - timeline.y)).toBeLessThanOrEqual(2);
    await app.screenshot('embed-800x500');
  });

  test('a link opens straight into presentation mode; autoplay advances at the chosen pace', async ({
    app,
    page,
  }) => {
    await app.open('?mode=present&event=E01&pace=2');
    const bar = page.getByRole('toolbar', { name: 'Presentation' });
    await expect(app.slides.progress()).toHaveText('5 / 24');
    await expect(bar.getByLabel('Seconds per event')).toHaveValue('2');
    await bar.getByRole('button', { name: 'Play' }).click();
    await expect(bar.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    // two seconds per event: within ~5 s it has moved on at least once
    await expect(app.slides.progress()).not.toHaveText('5 / 24', { timeout: 6000 });
    await bar.getByRole('button', { name: 'Pause' }).click();
    await bar.getByLabel('Seconds per event').selectOption('10');
    await expect(page).toHaveURL(/pace=10/);
    // leaving with the Exit button stops autoplay, as Esc does
    await bar.getByRole('button', { name: 'Play' }).click();
    await bar.getByRole('button', { name: 'Exit (Esc)' }).click();
    await expect(page).not.toHaveURL(/mode=present/);
    await expect(app.timeline.region().getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('in reduced motion the camera jumps between slides; otherwise it flies', async ({ app, page }) => {
    // from the key until the camera rests: did it fly (many frames) or jump (one)?
    const moving = () => app.map.fliesWhenPressing('PageDown');
    await app.open('?mode=present&event=E20');
    expect(await moving()).toBe(true);
    await app.map.settle();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open('?mode=present&event=E20');
    expect(await moving()).toBe(false);
    await expect(app.slides.card()).toHaveAttribute('data-event', 'E06');
  });

  test('embed mode shows the map and timeline only, with a link out to the full view', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 520 });
    await app.open('?mode=embed&event=E07');
    await expect(app.panel.box()).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
    await expect(app.timeline.slider()).toBeVisible();
    await expect(app.timeline.slider()).toHaveAttribute('aria-valuetext', /12 Feb 2026/);
    const out = page.getByRole('link', { name: /Open the full map/ });
    await expect(out).toHaveAttribute('target', '_blank');
    const href = new URL((await out.getAttribute('href'))!);
    expect(href.searchParams.get('mode')).toBeNull();
    expect(href.searchParams.get('event')).toBe('E07');
    // the map fills the frame between the bar and the timeline, and is drawn
    const map = await app.map.area().boundingBox();
    expect(map!.width).toBeGreaterThanOrEqual(799);
    expect(await app.map.distinctColours()).toBeGreaterThan(30);
    const overflow = await app.horizontalOverflow();
    expect(overflow).toBeLessThanOrEqual(0);
    await app.screenshot('embed-e07');
  });

  test('"Copy embed code" gives an iframe of this view in embed mode', async ({ app, page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open('?event=E11');
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
    const code = await app.clipboardText();
    const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
    expect(src).toBeTruthy();
    const url = new URL(src!.replace(/&amp;/g, '&'));
    expect(url.searchParams.get('mode')).toBe('embed');
    expect(url.searchParams.get('event')).toBe('E11');
    expect(url.searchParams.get('v')).toBe('1');
    expect(code).toMatch(/title="Withdrawal map: [^"]+"/);
    // Escape closes the menu and gives focus back to its button
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Copy embed code' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
  });

  test('snapshot: a PNG of the view at 1× and 2×, the right size and not blank', async ({ app, page }) => {
    await app.open('?event=E07');
    const css = await app.map.canvasSize();
    for (const [label, scale] of [
      ['Save image (PNG)', 1],
      ['Save image for slides (PNG, 2×)', 2],
    ] as const) {
      await page.getByRole('button', { name: 'Share' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`withdrawal-map-E07-${scale}x.png`);
      const bytes = readFileSync(await download.path());
      const size = pngSize(bytes);
      expect(size).toEqual({ width: Math.round(css.w * scale), height: Math.round(css.h * scale) });
      expect(await app.imageColours(bytes)).toBeGreaterThan(60);
      await download.saveAs(`e2e/screenshots/snapshot-E07-${scale}x.png`);
      await expect(
        page.getByRole('status').filter({ hasText: `Saved withdrawal-map-E07-${scale}x.png` }),
      ).toBeVisible();
      await page.keyboard.press('Escape');
    }
    // the map went back to the screen's resolution
    expect(await app.map.canvasScale()).toBeCloseTo(1, 5);

    // in Arabic the title box and legend are laid out right to left
    await app.open('?event=E07&lang=ar');
    await page.getByRole('button', { name: 'مشاركة' }).click();
    const [ar] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'حفظ صورة (PNG)' }).click(),
    ]);
    await ar.saveAs('e2e/screenshots/snapshot-E07-ar.png');
    expect(await app.imageColours(readFileSync(await ar.path()))).toBeGreaterThan(60);
  });

  test('layer groups switch off, stay in the link, and a link restores them', async ({ app, page }) => {
    await app.open('?event=E11');
    await page.getByLabel('Routes and convoys').uncheck();
    await page.getByLabel('Uncertainty rings').uncheck();
    await expect(page).toHaveURL(/hide=routes%2Crings|hide=routes,rings/);
    expect(await app.map.layerVisibility('routes-highway')).toBe('none');
    expect(await app.map.layerVisibility('uncertainty-ring')).toBe('none');
    expect(await app.map.layerVisibility('place-labels')).toBe('visible');

    const fresh = await app.openInNewTab((await app.link()).href);
    await expect(fresh.page.getByLabel('Routes and convoys')).not.toBeChecked();
    await expect(fresh.page.getByLabel('Names')).toBeChecked();
    expect(await fresh.map.layerVisibility('routes-highway')).toBe('none');
    expect(await fresh.map.layerVisibility('movement-line')).toBe('none');
    expect(await fresh.map.layerVisibility('zone-fill')).toBe('visible');
    await fresh.close();
  });

  test('a view set up through the UI comes back field by field from its link', async ({ app, page }) => {
    await app.open('?event=E06');
    await app.timeline.stepWith('ArrowRight');
    await app.panel.openListTab();
    await page.getByLabel('From', { exact: true }).fill('2026-01-01');
    // a day past the data's last is applied as the last day, and shown so once the field is left
    await page.getByLabel('To', { exact: true }).fill('2026-03-31');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('12/03/2026');
    await page.getByLabel('To', { exact: true }).fill('2026-03-01');
    await page.getByRole('button', { name: /^Announcement \/ report/ }).click();
    await page.getByRole('searchbox').fill('Tanf');
    await page.getByLabel('Names').uncheck();
    await app.map.moveTo({ center: [38.7, 33.5], zoom: 7.25, bearing: -15, pitch: 20 });
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/cam=38\.7/);
    const want = {
      step: await app.timeline.slider().getAttribute('aria-valuetext'),
      count: await app.filters.count().textContent(),
      listed: await app.list.events(),
    };
    expect((await app.link()).searchParams.get('event')).toBe('E07');
    expect(want.listed).toContain('E07');

    const freshApp = await app.openInNewTab((await app.link()).href);
    const fresh = freshApp.page;
    await expect(freshApp.root()).toHaveAttribute('lang', 'ar');
    // the same step on the timeline (E07, in Arabic), the same filtered list and counts
    await expect(fresh.getByRole('slider', { name: 'الحدث' })).toHaveAttribute('aria-valuetext', want.step!);
    await expect(freshApp.filters.count()).toHaveText(want.count!);
    await expect.poll(() => freshApp.list.rowsNow()).toEqual(want.listed);
    await expect(fresh.getByLabel('من', { exact: true })).toHaveValue('01/01/2026');
    await expect(fresh.getByLabel('إلى', { exact: true })).toHaveValue('01/03/2026');
    await expect(fresh.getByRole('searchbox')).toHaveValue('Tanf');
    await expect(fresh.getByLabel('الأسماء')).not.toBeChecked();
    const cam = await freshApp.map.camera();
    expect(cam.lng).toBeCloseTo(38.7, 3);
    expect(cam.lat).toBeCloseTo(33.5, 3);
    expect(cam.zoom).toBeCloseTo(7.25, 2);
    expect(cam.bearing).toBeCloseTo(-15, 1);
    expect(cam.pitch).toBeCloseTo(20, 1);
    // the same URL, unchanged by opening it
    expect(new URL(fresh.url()).searchParams.toString()).toBe(new URL(page.url()).searchParams.toString());
    await fresh.close();
  });
});

test('a batch of hostile links: each is noticed, nothing runs, the app keeps working', async ({
  app,
  page,
}) => {
  const evil = encodeURIComponent(
    '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
  );
  const links = [
    `?mode=${evil}&pace=${evil}&hide=${evil}&v=${evil}`,
    `?mode=present&pace=0&hide=routes,${evil}&event=${evil}`,
    `?cam=999,999,99&v=2&tab=${evil}&lang=${evil}`,
    `?cam=${encodeURIComponent('40,36,7,NaN,1e9')}&from=2026-02-30&to=${'9'.repeat(5000)}`,
    `?place=${evil}&route=../../etc&at=%00&data=${encodeURIComponent('javascript:alert(1)')}`,
    `?__proto__=1&constructor=x&mode=embed&hide=`,
  ];
  for (const link of links) {
    await app.open(link);
    const notice = page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
    await expect(notice, link.slice(0, 80)).toBeVisible();
    expect(await app.hostile.markupRan()).toBeUndefined();
    expect(await app.hostile.imagesFromMarkup().count()).toBe(0);
    // still a working timeline (or slide progress) on a drawn map
    if (link.includes('mode=present')) await expect(app.slides.progress()).toHaveText(/^\d+ \/ 24$/);
    else await expect(app.timeline.slider()).toHaveAttribute('aria-valuemax', '24');
    expect(await app.map.distinctColours()).toBeGreaterThan(20);
  }
});

test('link fuzzing: random parameter sets never break the page', async ({ app }) => {
  test.setTimeout(120_000);
  const { default: fc } = await import('fast-check');
  const names = [
    'event',
    'place',
    'route',
    'from',
    'to',
    'cat',
    'at',
    'q',
    'tab',
    'lang',
    'cam',
    'hide',
    'mode',
    'pace',
    'v',
    'data',
    'zzz',
  ];
  const value = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      'E07',
      'qasrak',
      'm4-highway',
      '2026-02-11',
      '2026-02-30',
      'present',
      'embed',
      'ar',
      'routes,labels',
      '40,36,7,20,30',
      '999,0,1',
      '-1',
      '1e308',
      '%',
      '<b>x</b>',
    ),
  );
  // a fixed seed: the same 12 links every run (a failure names its link)
  const sets = fc.sample(fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 }), {
    numRuns: 12,
    seed: 20261124,
  });
  for (const set of sets) {
    const link = `?${new URLSearchParams(set).toString()}`;
    await app.open(link);
    // the page works: a timeline (or slide progress) and a drawn map
    await expect(app.stepIndicator().first(), link).toBeVisible();
    expect(await app.map.distinctColours(), link).toBeGreaterThan(20);
  }
});
