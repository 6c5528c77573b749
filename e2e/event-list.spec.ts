/**
 * The event list as a keyboard user and a reader of the timeline meet it, at the sizes people use
 * and in both languages: keys move between rows and keep the focused row whole in view, Enter
 * selects, and a step on the timeline brings the list to the current event.
 */
import { expect, SIZES, test, windowOf } from './fixtures';

/** Wholly in view, to the pixel: the scroller's height can be fractional, and a browser scrolls by whole pixels. */
const WHOLE = 0.98;

for (const size of SIZES) {
  for (const lang of ['en', 'ar'] as const) {
    test.describe(`${size.width}×${size.height}, ${lang}`, () => {
      test.use({
        ...windowOf(size.width, size.height),
        contextOptions: { reducedMotion: 'reduce' as const },
      });

      test('the event list by keyboard, and in step with the timeline', async ({ app, page }) => {
        await app.open(`?tab=list&lang=${lang}`);
        await expect(app.filters.count()).toContainText('24');
        if (size.width < 600) await app.panel.grip().tap(); // the list is in the bottom sheet
        await app.list.at(1).focus();
        // End and Home reach the ends, each row focused and wholly in view
        await page.keyboard.press('End');
        await expect(app.list.at(24)).toBeFocused();
        await expect(app.list.at(24)).toBeInViewport({ ratio: WHOLE });
        await page.keyboard.press('Home');
        await expect(app.list.at(1)).toBeFocused();
        await expect(app.list.at(1)).toBeInViewport({ ratio: WHOLE });
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
        await expect(app.list.at(4)).toBeFocused();
        await page.keyboard.press('PageDown');
        // a page on: the row focused now is further down, whole in view
        await expect(app.list.at(4)).not.toBeFocused();
        await expect(app.list.focused()).toBeInViewport({ ratio: WHOLE });
        expect(await app.list.focusedPosition()).toBeGreaterThan(4);
        await page.keyboard.press('PageUp');
        await expect(app.list.at(4)).toBeFocused();
        await expect(app.list.at(4)).toBeInViewport({ ratio: WHOLE });
        // Enter selects the row's event: the timeline moves to step 4
        await page.keyboard.press('Enter');
        await expect(app.timeline.counter()).toHaveText('4 / 24');
        await expect(app.list.at(4)).toHaveAttribute('aria-current', 'true');
        // a step to the end on the timeline brings the list to the last event
        await app.timeline.stepWith('End');
        await expect(app.list.current()).toBeInViewport({ ratio: WHOLE });
        await expect(app.list.at(24)).toHaveAttribute('aria-current', 'true');
        await app.screenshot(`list-keys-${size.width}-${lang}`);
      });
    });
  }
}
