import { expect, test } from './fixtures';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

for (const lang of ['en', 'ar'] as const) {
  test(`on a phone (${lang}): the map fills the screen, touch targets are large, the panel is a bottom sheet`, async ({
    app,
    page,
  }) => {
    await app.open(`?event=E07&lang=${lang}`);
    const overflow = await app.horizontalOverflow();
    expect(overflow).toBeLessThanOrEqual(0);
    const map = (await app.map.area().boundingBox())!;
    expect(map.width).toBe(375);
    expect(map.height).toBeGreaterThan(600);
    expect(await app.map.distinctColours()).toBeGreaterThan(30);

    // the timeline's controls are at least 44 px for a finger
    const targets = [
      app.timeline.buttons(),
      app.timeline.slider(),
      app.timeline.rangeHandles(),
      app.map.controlButtons(),
    ];
    for (const t of targets) {
      for (const box of await app.boxesOf(t)) {
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      }
    }
    // the sheet: closed, it leaves the map visible; opened, it shows the event card with the map above it
    const grip = app.panel.grip();
    await expect(grip).toHaveAttribute('aria-expanded', 'false');
    const closed = (await app.panel.box().boundingBox())!;
    expect(closed.height).toBeLessThanOrEqual(120);
    await app.screenshot(`phone-${lang}-e07`);
    await grip.tap();
    await expect(grip).toHaveAttribute('aria-expanded', 'true');
    const open = (await app.panel.box().boundingBox())!;
    expect(open.height).toBeGreaterThan(200);
    await expect(app.cards.event()).toBeVisible();
    await expect(app.cards.event().getByRole('heading', { level: 2 })).toBeInViewport();
    // the camera frames the event in what the sheet leaves: Al-Tanf is above the sheet, on the map
    await app.map.settle();
    expect(await app.map.hiddenPoints((await app.data.storySteps()).get('E07')!.points)).toEqual([]);
    // the card's links are finger-sized too
    for (const box of await app.boxesOf(app.cards.eventLinksAndButtons())) {
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    // half the screen: the map, framed on the event, stays in sight above the sheet
    expect(open.y).toBeGreaterThan(667 * 0.3);
    await app.screenshot(`phone-${lang}-e07-sheet`);
    expect(await app.accessibilityViolations()).toEqual([]);

    // stepping by touch: the next button moves the timeline; its date and title stay on screen
    await app.timeline.nextButton().tap();
    await expect(page).toHaveURL(/event=E08/);
    await expect(app.timeline.now()).toContainText(lang === 'en' ? '15 Feb 2026' : 'شباط 2026');
    await expect(app.timeline.now()).toBeInViewport();
  });

  test(`on a phone (${lang}): a precise date range by typing, in the filters tab`, async ({ app, page }) => {
    await app.open(`?lang=${lang}`);
    await app.panel.grip().tap();
    await page.getByRole('tab').nth(1).tap();
    const from = page.getByRole('textbox', { name: lang === 'en' ? 'From' : 'من' });
    const to = page.getByRole('textbox', { name: lang === 'en' ? 'To' : 'إلى' });
    await from.fill('11/02/2026');
    await to.fill('15 02 2026');
    await expect(page).toHaveURL(/from=2026-02-11/);
    await expect(page).toHaveURL(/to=2026-02-15/);
    await expect(app.filters.count()).toHaveText(lang === 'en' ? '6 of 24 events' : /^6 /);
    await app.screenshot(`phone-${lang}-range`);
  });
}
