import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/** axe-core on the page as a person sees it; the map canvas itself is an image region. */
async function violations(page: Page) {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return r.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`accessibility (${lang})`, () => {
    test('the story view, the list tab, a place card and presentation mode have no axe violations', async ({
      app,
      page,
    }) => {
      await app.open(`?lang=${lang}&event=E07`);
      expect(await violations(page)).toEqual([]);
      await page.getByRole('tab').nth(1).click();
      expect(await violations(page)).toEqual([]);
      await app.open(`?lang=${lang}&place=qasrak`);
      expect(await violations(page)).toEqual([]);
      await app.open(`?lang=${lang}&event=E07&mode=present`);
      expect(await violations(page)).toEqual([]);
    });
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`the header's buttons stay readable when hovered (${lang})`, async ({ app, page }) => {
    await app.open(`?lang=${lang}`);
    const buttons = page.getByRole('banner').getByRole('button');
    const n = await buttons.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < n; i++) {
      const b = buttons.nth(i);
      expect(await app.textContrast(b), `${await b.textContent()} at rest`).toBeGreaterThanOrEqual(4.5);
      await b.hover();
      expect(await app.textContrast(b), `${await b.textContent()} hovered`).toBeGreaterThanOrEqual(4.5);
    }
  });
}

/** Press Tab until the focused element matches; fails if it is not reachable in `max` presses. */
async function tabTo(
  page: Page,
  test: (el: { tag: string; name: string; role: string | null }) => boolean,
  max = 80,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a) return { tag: '', name: '', role: null };
      const label =
        a.getAttribute('aria-label') ??
        (a.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent : null) ??
        a.closest('label')?.textContent ??
        a.textContent ??
        '';
      return { tag: a.tagName.toLowerCase(), name: label.trim(), role: a.getAttribute('role') };
    });
    if (test(el)) return;
  }
  throw new Error('not reachable with Tab');
}

test('keyboard only: skip to the timeline, step to an event, set a range, open a card, copy a link', async ({
  app,
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('?event=E06');
  // the first Tab reaches the skip link; it moves focus to the timeline
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.role === 'slider' && el.name === 'Event');
  // focus is visible
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowRight');
  await expect(app.eventCard()).toHaveAttribute('data-event', 'E07');

  // open a place card from the event card
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, (el) => el.tag === 'button' && el.name === 'Al-Tanf Garrison');
  await page.keyboard.press('Enter');
  await expect(app.placeCard()).toHaveAttribute('data-place', 'al-tanf-garrison');

  // set a range in the filters tab
  await tabTo(page, (el) => el.role === 'tab' && el.name.startsWith('Events & filters'));
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.role === 'slider' && el.name === 'Start of date range');
  await page.keyboard.press('PageUp'); // +7 days from the first day
  await expect(page).toHaveURL(/from=2025-04-25/);

  // copy the link
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, (el) => el.tag === 'button' && el.name.startsWith('Share'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('from=2025-04-25');
});

test.describe('a reader whose browser prefers Arabic', () => {
  test.use({ locale: 'ar-SY' });
  test('gets the Arabic interface without a lang parameter; a link naming English wins', async ({
    app,
    page,
  }) => {
    await app.open('?event=E07');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('body')).toHaveAttribute('dir', 'rtl');
    await expect(app.eventCard().getByRole('heading', { level: 2 })).toHaveText(/[\u0600-\u06FF]/);
    await app.open('?event=E07&lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
