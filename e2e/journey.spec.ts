/**
 * Journeys through the whole story, as a viewer takes them: open the map, press Next until the
 * end, and after every step check what a person checks — the event's title is on screen and
 * every place of the event is on the map, in the part no panel, legend, timeline, sheet or map
 * control covers. At the sizes people use, in both languages, on the dashboard and presenting.
 */
import { expect, test, windowOf, type Locator } from './fixtures';
import type { MapDriver } from './driver';

const SIZES = [
  { name: 'desktop 1440×900', width: 1440, height: 900, phone: false },
  { name: 'laptop 1280×800', width: 1280, height: 800, phone: false },
  { name: 'phone 390×844', width: 390, height: 844, phone: true },
] as const;

/** Step with `next` until it is disabled, checking every event on the way (the opening one too). */
async function walk(
  app: MapDriver,
  lang: 'en' | 'ar',
  tag: string,
  next: () => Locator,
  titleOnScreen: () => Locator,
) {
  const steps = await app.data.storySteps();
  const seen: string[] = [];
  const problems: string[] = [];
  for (let i = 0; ; i++) {
    await app.map.settle();
    const id = await app.timeline.currentEventId();
    expect(id, `step ${i + 1} has an event`).toBeTruthy();
    const step = steps.get(id!)!;
    seen.push(id!);
    // the title, in the interface's language, is on screen
    await expect(titleOnScreen()).toContainText(step.title[lang]);
    await expect(titleOnScreen()).toBeInViewport();
    for (const h of await app.map.hiddenPoints(step.points))
      problems.push(
        `${id}: ${h.name} at ${h.x},${h.y} is ${h.why === 'off the map' ? 'off the map' : `under the ${h.why}`}`,
      );
    // and the browser shows the whole map (a band of it once went missing above a phone's sheet)
    const holes = await app.map.holes();
    if (holes > 0) problems.push(`${id}: ${holes} sample points of the map are not shown`);
    if (process.env.SHOTS) await app.screenshot(`journey/${tag}-${String(i + 1).padStart(2, '0')}-${id}`);
    if (await next().isDisabled()) break;
    await next().click();
    await expect.poll(() => app.timeline.currentEventId()).not.toBe(id);
  }
  // every event was visited, once, in order
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBe(steps.size);
  expect(problems, 'event places, or parts of the map, a viewer cannot see').toEqual([]);
}

for (const size of SIZES) {
  for (const lang of ['en', 'ar'] as const) {
    test.describe(`${size.name}, ${lang}`, () => {
      // two dozen steps, each a camera flight and a settled map, on a shared 2-core machine
      test.describe.configure({ timeout: 300_000 });
      test.use({
        ...windowOf(size.width, size.height),
        // camera flights in English (the convoy travels too, presenting); Arabic as a viewer who
        // asks for reduced motion sees it: each step jumps (and the suite stays minutes, not a quarter hour)
        ...(lang === 'ar' ? { contextOptions: { reducedMotion: 'reduce' as const } } : {}),
      });

      test('stepping through the whole story with Next shows every event: its title on screen, its places on the visible map', async ({
        app,
      }) => {
        await app.open(`?lang=${lang}`);
        const next = () =>
          app.timeline.region().getByRole('button', { name: lang === 'en' ? 'Next event' : 'الحدث التالي' });
        // on a phone the event's date and title sit in the timeline, above the controls; elsewhere in the card
        const title = () =>
          size.phone ? app.timeline.now() : app.cards.event().getByRole('heading', { level: 2 });
        await walk(app, lang, `${size.width}-${lang}`, next, title);
      });

      if (size.phone)
        test('with the sheet open, every event is framed in the map above it', async ({ app }) => {
          await app.open(`?lang=${lang}`);
          await app.panel.grip().click();
          await expect(app.panel.grip()).toHaveAttribute('aria-expanded', 'true');
          await expect(app.cards.event()).toBeVisible();
          const next = () =>
            app.timeline
              .region()
              .getByRole('button', { name: lang === 'en' ? 'Next event' : 'الحدث التالي' });
          await walk(app, lang, `sheet-${size.width}-${lang}`, next, () => app.timeline.now());
        });

      test('presenting: every slide frames its event beside the card', async ({ app, page }) => {
        await app.open(`?lang=${lang}&mode=present`);
        const next = () =>
          page
            .getByRole('toolbar')
            .getByRole('button', { name: lang === 'en' ? 'Next event' : 'الحدث التالي' });
        const title = () => app.slides.title();
        await walk(app, lang, `present-${size.width}-${lang}`, next, title);
      });
    });
  }
}
