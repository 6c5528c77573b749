import { expect, test } from './fixtures';

const ARABIC = /[\u0600-\u06FF]/;

test.describe('the story map', () => {
  test('renders the basemap and story layers, with Qasrak and Al-Tanf labelled in English and Arabic', async ({
    app,
  }) => {
    await app.open();
    await app.screenshot('overview');
    // a real map: sea, land, borders, routes, symbols — many distinct colours on the canvas
    expect(await app.map.distinctColours()).toBeGreaterThan(40);
    // and the page shows it: the top of the map (Turkey, its border, labels) is not a blank strip
    expect(await app.map.coloursAtTop()).toBeGreaterThan(40);

    const labels = await app.map.placeLabels();
    const byId = new Map(labels.map((l) => [l.id, l]));
    for (const id of ['qasrak', 'al-tanf-garrison']) {
      const l = byId.get(id);
      expect(l, `${id} label rendered`).toBeTruthy();
      expect(l!.name_en).toMatch(/[A-Za-z]/);
      expect(l!.name_ar).toMatch(ARABIC);
    }
    expect(byId.get('qasrak')!.name_ar).toContain('قسرك');
    // countries around Syria are named in both scripts
    const countries = (await app.map.countryLabels()).map((c) => c.name_en);
    expect(countries).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'Jordan', 'Lebanon']));
    // the Syria–Iraq border is drawn as its own emphasised layer
    expect(await app.map.syriaIraqBorderDrawn()).toBeGreaterThan(0);
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`no place label is drawn over another place's marker, and a click picks the marker under the pointer (${lang})`, async ({
      app,
    }) => {
      await app.open(`?lang=${lang}`);
      expect(await app.map.labelsOverMarkers()).toEqual([]);
      // Qasrak and Tell Baydar are 7.5 km apart: at the opening zoom their squares touch
      await app.map.clickPlace('qasrak');
      await expect(app.cards.place()).toHaveAttribute('data-place', 'qasrak');
      await app.map.clickPlace('tell-baydar');
      await expect(app.cards.place()).toHaveAttribute('data-place', 'tell-baydar');
    });
  }

  test('a link to an event opens framed on it at once, without a flight from the overview', async ({
    app,
    page,
  }) => {
    // count camera moves from the map's first load to its first idle (a flight renders a dozen extra frames)
    await app.map.watchTheOpening();
    await app.open('?event=E07');
    const open = await app.map.opening();
    expect(open.moves).toBe(0);
    // framed on Al-Tanf's places (zoom 8–8.5), not on the whole story (zoom ≤ 7), from the first frame
    expect(open.zoomAtLoad).toBeGreaterThan(7.5);
    expect(open.zoom).toBeCloseTo(open.zoomAtLoad, 3);
    // and the opening camera is in the URL, so a copied link restores this exact view
    await expect(page).toHaveURL(/cam=/);
  });

  test('the timeline is an accessible slider that steps by keyboard; card, highlight and camera follow', async ({
    app,
    page,
  }) => {
    await app.open();
    const slider = app.timeline.slider();
    await expect(slider).toHaveAttribute('aria-valuenow', '1');
    await expect(slider).toHaveAttribute('aria-valuetext', /18 Apr 2025: Pentagon/);
    await expect(app.cards.event()).toHaveAttribute('data-event', 'C1');

    await app.timeline.stepWith('End');
    await expect(slider).toHaveAttribute('aria-valuenow', '24');
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E17');

    // to the Al-Tanf handover: the card, the highlighted place and the camera change
    await app.open('?event=E06');
    const before = await app.map.camera();
    await app.timeline.stepWith('ArrowRight');
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E07');
    await expect(slider).toHaveAttribute('aria-valuetext', /12 Feb 2026.*Syrian/);
    await expect(app.cards.event().getByRole('heading', { level: 2 })).toContainText(/Tanf/);
    expect(await app.map.placeState('al-tanf-garrison')).toMatchObject({ selected: true });

    await app.timeline.stepWith('ArrowRight'); // E08 al-Shaddadi, far to the north-east
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E08');
    const after = await app.map.camera();
    expect(Math.hypot(after.lng - before.lng, after.lat - before.lat)).toBeGreaterThan(1);
    expect(await app.map.placeState('al-shaddadi-base')).toMatchObject({ selected: true });
    expect(await app.map.placeState('al-tanf-garrison')).toMatchObject({ selected: false });
    await expect(page).toHaveURL(/event=E08/);
    await app.screenshot('step-e08-shaddadi');

    await app.timeline.stepWith('Home');
    await expect(app.cards.event()).toHaveAttribute('data-event', 'C1');
  });

  test('a click on the timeline goes to the event nearest to it: a dot, either end', async ({ app }) => {
    await app.open();
    await expect(app.timeline.counter()).toHaveText('1 / 24');
    await app.timeline.clickTrackAt(0.995);
    await expect(app.timeline.counter()).toHaveText('24 / 24');
    await app.timeline.clickTrackAt(0.005);
    await expect(app.timeline.counter()).toHaveText('1 / 24');
    // a little after the tenth dot, nearer to it than to the eleventh: the tenth
    const [tenth, eleventh] = [
      await app.timeline.ticks().nth(9).boundingBox(),
      await app.timeline.ticks().nth(10).boundingBox(),
    ];
    const track = await app.timeline.slider().boundingBox();
    const x10 = tenth!.x + tenth!.width / 2;
    const x11 = eleventh!.x + eleventh!.width / 2;
    expect(x11 - x10).toBeGreaterThan(8);
    await app.timeline.clickTrackAt((x10 + (x11 - x10) / 3 - track!.x) / track!.width);
    await expect(app.timeline.counter()).toHaveText('10 / 24');
    // and a little before the eleventh: the eleventh
    await app.timeline.clickTrackAt((x11 - (x11 - x10) / 3 - track!.x) / track!.width);
    await expect(app.timeline.counter()).toHaveText('11 / 24');
  });

  test('previous/next buttons and play step through events', async ({ app, page }) => {
    await app.open('?event=E09');
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E10');
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E09');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E10', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('Al-Tanf is held before 12 Feb 2026 and handed to the Syrian army after', async ({ app }) => {
    await app.open('?event=E05');
    expect(await app.map.placeState('al-tanf-garrison')).toMatchObject({ status: 'held' });
    // not by colour alone: the rendered label says the status in words
    const statusWord = () => app.map.statusWordOf('al-tanf-garrison');
    expect(await statusWord()).toBe('held');
    await app.map.clickPlace('al-tanf-garrison');
    await expect(app.cards.placeStatus()).toHaveAttribute('data-status', 'held');

    await app.open('?event=E07');
    expect(await app.map.placeState('al-tanf-garrison')).toMatchObject({ status: 'handed-over' });
    expect(await statusWord()).toBe('handed over');
    await app.map.clickPlace('al-tanf-garrison');
    await expect(app.cards.placeStatus()).toHaveAttribute('data-status', 'handed-over');
    await expect(app.cards.placeStatus()).toContainText('Syrian army');
    await app.screenshot('tanf-handed-over');
  });

  test('clicking a base opens its card with both names, confidence, source and its events', async ({
    app,
    page,
  }) => {
    await app.open('?event=E11');
    await app.map.clickPlace('qasrak');
    const card = app.cards.place();
    await expect(card).toHaveAttribute('data-place', 'qasrak');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(/Qasrak/);
    await expect(card).toContainText('قسرك');
    await expect(card).toContainText(/Medium/);
    await expect(card).toContainText(/ISW News/);
    await expect(app.cards.placeStatus()).toHaveAttribute('data-status', 'evacuating');
    expect(await app.map.placeState('qasrak')).toMatchObject({ selected: true });
    await app.screenshot('qasrak-card');
    // an event in the card jumps the timeline
    await card.getByRole('button', { name: /11 Mar 2026/ }).click();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E16');
    await expect(page).toHaveURL(/event=E16/);
    expect(await app.map.placeState('qasrak')).toMatchObject({ status: 'reinforced' });
  });

  test('a convoy event draws its movement along the route, and the route opens its card', async ({ app }) => {
    await app.open('?event=E11');
    expect(await app.map.movementsDrawn()).toBeGreaterThan(0);
    await app.screenshot('convoy-e11');
    // the card of an event where outlets disagree says so
    await expect(app.cards.event().getByRole('heading', { name: /disagree/ })).toBeVisible();

    // on the overview, click a point half-way along the M4 between Manbij and Ayn Issa
    await app.open('?event=C1');
    await app.map.clickAt([(37.955 + 38.8594) / 2, (36.5282 + 36.3853) / 2]);
    await expect(app.cards.route()).toHaveAttribute('data-route', 'm4-highway');
    await expect(app.cards.route()).toContainText(/schematic/i);
    await expect(app.cards.route()).toContainText('M4');
  });

  test('the Arabic interface is right-to-left, with Arabic first on the map', async ({ app, page }) => {
    await app.open('?lang=ar&event=E07');
    await expect(app.body()).toHaveAttribute('dir', 'rtl');
    await expect(app.root()).toHaveAttribute('lang', 'ar');
    await expect(app.cards.event().getByRole('heading', { level: 2 })).toHaveText(ARABIC);
    // brackets on the map keep their shape: "معبر الوليد (السويدية)", not ")السويدية("
    expect(await app.map.glyphBracket()).toBe('(');
    // the map's own controls speak Arabic, and the scale reads "100 كم", not "km 100"
    await expect(page.getByRole('button', { name: 'تكبير', exact: true })).toBeVisible();
    await expect(app.map.scaleBar()).toContainText('كم');
    // a source line keeps the outlet's date whole beside the outlet's name
    await expect(app.cards.eventSourceParts().first()).toBeVisible();
    const names = await app.map.labelNameOrder();
    expect(names.indexOf('name_ar')).toBeLessThan(names.indexOf('name_en'));
    await app.screenshot('arabic-e07');

    // the list tab in Arabic: filters and list mirrored, time running right to left
    await page.getByRole('tab', { name: /الأحداث والتصفية/ }).click();
    await expect(app.filters.count()).toHaveText('24 من 24 حدثاً');
    const first = await app.timeline.ticks().first().boundingBox();
    const last = await app.timeline.ticks().last().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    await app.screenshot('arabic-list');
  });
});

