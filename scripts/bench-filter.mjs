#!/usr/bin/env node
// Benchmark: date-range filtering at 10k and 100k events, the app against a bare MapLibre page
// with the same basemap and points, in the same Chromium, in the same run.
// Prints a table and writes it to BENCHMARKS.md. Not a test: figures, not assertions.
//   npm run bench:filter [-- --sizes 10000,100000 --runs 60]
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  appRangeSteps,
  arg,
  heapMB,
  maxGap,
  label,
  bareRangeSteps,
  build,
  launch,
  machine,
  pct,
  root,
  serve,
  writeSection,
} from './bench/harness.mjs';

// the app's record limit per imported file (src/data/io/validateRows.ts)
const MAX_IMPORT_ROWS = Number(
  readFileSync(join(import.meta.dirname, '../src/data/io/validateRows.ts'), 'utf8')
    .match(/MAX_IMPORT_ROWS = ([\d_]+)/)[1]
    .replace(/_/g, ''),
);

const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const RUNS = Number(arg('runs', '60'));

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
    const day = (iso) =>
      Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5);
    const features = fc.features
      .filter((f) => f.geometry)
      .map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: { t: day(f.properties.date), t2: day(f.properties.endDate ?? f.properties.date) },
      }));
    writeFileSync(pts, JSON.stringify({ type: 'FeatureCollection', features }));
  }
}

// a file over the import limit (issue 6: a 1M-row CSV): read up to the limit, the rest reported
const OVER = Number(arg('over', '1000000'));
if (OVER && !existsSync(join(benchDir, `events-${label(OVER)}.csv`)))
  execSync(`node scripts/gen-events.mjs ${OVER} --csv`, { cwd: root, stdio: 'inherit' });

// 2. the built app, the bench data and the bare page from one server
const { base, stop } = await serve(4175, { bench: benchDir });
const browser = await launch();

// Frame gaps (requestAnimationFrame deltas) from navigation on: the longest one is the longest
// time the page could not answer input (responsiveness while the file is imported and drawn).
// The watcher runs only while it measures: a permanent animation-frame loop would shift when the
// range-change renders happen and so the range figures.
const watchFrames = () => {
  window.__frames = [];
  let last = performance.now();
  const tick = (t) => {
    window.__frames.push([t, t - last]);
    last = t;
    if (window.__framesOn) requestAnimationFrame(tick);
  };
  window.__watch = (on) => {
    window.__framesOn = on;
    last = performance.now();
    if (on) requestAnimationFrame(tick);
  };
  window.__watch(true);
};
const stopWatch = (page) => page.evaluate(() => window.__watch(false));

// What the page has put in WebGL buffers (vertex and index data: the points, the basemap's tiles),
// tallied from bufferData/deleteBuffer: the GPU-side size, the same way for the app and the bare page.
// Textures (glyphs, sprites) are left out: the same on both sides and not what grows with events.
const watchGpu = () => {
  const sizes = new WeakMap();
  let total = 0;
  // the binding a bufferData target writes to, asked only when data is given (a wrapper on
  // bindBuffer, called for every draw, slowed the app's frames and so its range figures)
  const BINDING = { 0x8892: 0x8894, 0x8893: 0x8895, 0x8a11: 0x8a28 }; // array, element array, uniform
  for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const P = C.prototype;
    const data = P.bufferData;
    P.bufferData = function (target, src, usage, offset, length) {
      const b = BINDING[target] ? this.getParameter(BINDING[target]) : null;
      const bytes =
        typeof src === 'number'
          ? src
          : length !== undefined && src?.BYTES_PER_ELEMENT
            ? length * src.BYTES_PER_ELEMENT
            : (src?.byteLength ?? 0);
      if (b) {
        total += bytes - (sizes.get(b) ?? 0);
        sizes.set(b, bytes);
      }
      return data.apply(this, arguments);
    };
    const del = P.deleteBuffer;
    P.deleteBuffer = function (b) {
      if (b && sizes.has(b)) {
        total -= sizes.get(b);
        sizes.delete(b);
      }
      return del.call(this, b);
    };
  }
  window.__gpuBytes = () => total;
};
const gpuMB = (page) => page.evaluate(() => window.__gpuBytes() / 1e6);

