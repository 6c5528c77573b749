#!/usr/bin/env node
// Which way to hand event points to MapLibre at scale (issue 14, item 3), measured rather than
// assumed: the bare baseline page (bare.js) given the same points two ways, in the same run —
//   geojson: MapLibre's GeoJSON source, by URL (its worker fetches, parses and indexes them all);
//   tiles:   the app's way (src/map/pointSource.ts): the page holds the points as columns and the
//            app's tile worker (src/map/pointTiles.worker.ts, bundled here) cuts each tile in view.
// For each: load (navigation to the first idle map with the points), the longest frame gap, and a
// ±7-day range change by feature-state (p50/p95, as bench-filter.mjs). Camera: the whole region.
//   node scripts/bench/map-path.mjs [--sizes 100000,1000000] [--runs 30] [--no-build]
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { build as viteBuild } from 'vite';
import * as bench from './harness.mjs';

const SIZES = bench.arg('sizes', '100000,1000000').split(',').map(Number);
const RUNS = Number(bench.arg('runs', '30'));
const benchDir = join(bench.root, 'bench-data');
const day = (iso) => Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5);

// 1. the points: from gen-events' CSV (the same generator as bench-filter's files)
for (const n of SIZES) {
  const pts = join(benchDir, `path-points-${bench.label(n)}.geojson`);
  if (existsSync(pts)) continue;
  const csv = join(benchDir, `events-${bench.label(n)}.csv`);
  if (!existsSync(csv))
    execSync(`node scripts/gen-events.mjs ${n} --csv`, { cwd: bench.root, stdio: 'inherit' });
  const { data } = Papa.parse(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true });
  const features = data.map((r) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] },
    properties: { t: day(r.date), t2: day(r.end_date || r.date) },
  }));
  writeFileSync(pts, JSON.stringify({ type: 'FeatureCollection', features }));
  console.log(`${pts}: ${features.length} points`);
}

// 2. the app (for its basemap files) and its tile worker as one file the bare page can load
if (!process.argv.includes('--no-build')) bench.build();
await viteBuild({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: join(bench.root, 'dist/bench-lib'),
    emptyOutDir: true,
    lib: {
      entry: join(bench.root, 'src/map/pointTiles.worker.ts'),
      formats: ['es'],
      fileName: () => 'pointTiles.worker.js',
    },
  },
});
const { base, stop } = await bench.serve(4184, { bench: benchDir });
const browser = await bench.launch();

async function measure(n, source) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(bench.watchFrameGaps);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/bare.html?source=${source}&points=/bench/path-points-${bench.label(n)}.geojson`);
  await page.waitForFunction(() => window.__bare?.ready, undefined, { timeout: 600_000, polling: 50 });
  const { load, handed } = await page.evaluate(() => ({
    load: window.__bare.loadedAt,
    handed: window.__handedAt ?? null,
  }));
  const stall = await page.evaluate(
    (to) => Math.max(0, ...window.__frames.filter(([t]) => t <= to).map(([, d]) => d)),
    load,
  );
  await page.evaluate(() => (window.__stopFrames = true));
  const times = await bench.bareRangeSteps(page, RUNS);
  const drawn = await page.evaluate(
    () => window.__bare.map.queryRenderedFeatures({ layers: ['events'] }).length,
  );
  await page.close();
  if (errors.length) throw new Error(`${source} ${n}: ${errors.join('; ')}`);
  return { load, handed, stall, drawn, p50: bench.pct(times, 50), p95: bench.pct(times, 95) };
}

const rows = [];
try {
  for (const n of SIZES) {
    const geojson = await measure(n, 'geojson');
    const tiles = await measure(n, 'tiles');
    console.log(bench.label(n), JSON.stringify({ geojson, tiles }));
    rows.push({ n, geojson, tiles });
  }
} finally {
  await browser.close();
  stop();
}
const f0 = (x) => Math.round(x).toLocaleString('en');
const f1 = (x) => x.toFixed(1);
bench.writeSection(
  'Handing points to MapLibre at scale (`node scripts/bench/map-path.mjs`)',
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${bench.machine()}), headless Chromium with SwiftShader (software WebGL), one page per way and size, ${RUNS} range changes each. The bare baseline page (the basemap and one circle layer) at its default camera (the whole region, every point in view), given the same points two ways. **GeoJSON**: MapLibre's GeoJSON source by URL (its worker fetches, parses and indexes every point). **Tiles**: the app's way: the page reads the points and holds them as columns, the app's tile worker (\`src/map/pointTiles.worker.ts\`) cuts each tile MapLibre asks for (\`src/map/pointSource.ts\`). Load: navigation to the first idle map with the points (for tiles, the points' download and read on the page included; "handed over" is when the columns went to the worker). Range change: one ±7-day step by feature-state on the points of the last week, input to the next idle map.`,
    '',
    '| points | GeoJSON: load (ms) | tiles: load (ms) (handed over at) | GeoJSON: longest frame gap (ms) | tiles: longest frame gap (ms) | GeoJSON: range p50 / p95 (ms) | tiles: range p50 / p95 (ms) | points drawn GeoJSON / tiles |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ n, geojson: g, tiles: t }) =>
        `| ${n.toLocaleString('en')} | ${f0(g.load)} | ${f0(t.load)} (${f0(t.handed)}) | ${f0(g.stall)} | ${f0(t.stall)} | ${f1(g.p50)} / ${f1(g.p95)} | ${f1(t.p50)} / ${f1(t.p95)} | ${g.drawn.toLocaleString('en')} / ${t.drawn.toLocaleString('en')} |`,
    ),
  ].join('\n'),
);
console.log('written to BENCHMARKS.md');