test.describe('links', () => {
  test('the camera is in the URL and a link restores it', async ({ app, page }) => {
    await app.open('?event=E11');
    // the map framed the event; its camera reaches the URL (debounced)
    await expect(page).toHaveURL(/cam=/);
    await app.map.moveTo({ center: [40.6, 36.7], zoom: 9.5, bearing: 20, pitch: 30 });
    await expect(page).toHaveURL(/cam=40\.6%2C36\.7%2C9\.5%2C20%2C30|cam=40\.6,36\.7,9\.5,20,30/);
    const link = page.url();

    const fresh = await app.openInNewTab(link);
    const cam = await fresh.map.camera();
    expect(cam.lng).toBeCloseTo(40.6, 3);
    expect(cam.lat).toBeCloseTo(36.7, 3);
    expect(cam.zoom).toBeCloseTo(9.5, 2);
    expect(cam.bearing).toBeCloseTo(20, 1);
    expect(cam.pitch).toBeCloseTo(30, 1);
    await expect(fresh.cards.event()).toHaveAttribute('data-event', 'E11');
    await fresh.close();
  });

  test('"Copy link" copies the current view and confirms it', async ({ app, page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open('?event=E10&lang=en');
    // let the camera's debounced write reach the URL first, so the page URL is settled
    await expect(page).toHaveURL(/cam=/);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const text = await app.clipboardText();
    // the view's own link as written (readable), stamped with the link format version
    expect(text).toBe(`${(await app.link()).href}&v=1`);
    expect(new URL(text).searchParams.get('event')).toBe('E10');
  });

  test('back and forward walk through the events the user stepped through', async ({ app, page }) => {
    await app.open('?event=E06');
    await app.timeline.stepWith('ArrowRight');
    await app.timeline.stepWith('ArrowRight');
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E08');
    await page.goBack();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E07');
    await page.goBack();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E06');
    await page.goForward();
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E07');
  });

  test('a broken camera value is ignored and the story is framed', async ({ app }) => {
    await app.open('?cam=abc,<script>,99&event=E07');
    const cam = await app.map.camera();
    expect(cam.lng).toBeGreaterThan(37);
    expect(cam.lng).toBeLessThan(40);
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E07');
  });
});

test('a hostile link shows what was ignored, as text, and nothing runs', async ({ app, page }) => {
  const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  await app.open(
    `?event=E99&from=2026-03-01&to=2026-02-01&cat=${hostile}&lang=xx&zzz=${hostile}&q=${'a'.repeat(3000)}`,
  );
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('event “E99”: not in the data');
  await expect(notice).toContainText('the range ends before it starts');
  await expect(notice).toContainText('<img src=x');
  expect(await app.hostile.markupRan()).toBeUndefined();
  expect(await app.hostile.imagesFromMarkup().count()).toBe(0);
  // the app still works: the reversed range is ignored, all events are there
  await expect(app.timeline.slider()).toHaveAttribute('aria-valuemax', '24');
  await app.screenshot('hostile-link');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