/** Import `file` through the app's `data` link, expecting `events` valid events; then range changes and playback. */
async function measureApp(n, file = `events-${label(n)}.geojson`, events = n) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(watchFrames);
  await page.addInitScript(watchGpu);
  await page.goto(`${base}/?tab=list&data=/bench/${file}`);
  await page.waitForSelector('.report', { timeout: 300_000 });
  const imported = await page.evaluate(() => performance.now());
  const report = await page.locator('.report').innerText();
  await page.waitForFunction((n) => window.__wm?.ready && window.__wm.events === n, events, {
    timeout: 300_000,
    polling: 20,
  });
  // load: from navigation start to the first idle map with every point in place
  const load = await page.evaluate(
    () =>
      new Promise((r) =>
        window.__wm.map.loaded() && !window.__wm.map.repaint
          ? r(performance.now())
          : window.__wm.map.once('idle', () => r(performance.now())),
      ),
  );
  const cam = await page.evaluate(() => {
    const m = window.__wm.map;
    return [m.getCenter().lng, m.getCenter().lat, m.getZoom()].map((x) => x.toFixed(4)).join(',');
  });
  // the longest stall while the import worker parsed (navigation to the report) and while the
  // points were handed to the map and drawn (report to idle)
  const stallImport = await maxGap(page, 0, imported);
  const stallDraw = await maxGap(page, imported, load);
  await stopWatch(page);
  // one warm-up change (not counted), for the app and the baseline alike
  const times = await appRangeSteps(page, RUNS, 'PageUp');
  // playback: autoplay for 6 s (steps every 2.6 s, each a camera flight over all the points)
  await page.evaluate(() => window.__watch(true));
  await page.getByRole('button', { name: 'Play' }).click();
  const t0 = await page.evaluate(() => performance.now());
  await page.waitForTimeout(6000);
  const t1 = await page.evaluate(() => performance.now());
  // at a million points a software-WebGL frame takes seconds: the click waits for one
  await page.getByRole('button', { name: 'Pause' }).click({ timeout: 300_000 });
  const frames = await page.evaluate(
    ([a, b]) => window.__frames.filter(([t]) => t >= a && t <= b).map(([, d]) => d),
    [t0, t1],
  );
  await stopWatch(page);
  const heap = await heapMB(page);
  const gpu = await gpuMB(page);
  await page.close();
  return {
    heap,
    gpu,
    load,
    imported,
    report,
    cam,
    p50: pct(times, 50),
    p95: pct(times, 95),
    stallImport,
    stallDraw,
    frameP50: pct(frames, 50),
    frameP95: pct(frames, 95),
    fps: frames.length / ((t1 - t0) / 1000),
  };
}

async function measureBare(n, mode, cam) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(watchFrames);
  await page.addInitScript(watchGpu);
  await page.goto(`${base}/bare.html?mode=${mode}&cam=${cam}&points=/bench/points-${label(n)}.geojson`);
  await page.waitForFunction(() => window.__bare?.ready, undefined, { timeout: 300_000, polling: 20 });
  const load = await page.evaluate(() => window.__bare.loadedAt);
  const stall = await maxGap(page, 0, load);
  await stopWatch(page);
  const times = await bareRangeSteps(page, RUNS);
  const heap = await heapMB(page);
  const gpu = await gpuMB(page);
  await page.close();
  return { heap, gpu, load, stall, p50: pct(times, 50), p95: pct(times, 95) };
}

const rows = [];
for (const n of SIZES) {
  const app = await measureApp(n);
  const bare = await measureBare(n, 'feature-state', app.cam);
  const naive = await measureBare(n, 'global-state', app.cam);
  rows.push({ n, app, bare, naive });
  console.log(
    `${label(n)}: app load ${Math.round(app.load)} ms (import done ${Math.round(app.imported)}), range p50 ${app.p50.toFixed(1)} / p95 ${app.p95.toFixed(1)} ms; bare load ${Math.round(bare.load)} ms, p50 ${bare.p50.toFixed(1)} / p95 ${bare.p95.toFixed(1)} ms; bare global-state p50 ${naive.p50.toFixed(1)} / p95 ${naive.p95.toFixed(1)} ms`,
  );
}
let over = null;
if (OVER) {
  over = await measureApp(OVER, `events-${label(OVER)}.csv`, Math.min(OVER, MAX_IMPORT_ROWS));
  console.log(
    `${label(OVER)} CSV: report after ${Math.round(over.imported)} ms, map idle ${Math.round(over.load)} ms, range p95 ${over.p95.toFixed(1)} ms`,
  );
}
await browser.close();
stop();

