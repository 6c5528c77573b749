#!/usr/bin/env node
// Benchmark: loading an ACLED file by link (issue 13, item 8): the app opening
// /?data=/bench/acled-100k.csv against a bare MapLibre page showing the same points from a GeoJSON
// file, in the same Chromium, in the same run; plus the import worker's own time, step by step.
// Prints tables and writes them to BENCHMARKS.md. Not a test: figures, not assertions.
//   npm run bench:import [-- --sizes 10000,100000 --runs 5 --parse-runs 3 --no-build]
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import {
  arg,
  label,
  build,
  launch,
  machine,
  median,
  root,
  serve,
  watchFrameGaps,
  maxGap,
  writeSection,
} from './bench/harness.mjs';

const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const RUNS = Number(arg('runs', '5'));
const PARSE_RUNS = Number(arg('parse-runs', '3'));
const TARGET = 1.5;
const EVENTS_PER_MESSAGE = Number(
  readFileSync(join(root, 'src/data/io/import.worker.ts'), 'utf8')
    .match(/EVENTS_PER_MESSAGE = ([\d_]+)/)[1]
    .replace(/_/g, ''),
);

// 1. data: the ACLED file and the same rows' points for the baseline (bench-data/ is not committed)
const benchDir = join(root, 'bench-data');
mkdirSync(benchDir, { recursive: true });
for (const n of SIZES) {
  const csv = join(benchDir, `acled-${label(n)}.csv`);
  if (!existsSync(csv) || !existsSync(csv.replace(/\.csv$/, '.points.geojson')))
    execSync(`node scripts/gen-acled.mjs ${n} --points`, { cwd: root, stdio: 'inherit' });
  // the same rows as a pack (npm run pack), opened by link with range requests
  if (!existsSync(join(benchDir, `packs/acled-${label(n)}/index.json`)))
    execSync(`node scripts/pack.mjs ${csv} --out ${join(benchDir, `packs/acled-${label(n)}`)}`, {
      cwd: root,
      stdio: 'inherit',
    });
}
const csvLink = (n) => `/bench/acled-${label(n)}.csv`;
const packLink = (n) => `/bench/packs/acled-${label(n)}/`;

// 2. the worker's steps in Node: the app's reader modules bundled as they are (SSR build), run in a
//    fresh process per file so one size's warm JIT does not help the other
const splitDir = join(root, 'node_modules/.cache/wm-parse-split');
await viteBuild({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  root,
  build: {
    ssr: 'scripts/bench/parse-split.mjs',
    outDir: splitDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'parse-split.bundle.mjs' } },
  },
});
const split = {};
for (const n of SIZES) {
  const out = execFileSync(process.execPath, [
    join(splitDir, 'parse-split.bundle.mjs'),
    join(benchDir, `acled-${label(n)}.csv`),
    String(PARSE_RUNS),
    String(EVENTS_PER_MESSAGE),
  ]);
  split[n] = JSON.parse(out.toString().trim().split('\n').pop());
  console.log(`${label(n)} worker steps (Node, median of ${PARSE_RUNS}):`, split[n]);
}

// 3. the built app, the bench data and the bare page from one server
if (!process.argv.includes('--no-build')) build();
const { base, stop } = await serve(4178, { bench: benchDir });
const browser = await launch();

// In the page, from navigation on (with watchFrameGaps, the animation-frame gaps): when the import worker's messages arrive, and when the dataset's size is
// published on the test hook (window.__wm.events; map/testHook.ts) — watched through accessors,
// which change nothing the app does.
const watch = () => {
  window.__msgs = {};
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (e) => {
        const k = e.data?.kind;
        if (k === 'events') window.__msgs.firstEvents ??= performance.now();
        if (k === 'done') window.__msgs.done = performance.now();
      });
    }
  };
  window.__published = {};
  const onHook = (hook) => {
    if (!hook) return;
    let n = hook.events;
    if (n !== undefined) window.__published[n] ??= performance.now();
    Object.defineProperty(hook, 'events', {
      configurable: true,
      enumerable: true,
      get: () => n,
      set: (v) => {
        n = v;
        if (v !== undefined) window.__published[v] ??= performance.now();
      },
    });
  };
  let wm;
  Object.defineProperty(window, '__wm', {
    configurable: true,
    get: () => wm,
    set: (v) => {
      wm = v;
      onHook(v);
    },
  });
};

