import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

for (const lang of ['en', 'ar'] as const) {
  test(`on a phone (${lang}): the map fills the screen, touch targets are large, the panel is a bottom sheet`, async ({ app, page }) => {
    await app.open(`?event=E07&lang=${lang}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const map = (await page.locator('.map').boundingBox())!;
    expect(map.width).toBe(375);
    expect(map.height).toBeGreaterThan(600);
    expect(await app.distinctCanvasColours()).toBeGreaterThan(30);

    // the timeline's controls are at least 44 px for a finger
    const targets = [
      page.locator('.timeline__controls button'),
      app.slider(),
      page.locator('.range__handle'),
    ];
    for (const t of targets) {
      for (const box of await t.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      }
    }
    // the sheet: closed, it leaves the map visible; opened, it shows the whole event card
    const grip = page.locator('.panel__grip');
    await expect(grip).toHaveAttribute('aria-expanded', 'false');
    const closed = (await page.locator('.panel').boundingBox())!;
    expect(closed.height).toBeLessThanOrEqual(120);
    await app.screenshot(`phone-${lang}-e07`);
    await grip.tap();
    await expect(grip).toHaveAttribute('aria-expanded', 'true');
    const open = (await page.locator('.panel').boundingBox())!;
    expect(open.height).toBeGreaterThan(300);
    await expect(app.eventCard()).toBeVisible();
    await app.screenshot(`phone-${lang}-e07-sheet`);
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map((v) => v.id)).toEqual([]);

    // stepping by touch: the next button moves the timeline
    await page.locator('.timeline__controls button').last().tap();
    await expect(page).toHaveURL(/event=E08/);
  });
}