const f = (x) => x.toFixed(1);
const table = [
  '| events | app load (ms) | bare load (ms) | app range p50 (ms) | app range p95 (ms) | bare p50 (ms) | bare p95 (ms) | p95 ratio app/bare | bare global-state p50 / p95 (ms) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ({ n, app, bare, naive }) =>
      `| ${n.toLocaleString('en')} | ${Math.round(app.load)} | ${Math.round(bare.load)} | ${f(app.p50)} | ${f(app.p95)} | ${f(bare.p50)} | ${f(bare.p95)} | ${(app.p95 / bare.p95).toFixed(2)} | ${f(naive.p50)} / ${f(naive.p95)} |`,
  ),
].join('\n');
const f0 = (x) => Math.round(x).toString();
const table2 = [
  '| events | longest stall while importing (ms) | longest stall while drawing (ms) | bare: longest stall while loading (ms) | playback frame p50 / p95 (ms) | playback fps | JS heap app / bare (MB) | WebGL buffers app / bare (MB) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ({ n, app, bare }) =>
      `| ${n.toLocaleString('en')} | ${f0(app.stallImport)} | ${f0(app.stallDraw)} | ${f0(bare.stall)} | ${f(app.frameP50)} / ${f(app.frameP95)} | ${app.fps.toFixed(1)} | ${f0(app.heap)} / ${f0(bare.heap)} | ${f(app.gpu)} / ${f(bare.gpu)} |`,
  ),
].join('\n');
const table3 = over
  ? [
      '| file | report shown (ms) | map idle (ms) | longest stall while importing (ms) | longest stall while drawing (ms) | range p50 / p95 (ms) | playback frame p50 / p95 (ms) | JS heap (MB) | WebGL buffers (MB) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${OVER.toLocaleString('en')}-row CSV (${Math.min(OVER, MAX_IMPORT_ROWS).toLocaleString('en')} read) | ${f0(over.imported)} | ${f0(over.load)} | ${f0(over.stallImport)} | ${f0(over.stallDraw)} | ${f(over.p50)} / ${f(over.p95)} | ${f(over.frameP50)} / ${f(over.frameP95)} | ${f0(over.heap)} | ${f(over.gpu)} |`,
    ].join('\n') +
    `\n\nThe import report said: “${over.report.split('\n').find((l) => /import limit/.test(l)) ?? over.report.split('\n')[0]}”`
  : '';
console.log('\n' + table + '\n\n' + table2 + (table3 ? '\n\n' + table3 : ''));

writeSection(
  'Date-range filtering (`npm run bench:filter`)',
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${machine()}), headless Chromium with SwiftShader (software WebGL), ${RUNS} range changes per size.
"Range change" is one key press on the end-of-range handle (±7 days), timed from the input to the map's next \`idle\`
(in the app this includes React re-filtering the list, counts and histogram). "Bare" is a plain MapLibre page with the same basemap
and the same points at the app's camera, hiding the same week of points the same way (feature-state on just those points).
"Bare global-state" hides them with a paint expression reading a global-state range instead, which makes MapLibre re-tile the
source on every change (the app's mechanism before; kept for reference). Load is navigation start to the first idle map with all points loaded.

${table}

Responsiveness and playback: the longest gap between animation frames (the longest the page could not answer input) while
the file is parsed and validated in the import worker, and while the validated events are handed to the map and drawn;
then frame intervals during 6 s of autoplay (each step flies the camera over all the points; software WebGL).
Memory after the range changes and playback: the JS heap after a forced garbage collection, and the vertex and index data the
page holds in WebGL buffers (tallied from \`bufferData\`/\`deleteBuffer\`; the GPU-side size, textures left out), for the app
and for the bare page with the same points.

${table2}
${
  table3
    ? `
The largest file: a ${OVER.toLocaleString('en')}-row CSV (the import reads ${MAX_IMPORT_ROWS.toLocaleString('en')} records per file at most, and reports the rest).
The page keeps answering while the worker reads it; the stall while drawing is the hand-over of the events to the page's
derivations and the map (see "What was tried" in the scale section).

${table3}`
    : ''
}`,
);
