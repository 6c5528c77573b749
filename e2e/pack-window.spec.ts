/**
 * A pack larger than the view needs, from nginx with the site's config (deploy/nginx.conf): a link
 * to one month fetches a small fraction of the pack, typing a wider range fetches only the parts
 * it adds, and the counts are the source file's own for each range. The pack is made here, from
 * a generated file (`npm run gen:events`, `npm run pack`), into the build nginx serves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, windowOf } from './fixtures';
import { root, startNginx } from './nginx';

const PORT = 4181;
const NAME = 'gen-window';
const EVENTS = 100_000;
let stopNginx: (() => void) | undefined;
let csv = '';

/** Events of the source file overlapping [from, to] (ISO days), read from its own columns. */
function eventsBetween(from: string, to: string): number {
  const lines = readFileSync(csv, 'utf8').split('\n');
  const header = lines[0].split(',');
  const [d, e] = [header.indexOf('date'), header.indexOf('end_date')];
  let n = 0;
  for (const line of lines.slice(1)) {
    if (!line) continue;
    // id, date and end_date come first, before any quoted text
    const cells = line.split(',', Math.max(d, e) + 1);
    if ((cells[e] || cells[d]) >= from && cells[d] <= to) n++;
  }
  return n;
}

const run = (args: string[]) => {
  const r = spawnSync('node', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: ${r.stderr}`);
};

test.describe('a pack read a range at a time, from nginx', () => {
  test.describe.configure({ timeout: 180_000 });
  test.use({ baseURL: `http://127.0.0.1:${PORT}`, contextOptions: { reducedMotion: 'reduce' as const } });

  test.beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wm-pack-'));
    csv = join(dir, 'events.csv');
    run(['scripts/gen-events.mjs', String(EVENTS), csv, '--csv', '--seed', '7']);
    rmSync(join(root, 'dist/packs', NAME), { recursive: true, force: true });
    run(['scripts/pack.mjs', csv, '--out', join(root, 'dist/packs', NAME), '--part-events', '2500']);
    stopNginx = (await startNginx(PORT)).stop;
  });
  test.afterAll(() => stopNginx?.());

  for (const { width, height, lang } of [
    { width: 1440, height: 900, lang: 'en' },
    { width: 1280, height: 800, lang: 'ar' },
    { width: 390, height: 844, lang: 'ar' },
  ] as const) {
    test.describe(`${width}×${height}, ${lang}`, () => {
      test.use(windowOf(width, height));

      test('one month fetches a small part of the pack; a wider range typed in fetches only what it adds; counts are the file’s', async ({
        app,
      }) => {
        const index = JSON.parse(readFileSync(join(root, 'dist/packs', NAME, 'index.json'), 'utf8')) as {
          dataBytes: number;
          parts: unknown[];
        };
        expect(index.parts.length).toBe(EVENTS / 2500);
        const march = eventsBetween('2025-03-01', '2025-03-31');
        await app.open(`?tab=list&lang=${lang}&data=/packs/${NAME}/&from=2025-03-01&to=2025-03-31`);
        if (width < 600) await app.panel.grip().tap(); // the filters are in the bottom sheet
        await expect(app.filters.count()).toContainText(`${march.toLocaleString('en')} `);
        // what a month needed: a small fraction of the pack, every part by a range request
        const fetched = app.packs.dataBytes.reduce((a, b) => a + b, 0);
        expect(app.packs.dataStatuses.every((s) => s === 206)).toBe(true);
        expect(fetched).toBeGreaterThan(0);
        expect(fetched / index.dataBytes, `${fetched} of ${index.dataBytes} bytes`).toBeLessThan(0.1);
        // the timeline spans the whole pack and says which days are loaded
        await expect(app.filters.loadedDays()).toBeInViewport();
        await expect(app.filters.loadedDays()).toContainText(lang === 'en' ? 'Loaded:' : 'المحمّل');
        await expect(app.filters.unloadedDays().first()).toBeVisible();
        // the days not loaded still show how many events they hold (the pack's counts per day)
        await expect(app.filters.unloadedBars()).toHaveAttribute('d', /^M/);
        await expect(app.data.report()).toContainText(
          lang === 'en' ? `of ${index.parts.length}` : `من ${index.parts.length}`,
        );
        await app.screenshot(`pack-window-month-${width}-${lang}`);
        // the GPU paints the month's points and none of the loaded points outside it
        const dots = await app.map.eventDotPixels();
        expect(dots.missing, 'shown points not painted').toEqual([]);
        expect(dots.stray, 'points outside the range painted').toEqual([]);
        expect(dots.painted.length).toBeGreaterThan(2);

        // widened by typing: the parts it adds are fetched, none of those already on the page
        const before = new Set(app.packs.dataRequests.map((r) => r.range));
        const requestsBefore = app.packs.dataRequests.length;
        await app.filters.typeDate('from', '15/01/2025');
        const wider = eventsBetween('2025-01-15', '2025-03-31');
        await expect(app.filters.count()).toContainText(`${wider.toLocaleString('en')} `, {
          timeout: 30_000,
        });
        const added = app.packs.dataRequests.slice(requestsBefore);
        expect(added.length).toBeGreaterThan(0);
        expect(added.filter((r) => before.has(r.range))).toEqual([]);
        expect(app.packs.dataBytes.reduce((a, b) => a + b, 0) / index.dataBytes).toBeLessThan(0.2);
        await app.screenshot(`pack-window-wider-${width}-${lang}`);
      });
    });
  }
});