/** The main thread's JS heap, sampled every 100 ms over CDP until `stop()`; then its peak and, after a GC, what stays. */
async function heapWatch(page) {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  let on = true;
  const loop = (async () => {
    while (on) {
      try {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usedSize);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    on = false;
    await loop;
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { peak: Math.max(peak, usedSize), after: usedSize };
  };
}

const MB = 1024 * 1024;

async function measureApp(n, link = csvLink(n)) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(watchFrameGaps);
  await page.addInitScript(watch);
  const heap = await heapWatch(page);
  await page.goto(`${base}/?data=${link}`);
  await page.waitForFunction((n) => window.__wm?.ready && window.__wm.events === n, n, {
    timeout: 300_000,
    polling: 20,
  });
  // loaded: the first idle map (tiles loaded and drawn) once every point has been handed to it
  const load = await page.evaluate(
    () =>
      new Promise((r) =>
        window.__wm.map.loaded() && !window.__wm.map.repaint
          ? r(performance.now())
          : window.__wm.map.once('idle', () => r(performance.now())),
      ),
  );
  const { msgs, published, cam } = await page.evaluate((n) => {
    const m = window.__wm.map;
    return {
      msgs: window.__msgs,
      published: window.__published[n],
      cam: [m.getCenter().lng, m.getCenter().lat, m.getZoom()].map((x) => x.toFixed(4)).join(','),
    };
  }, n);
  const stall = await maxGap(page, 0, load);
  const stallImport = await maxGap(page, 0, msgs.done);
  const stallDraw = await maxGap(page, msgs.done, load);
  await page.evaluate(() => (window.__stopFrames = true));
  const h = await heap();
  await page.close();
  return {
    load,
    ...msgs,
    published,
    cam,
    stall,
    stallImport,
    stallDraw,
    heapPeak: h.peak,
    heapAfter: h.after,
  };
}

async function measureBare(n, cam, halo = false) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(watchFrameGaps);
  await page.addInitScript(watch);
  const heap = await heapWatch(page);
  await page.goto(
    `${base}/bare.html?cam=${cam}&steps=0${halo ? '&halo=1' : ''}&points=/bench/acled-${label(n)}.points.geojson`,
  );
  await page.waitForFunction(() => window.__bare?.loadedAt, undefined, { timeout: 300_000, polling: 20 });
  const load = await page.evaluate(() => window.__bare.loadedAt);
  const stall = await maxGap(page, 0, load);
  await page.evaluate(() => (window.__stopFrames = true));
  const h = await heap();
  await page.close();
  return { load, stall, heapPeak: h.peak, heapAfter: h.after };
}

