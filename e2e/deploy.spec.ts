/**
 * The production build behind a real web server: nginx with deploy/nginx.conf, serving dist/
 * (built by the test web server). Headers, caching, and the app working under the policy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { root, startNginx } from './nginx';
// @ts-expect-error plain ESM module shared with vite.config.ts
import { CSP } from '../deploy/headers.mjs';

const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let stopNginx: (() => void) | undefined;

test.describe('deployed with nginx', () => {
  test.use({ baseURL: ORIGIN });

  test.beforeAll(async () => {
    stopNginx = (await startNginx(PORT)).stop;
  });
  test.afterAll(() => stopNginx?.());

  test('sends the security headers and cache rules: hashed assets for a year, the rest revalidated', async ({
    request,
  }) => {
    const index = await request.get('/');
    expect(index.headers()['content-security-policy']).toBe(CSP);
    expect(index.headers()['x-content-type-options']).toBe('nosniff');
    expect(index.headers()['cache-control']).toBe('no-cache');
    const js = readdirSync(join(root, 'dist/assets')).find((f) => /^index-.*\.js$/.test(f))!;
    const asset = await request.get(`/assets/${js}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-security-policy']).toBe(CSP);
    expect(asset.headers()['content-encoding']).toBe('gzip');
    // MapLibre's worker is an ES module: it must be served as JavaScript
    const worker = readdirSync(join(root, 'dist/assets')).find((f) => f.endsWith('.mjs'))!;
    expect((await request.get(`/assets/${worker}`)).headers()['content-type']).toMatch(
      /^application\/javascript\b/,
    );
    const basemap = await request.get('/basemap/countries.geojson');
    expect(basemap.headers()['content-type']).toContain('application/geo+json');
    expect(basemap.headers()['cache-control']).toBe('no-cache');
    expect((await request.get('/data/nope.json')).status()).toBe(404);
  });

  test('the app runs under the policy: map, timeline, import worker, snapshot — and an injected inline script is blocked', async ({
    app,
    page,
    guard,
  }) => {
    await app.open('?event=E07');
    expect(await app.map.distinctColours()).toBeGreaterThan(40);
    await app.timeline.stepWith('ArrowRight');
    await expect(app.cards.event()).toHaveAttribute('data-event', 'E08');
    // the import worker starts under the policy
    await app.panel.openListTab();
    await app.data.import(join(root, 'public/examples/events-example.csv'));
    await expect(app.data.report()).toContainText(/Loaded \d+ of \d+ rows/);
    // a PNG snapshot (canvas → blob download)
    await page.getByRole('button', { name: 'Share' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save image (PNG)', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(guard.csp).toEqual([]);
    // the policy is enforced, not only sent: an inline script does not run
    guard.allowConsole.push(/Content Security Policy/);
    await app.hostile.injectInlineScript();
    expect(await app.hostile.inlineScriptRan()).toBeUndefined();
    await expect.poll(() => guard.csp.length).toBeGreaterThan(0);
    expect(guard.csp[0]).toMatch(/^script-src/);
    guard.csp.length = 0;
  });

  test('a pack is served by range: each part fetched alone (206), uncompressed, and the app shows its events', async ({
    app,
    request,
  }) => {
    const index = JSON.parse(readFileSync(join(root, 'public/packs/acled-sample/index.json'), 'utf8')) as {
      dataBytes: number;
      parts: { offset: number; bytes: number }[];
    };
    const part = index.parts[1];
    const res = await request.get('/packs/acled-sample/events.bin', {
      headers: { Range: `bytes=${part.offset}-${part.offset + part.bytes - 1}`, 'Accept-Encoding': 'gzip' },
    });
    expect(res.status()).toBe(206);
    expect(res.headers()['content-range']).toBe(
      `bytes ${part.offset}-${part.offset + part.bytes - 1}/${index.dataBytes}`,
    );
    expect(res.headers()['content-encoding']).toBeUndefined();
    expect((await res.body()).length).toBe(part.bytes);

    await app.open('?tab=list&data=/packs/acled-sample/');
    await expect(app.filters.count()).toHaveText('11 of 11 events');
    expect(app.packs.dataStatuses).toEqual(index.parts.map(() => 206));
    await expect(app.data.report()).not.toContainText('range requests');
  });
});
