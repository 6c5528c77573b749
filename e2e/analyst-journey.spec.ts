/**
 * The whole of an imported ACLED file, stepped through at the sizes people use and in both
 * languages: every event's title is on screen and its point is on the part of the map nothing
 * covers. The oracle is the file itself (its columns read here), not the app's reader.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const SIZES = [
  { width: 1440, height: 900, phone: false },
  { width: 1280, height: 800, phone: false },
  { width: 390, height: 844, phone: true },
] as const;

/** The sample's rows by event id: the title the app should show and where the event is. */
const rows = new Map(
  Papa.parse<Record<string, string>>(readFileSync('public/examples/acled-sample.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((r) => [
    r.event_id_cnty,
    {
      title: [r.sub_event_type, r.location].filter(Boolean).join(' — '),
      point: r.latitude && r.longitude ? { name: r.location, lat: +r.latitude, lon: +r.longitude } : null,
    },
  ]),
);

for (const size of SIZES) {
  for (const lang of ['en', 'ar'] as const) {
    test.describe(`${size.width}×${size.height}, ${lang}`, () => {
      test.describe.configure({ timeout: 180_000 });
      test.use({
        viewport: { width: size.width, height: size.height },
        ...(size.phone ? { hasTouch: true, isMobile: true } : {}),
        contextOptions: { reducedMotion: 'reduce' as const },
      });

      test('an imported ACLED file, stepped through: each title on screen, each point on the visible map', async ({
        app,
      }) => {
        await app.open(`?tab=list&lang=${lang}`);
        await app.data.import('public/examples/acled-sample.csv');
        await expect(app.filters.count()).toContainText('11');
        const next = () =>
          app.timeline.region().getByRole('button', { name: lang === 'en' ? 'Next event' : 'الحدث التالي' });
        const seen: string[] = [];
        const problems: string[] = [];
        for (let i = 0; ; i++) {
          await app.map.settle();
          const id = (await app.timeline.currentEventId())!;
          const row = rows.get(id);
          expect(row, `${id} is a row of the file`).toBeTruthy();
          seen.push(id);
          await expect(app.timeline.now()).toContainText(row!.title);
          await expect(app.timeline.now()).toBeInViewport();
          // the step's point is marked above the labels (a city name never hides it)
          if (row!.point) expect(await app.map.currentEventMarked()).toBe(id);
          if (row!.point)
            for (const h of await app.map.hiddenPoints([row!.point]))
              problems.push(`${id}: ${h.name} at ${h.x},${h.y} is ${h.why}`);
          if (i === 0 || process.env.SHOTS)
            await app.screenshot(`imported-${size.width}-${lang}-${String(i + 1).padStart(2, '0')}`);
          if (await next().isDisabled()) break;
          await next().click();
          await expect.poll(() => app.timeline.currentEventId()).not.toBe(id);
        }
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
      viewport: { width: size.width, height: size.height },
      ...(size.phone ? { hasTouch: true, isMobile: true } : {}),
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
        const row = rows.get(id);
        expect(row, `${id} is a row of the file`).toBeTruthy();
        seen.push(id);
        await expect(app.slides.title()).toHaveText(row!.title);
        await expect(app.slides.title()).toBeInViewport();
        if (row!.point) {
          expect(await app.map.currentEventMarked()).toBe(id);
          for (const h of await app.map.hiddenPoints([row!.point]))
            problems.push(`${id}: ${h.name} at ${h.x},${h.y} is ${h.why}`);
        }
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