const rows = [];
try {
  // one discarded load of each page: the browser's first page pays SwiftShader's shader compiles
  const warm = await measureApp(SIZES[0]);
  await measureBare(SIZES[0], warm.cam);
  await measureBare(SIZES[0], warm.cam, true);
  for (const n of SIZES) {
    const apps = [];
    const packs = [];
    const bares = [];
    const halos = [];
    for (let r = 0; r < RUNS; r++) {
      // alternate, so a slow spell of the machine falls on both
      const app = await measureApp(n);
      const bare = await measureBare(n, app.cam);
      const halo = await measureBare(n, app.cam, true);
      const pack = await measureApp(n, packLink(n));
      apps.push(app);
      packs.push(pack);
      bares.push(bare);
      halos.push(halo);
      console.log(
        `${label(n)} run ${r + 1}: app ${Math.round(app.load)} ms (worker done ${Math.round(app.done)}, published ${Math.round(app.published)}), bare ${Math.round(bare.load)} ms → ${(app.load / bare.load).toFixed(2)}; bare with circles ${Math.round(halo.load)} ms → ${(app.load / halo.load).toFixed(2)}; pack ${Math.round(pack.load)} ms (published ${Math.round(pack.published)}) → ${(pack.load / bare.load).toFixed(2)}`,
      );
    }
    const med = (xs, k) => median(xs.map((x) => x[k]));
    const app = Object.fromEntries(
      Object.keys(apps[0]).map((k) => [k, k === 'cam' ? apps[0].cam : med(apps, k)]),
    );
    const pack = Object.fromEntries(
      Object.keys(packs[0]).map((k) => [k, k === 'cam' ? packs[0].cam : med(packs, k)]),
    );
    const packRatios = packs.map((a, i) => a.load / bares[i].load);
    const bare = Object.fromEntries(Object.keys(bares[0]).map((k) => [k, med(bares, k)]));
    const halo = Object.fromEntries(Object.keys(halos[0]).map((k) => [k, med(halos, k)]));
    const ratios = apps.map((a, i) => a.load / bares[i].load);
    const haloRatios = apps.map((a, i) => a.load / halos[i].load);
    rows.push({
      n,
      app,
      pack,
      bare,
      halo,
      ratio: median(ratios),
      ratios,
      haloRatio: median(haloRatios),
      packRatio: median(packRatios),
      packRatios,
    });
  }
} finally {
  await browser.close();
  stop();
}

const f0 = (x) => Math.round(x).toLocaleString('en');
const mb = (x) => (x / MB).toFixed(0);
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const table = [
  '| ACLED rows | file (MB) | app: loaded (ms) | bare: loaded (ms) | ratio app/bare (median; range) | target ≤ 1.5 | bare + the app’s uncertainty circles (ms) | ratio app/that | longest frame gap app / bare (ms) | JS heap peak app / bare (MB) | JS heap after load and a GC, app / bare (MB) |',
  '| ---: | ---: | ---: | ---: | ---: | :-: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(({ n, app, bare, halo, ratio, ratios, haloRatio }) => {
    const size = statSync(join(benchDir, `acled-${label(n)}.csv`)).size / MB;
    return `| ${n.toLocaleString('en')} | ${size.toFixed(1)} | ${f0(app.load)} | ${f0(bare.load)} | ${ratio.toFixed(2)} (${range(ratios)}) | ${ratio <= TARGET ? 'met' : 'not met'} | ${f0(halo.load)} | ${haloRatio.toFixed(2)} | ${f0(app.stall)} / ${f0(bare.stall)} | ${mb(app.heapPeak)} / ${mb(bare.heapPeak)} | ${mb(app.heapAfter)} / ${mb(bare.heapAfter)} |`;
  }),
].join('\n');
const big = rows.find((r) => r.n === 100_000) ?? rows[rows.length - 1];
const verdict = `At ${big.n.toLocaleString('en')} rows the app took ${big.ratio.toFixed(2)}× the bare page (${f0(big.app.load)} against ${f0(big.bare.load)} ms): the ${TARGET}× target is **${big.ratio <= TARGET ? 'met' : 'not met'}**. Against the bare page drawing the app’s uncertainty circles too it took ${big.haloRatio.toFixed(2)}×.`;
const table2 = [
  '| ACLED rows | first slice of events on the page | all events on the page (worker done) | dataset published (React derived it) | map idle with every point | longest frame gap while importing / while drawing |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ({ n, app }) =>
      `| ${n.toLocaleString('en')} | ${f0(app.firstEvents)} | ${f0(app.done)} | ${f0(app.published)} | ${f0(app.load)} | ${f0(app.stallImport)} / ${f0(app.stallDraw)} |`,
  ),
].join('\n');
const table3 = [
  '| ACLED rows | read table (papaparse) | recognise + records (ACLED reader) | records → events | sort | hand-over as columns: encode (worker) / clone / decode (page) | (before: the same events cloned as objects) | parseEventsFile, whole |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(({ n }) => {
    const s = split[n];
    return `| ${n.toLocaleString('en')} | ${f0(s.table)} | ${f0(s.records)} | ${f0(s.events)} | ${f0(s.sort)} | ${f0(s.encode)} / ${f0(s.send)} / ${f0(s.decode)} | ${f0(s.clone)} | ${f0(s.total)} |`;
  }),
].join('\n');
const packBytes = (n) =>
  JSON.parse(readFileSync(join(benchDir, `packs/acled-${label(n)}/index.json`), 'utf8')).dataBytes / MB;
