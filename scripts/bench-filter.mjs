#!/usr/bin/env node
// Benchmark: date-range filtering at 10k and 100k events, the app against a bare MapLibre page
// with the same basemap and points, in the same Chromium, in the same run.
// Prints a table and writes it to BENCHMARKS.md. Not a test: figures, not assertions.
//   npm run bench:filter [-- --sizes 10000,100000 --runs 60]
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, build, launch, machine, pct, root, serve, writeSection } from './bench/harness.mjs';

const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const RUNS = Number(arg('runs', '60'));
const label = (n) => (n >= 1e6 ? `${n / 1e6}m` : `${n / 1e3}k`);

// 1. build and data
build();
// generated data lives outside public/ so builds do not copy it into dist/
const benchDir = join(root, 'bench-data');
mkdirSync(benchDir, { recursive: true });
for (const n of SIZES) {
  const file = join(benchDir, `events-${label(n)}.geojson`);
  if (!existsSync(file)) execSync(`node scripts/gen-events.mjs ${n}`, { cwd: root, stdio: 'inherit' });
  // the bare page gets the same points, reduced to what its one layer reads
  const pts = join(benchDir, `points-${label(n)}.geojson`);
  if (!existsSync(pts)) {
    const fc = JSON.parse(readFileSync(file, 'utf8'));
    const day = (iso) => Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5);
    const features = fc.features
      .filter((f) => f.geometry)
      .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { t: day(f.properties.date), t2: day(f.properties.endDate ?? f.properties.date) } }));
    writeFileSync(pts, JSON.stringify({ type: 'FeatureCollection', features }));
  }
}

// 2. the built app, the bench data and the bare page from one server
const { base, stop } = await serve(4175, { bench: benchDir });
const browser = await launch();


async function measureApp(n) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${base}/?tab=list&data=/bench/events-${label(n)}.geojson`);
  await page.waitForSelector('.report', { timeout: 300_000 });
  const imported = await page.evaluate(() => performance.now());
  await page.waitForFunction((n) => window.__wm?.ready && window.__wm.events === n, n, { timeout: 300_000, polling: 20 });
  // load: from navigation start to the first idle map with every point in place
  const load = await page.evaluate(() => new Promise((r) => (window.__wm.map.loaded() ? r(performance.now()) : window.__wm.map.once('idle', () => r(performance.now())))));
  const cam = await page.evaluate(() => {
    const m = window.__wm.map;
    return [m.getCenter().lng, m.getCenter().lat, m.getZoom()].map((x) => x.toFixed(4)).join(',');
  });
  const handle = page.getByRole('slider', { name: 'End of date range' });
  await handle.focus();
  const times = [];
  // one warm-up change (not counted), for the app and the baseline alike
  for (let i = -1; i < RUNS; i++) {
    const key = (i + 2) % 2 === 0 ? 'PageDown' : 'PageUp';
    const ms = await page.evaluate(
      (key) =>
        new Promise((resolve) => {
          const map = window.__wm.map;
          const el = document.activeElement;
          const start = performance.now();
          // wait for the render the input causes, then for the map to settle
          map.once('render', () => map.once('idle', () => resolve(performance.now() - start)));
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          map.triggerRepaint();
        }),
      key,
    );
    if (i >= 0) times.push(ms);
  }
  await page.close();
  return { load, imported, cam, p50: pct(times, 50), p95: pct(times, 95) };
}

async function measureBare(n, mode, cam) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${base}/bare.html?mode=${mode}&cam=${cam}&points=/bench/points-${label(n)}.geojson`);
  await page.waitForFunction(() => window.__bare?.ready, undefined, { timeout: 300_000, polling: 20 });
  const load = await page.evaluate(() => window.__bare.loadedAt);
  const times = [];
  for (let i = -1; i < RUNS; i++) {
    const ms = await page.evaluate(
      (i) =>
        new Promise((resolve) => {
          const map = window.__bare.map;
          const start = performance.now();
          map.once('render', () => map.once('idle', () => resolve(performance.now() - start)));
          window.__bare.step(i);
          map.triggerRepaint();
        }),
      i,
    );
    if (i >= 0) times.push(ms);
  }
  await page.close();
  return { load, p50: pct(times, 50), p95: pct(times, 95) };
}

const rows = [];
for (const n of SIZES) {
  const app = await measureApp(n);
  const bare = await measureBare(n, 'feature-state', app.cam);
  const naive = await measureBare(n, 'global-state', app.cam);
  rows.push({ n, app, bare, naive });
  console.log(`${label(n)}: app load ${Math.round(app.load)} ms (import done ${Math.round(app.imported)}), range p50 ${app.p50.toFixed(1)} / p95 ${app.p95.toFixed(1)} ms; bare load ${Math.round(bare.load)} ms, p50 ${bare.p50.toFixed(1)} / p95 ${bare.p95.toFixed(1)} ms; bare global-state p50 ${naive.p50.toFixed(1)} / p95 ${naive.p95.toFixed(1)} ms`);
}
await browser.close();
stop();

const f = (x) => x.toFixed(1);
const table = [
  '| events | app load (ms) | bare load (ms) | app range p50 (ms) | app range p95 (ms) | bare p50 (ms) | bare p95 (ms) | p95 ratio app/bare | bare global-state p50 / p95 (ms) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(({ n, app, bare, naive }) => `| ${n.toLocaleString('en')} | ${Math.round(app.load)} | ${Math.round(bare.load)} | ${f(app.p50)} | ${f(app.p95)} | ${f(bare.p50)} | ${f(bare.p95)} | ${(app.p95 / bare.p95).toFixed(2)} | ${f(naive.p50)} / ${f(naive.p95)} |`),
].join('\n');
console.log('\n' + table);

writeSection(
  'Date-range filtering (`npm run bench:filter`)',
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${machine()}), headless Chromium with SwiftShader (software WebGL), ${RUNS} range changes per size.
"Range change" is one key press on the end-of-range handle (±7 days), timed from the input to the map's next \`idle\`
(in the app this includes React re-filtering the list, counts and histogram). "Bare" is a plain MapLibre page with the same basemap
and the same points at the app's camera, hiding the same week of points the same way (feature-state on just those points).
"Bare global-state" hides them with a paint expression reading a global-state range instead, which makes MapLibre re-tile the
source on every change (the app's mechanism before; kept for reference). Load is navigation start to the first idle map with all points loaded.

${table}`,
);
