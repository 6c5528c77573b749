/**
 * A pack (`npm run pack`) opened by link: the app fetches its parts with HTTP range requests, and
 * shows the same events the file it was made from gives — stepped through, each title on screen and
 * each point on the uncovered map. A damaged part is named and the rest shown; a host that ignores
 * range requests is said to, and everything still loads. The oracle is the source file's own columns.
 */
import { readFileSync } from 'node:fs';
import { walkSample } from './driver/acledSample';
import { expect, test, windowOf } from './fixtures';

const PACK = '/packs/acled-sample/';
const index = JSON.parse(readFileSync('public/packs/acled-sample/index.json', 'utf8')) as {
  /** the source file's rows, one of which the pack writer could not read */
  totalRows: number;
  events: number;
  parts: { offset: number; bytes: number; events: number }[];
};

for (const { width, height, lang } of [
  { width: 1440, height: 900, lang: 'en' },
  { width: 390, height: 844, lang: 'ar' },
] as const) {
  test.describe(`a pack opened by link, ${width}×${height}, ${lang}`, () => {
    test.describe.configure({ timeout: 180_000 });
    test.use({
      ...windowOf(width, height),
      contextOptions: { reducedMotion: 'reduce' as const },
    });

    test('its parts fetched by range; every event stepped through, its title on screen and its point marked in sight', async ({
      app,
    }) => {
      await app.open(`?tab=list&lang=${lang}&data=${PACK}`);
      await expect(app.filters.count()).toContainText(lang === 'en' ? '11 of 11 events' : '11');
      await expect(app.data.report()).toContainText(
        lang === 'en' ? 'Loaded 11 of 12 rows from acled-sample' : 'acled-sample',
      );
      // one range request per part, exactly the parts' bytes, never the whole file
      expect(app.packs.dataRequests).toEqual(
        index.parts.map((p) => ({
          path: '/packs/acled-sample/events.bin',
          range: `bytes=${p.offset}-${p.offset + p.bytes - 1}`,
        })),
      );
      await expect(app.map.legend()).toContainText(lang === 'en' ? 'Explosions/Remote violence' : 'معارك');

      const { seen, hidden } = await walkSample(
        app,
        lang,
        (i) => `pack-${width}-${lang}-${String(i + 1).padStart(2, '0')}`,
      );
      expect(new Set(seen).size).toBe(11);
      expect(hidden, 'event points a viewer cannot see').toEqual([]);
    });
  });
}

test.describe('a pack from a faulty host', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a damaged part is named, in both languages; the other parts’ events are shown', async ({ app }) => {
    await app.packs.damagePart('acled-sample', 2);
    const lost = index.parts[1].events;
    const shown = index.events - lost;
    // on the first tab, the reader is told that not everything is shown, and where to read why
    await app.open(`?data=${PACK}`);
    // the source file's rows not shown: the damaged part's, and the row the pack writer could not read
    const left = index.totalRows - shown;
    await expect(app.data.linkProblem()).toContainText(
      `Not all of the data link “acled-sample” could be shown: ${left} of ${index.totalRows} rows were left out.`,
    );
    await expect(app.data.linkProblem()).toBeInViewport();
    // the report comes first in the list tab, in sight without scrolling
    await app.open(`?tab=list&data=${PACK}`);
    await expect(app.filters.count()).toHaveText(`${shown} of ${shown} events`);
    await expect(app.data.report()).toContainText(
      `part 2 of 3 of the pack (${lost} events) is damaged (its checksum does not match the index): its events are not shown; the rest of the pack is`,
    );
    await expect(app.data.report()).toBeInViewport();
    await app.screenshot('pack-damaged-part-1280-en');
    await app.open(`?tab=list&lang=ar&data=${PACK}`);
    await expect(app.data.report()).toContainText('الجزء 2 من 3 من الحزمة');
    await expect(app.data.report()).toContainText('تالف');
    await expect(app.data.linkProblem()).toContainText('تعذّر عرض كل ما في رابط البيانات');
    await expect(app.data.linkProblem()).toContainText(`تُرك ${left}`);
  });

  test('a host that ignores range requests: said so, the file fetched once, every event shown', async ({
    app,
  }) => {
    await app.packs.withoutRangeRequests('acled-sample');
    await app.open(`?tab=list&data=${PACK}`);
    await expect(app.filters.count()).toHaveText('11 of 11 events');
    await expect(app.data.report()).toContainText('does not answer range requests');
    expect(app.packs.dataRequests.length).toBe(1);
  });

  test('a link to a folder that holds no pack says so over the story, on the first tab', async ({
    app,
    page,
  }) => {
    await app.open('?data=/packs/no-such-pack/');
    await expect(app.data.linkProblem()).toContainText(
      'Nothing could be loaded from the data link “no-such-pack”',
    );
    await expect(app.data.linkProblem()).toBeInViewport();
    // the story is shown meanwhile
    await expect(page.getByRole('banner')).toContainText('The US-led coalition drawdown from Syria');
  });
});
