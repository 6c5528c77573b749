import { expect, test } from './fixtures';

for (const lang of ['en', 'ar'] as const) {
  test.describe(`accessibility (${lang})`, () => {
    test('the story view, the list tab, a place card and presentation mode have no axe violations', async ({
      app,
      page,
    }) => {
      await app.open(`?lang=${lang}&event=E07`);
      expect(await app.accessibilityViolations()).toEqual([]);
      await page.getByRole('tab').nth(1).click();
      expect(await app.accessibilityViolations()).toEqual([]);
      await app.open(`?lang=${lang}&place=qasrak`);
      expect(await app.accessibilityViolations()).toEqual([]);
      await app.open(`?lang=${lang}&event=E07&mode=present`);
      expect(await app.accessibilityViolations()).toEqual([]);
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
  await app.tabTo((el) => el.role === 'slider' && el.name === 'Event');
  // focus is visible
  expect(await app.focusOutline()).not.toBe('none');
  await page.keyboard.press('ArrowRight');
  await expect(app.cards.event()).toHaveAttribute('data-event', 'E07');

  // open a place card from the event card
  await page.keyboard.press('Shift+Tab');
  await app.tabTo((el) => el.tag === 'button' && el.name === 'Al-Tanf Garrison');
  await page.keyboard.press('Enter');
  await expect(app.cards.place()).toHaveAttribute('data-place', 'al-tanf-garrison');

  // set a range in the filters tab
  await app.tabTo((el) => el.role === 'tab' && el.name.startsWith('Events & filters'));
  await page.keyboard.press('Enter');
  await app.tabTo((el) => el.role === 'slider' && el.name === 'Start of date range');
  await page.keyboard.press('PageUp'); // +7 days from the first day
  await expect(page).toHaveURL(/from=2025-04-25/);

  // copy the link
  await page.keyboard.press('Shift+Tab');
  await app.tabTo((el) => el.tag === 'button' && el.name.startsWith('Share'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await app.clipboardText()).toContain('from=2025-04-25');
});

test.describe('a reader whose browser prefers Arabic', () => {
  test.use({ locale: 'ar-SY' });
  test('gets the Arabic interface without a lang parameter; a link naming English wins', async ({ app }) => {
    await app.open('?event=E07');
    await expect(app.root()).toHaveAttribute('lang', 'ar');
    await expect(app.body()).toHaveAttribute('dir', 'rtl');
    await expect(app.cards.event().getByRole('heading', { level: 2 })).toHaveText(/[\u0600-\u06FF]/);
    await app.open('?event=E07&lang=en');
    await expect(app.root()).toHaveAttribute('lang', 'en');
  });
});