const table4 = [
  '| ACLED rows | pack data (MB) | pack: first events on the page (ms) | dataset published (ms) | loaded (ms) | bare: loaded (ms) | ratio pack/bare (median; range) | target ≤ 1.5 | longest frame gap (ms) | JS heap peak / after a GC (MB) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :-: | ---: | ---: |',
  ...rows.map(
    ({ n, pack, bare, packRatio, packRatios }) =>
      `| ${n.toLocaleString('en')} | ${packBytes(n).toFixed(1)} | ${f0(pack.firstEvents)} | ${f0(pack.published)} | ${f0(pack.load)} | ${f0(bare.load)} | ${packRatio.toFixed(2)} (${range(packRatios)}) | ${packRatio <= TARGET ? 'met' : 'not met'} | ${f0(pack.stall)} | ${mb(pack.heapPeak)} / ${mb(pack.heapAfter)} |`,
  ),
].join('\n');
console.log('\n' + table + '\n\n' + verdict + '\n\n' + table2 + '\n\n' + table3 + '\n\n' + table4);

writeSection(
  'Loading an ACLED file (`npm run bench:import`)',
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${machine()}), headless Chromium with SwiftShader (software WebGL),
medians of ${RUNS} cold loads per size (a fresh browser context each), app and baseline alternating. Target (issue 13, item 8):
100,000 ACLED rows load within ${TARGET}× the time a bare MapLibre page takes to show the same points.

- **App**: \`/?data=/bench/acled-100k.csv\`, a fictional file in ACLED's current 31-column layout
  (\`scripts/gen-acled.mjs\`: dates written "21 February 2026" over two years, 6 event types and 25 sub-event
  types, actors, admin areas, points over Syria and Iraq, notes of ~170 characters with commas and quotes).
  Loaded = navigation start to the first idle map once every point is on it (\`window.__wm.events\` equals
  the rows, then MapLibre's \`idle\`): the app starts (a data link makes no map until its data is in), its import worker fetches the file and reads it as it
  arrives (recognises ACLED from its first 64 kB, then parses whole rows a piece at a time, turns them into
  events and posts them, as columns, in slices of ${EVENTS_PER_MESSAGE.toLocaleString('en')} as they are made, then their chronological order);
  the page derives its list, counts, histogram and facets, and MapLibre tiles and draws the points.
- **Bare**: \`scripts/bench/bare.html\`, the same basemap and the same rows' points as a GeoJSON file
  (coordinates and a day number, nothing else) handed by URL to MapLibre's worker, at the camera the app chose.
  Loaded = its first \`idle\`. "Bare + the app’s uncertainty circles" is the same page also drawing, around each
  point, the circle of its \`geo_precision\` (2, 25 or 75 km) as the app's \`events-uncertainty\` layer does.
- Longest frame gap: the longest time between animation frames from navigation to loaded (the longest
  the page could not answer input). JS heap: the page's main thread (CDP \`Runtime.getHeapUsage\`, sampled
  every 100 ms, so a short peak inside one long task can be missed); the import worker's and MapLibre's
  workers' heaps are not in it.

${table}

${verdict}

Where the app's time goes, ms from navigation start (medians):

${table2}

The import worker's steps on the same file, in Node (the app's modules bundled as they are; median of ${PARSE_RUNS}
after one warm-up; no page competing for the cores, so a little faster than in the browser's worker):

${table3}

The same rows as a pack (\`npm run pack\`; issue 14), opened by \`/?data=/bench/packs/acled-100k/\` in the same
runs, alternating with the file and the bare page: the worker fetches the parts by range request, checks
each one's checksum and its events' values, and hands the columns to the page as they are (no parsing).

${table4}`,
);
