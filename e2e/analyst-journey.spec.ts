/**
 * The whole of an imported ACLED file, stepped through at the sizes people use and in both
 * languages: every event's title is on screen and its point is on the part of the map nothing
 * covers. The oracle is the file itself (its columns read here), not the app's reader.
 */
import { expectSampleStep, walkSample } from './driver/acledSample';
import { expect, SIZES, test, windowOf } from './fixtures';

for (const size of SIZES) {
  for (const lang of ['en', 'ar'] as const) {
    test.describe(`${size.width}×${size.height}, ${lang}`, () => {
      test.describe.configure({ timeout: 180_000 });
      test.use({
        ...windowOf(size.width, size.height),
        contextOptions: { reducedMotion: 'reduce' as const },
      });

      test('an imported ACLED file, stepped through: each title on screen, each point on the visible map', async ({
        app,
      }) => {
        await app.open(`?tab=list&lang=${lang}`);
        await app.data.import('public/examples/acled-sample.csv');
        await expect(app.filters.count()).toContainText('11');
        const { seen, hidden: problems } = await walkSample(
          app,
          lang,
          (i) => `imported-${size.width}-${lang}-${String(i + 1).padStart(2, '0')}`,
        );
        expect(new Set(seen).size).toBe(11);
        expect(problems, 'event points a viewer cannot see').toEqual([]);
      });
    });
  }
}

// Presenting an imported file: the slides are its events, and each slide's point is marked and
// in sight beside the large card (a desktop in English, a phone in Arabic).
for (const { size, lang } of [
  { size: SIZES[0], lang: 'en' },
  { size: SIZES[2], lang: 'ar' },
] as const) {
  test.describe(`presenting, ${size.width}×${size.height}, ${lang}`, () => {
    test.describe.configure({ timeout: 180_000 });
    test.use({
      ...windowOf(size.width, size.height),
      contextOptions: { reducedMotion: 'reduce' as const },
    });

    test('an imported ACLED file presented slide by slide: each title on its slide, each point marked in sight', async ({
      app,
      page,
    }) => {
      await app.open(`?tab=list&lang=${lang}`);
      await app.data.import('public/examples/acled-sample.csv');
      await expect(app.filters.count()).toContainText('11');
      await page.getByRole('button', { name: lang === 'en' ? 'Present' : 'عرض تقديمي', exact: true }).click();
      await expect(page).toHaveURL(/mode=present/);
      await page.keyboard.press('Home');
      const progress = app.slides.progress();
      const seen: string[] = [];
      const problems: string[] = [];
      for (let i = 1; i <= 11; i++) {
        await expect(progress).toContainText(String(i));
        await app.map.settle();
        const id = (await app.slides.card().getAttribute('data-event'))!;
        seen.push(id);
        problems.push(...(await expectSampleStep(app, id, app.slides.title(), true)));
        if (i === 1 || process.env.SHOTS)
          await app.screenshot(`imported-present-${size.width}-${lang}-${String(i).padStart(2, '0')}`);
        // the bar, the legend, the card and the map's controls each in a place of their own
        if (i === 1) expect(await app.map.overlappingCovers()).toEqual([]);
        await page.keyboard.press('PageDown');
      }
      expect(new Set(seen).size).toBe(11);
      expect(problems, 'event points a viewer cannot see beside the slide').toEqual([]);
    });
  });
}
