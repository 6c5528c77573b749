#!/usr/bin/env node
// Benchmark: cold load of the production build against a bare MapLibre page with the same basemap,
// in the same Chromium, in the same run; time until the timeline answers a key; long tasks during
// load; and the gzip size of what the page downloads, split by library.
// Prints tables and writes them to BENCHMARKS.md. Not a test: figures, not assertions.
//   npm run bench:load [-- --runs 7]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  arg,
  build,
  captureAppView,
  launch,
  machine,
  median,
  root,
  serve,
  writeSection,
} from './bench/harness.mjs';

const RUNS = Number(arg('runs', '7'));
build();

// 1. sizes: what index.html loads first, what loads later (lazy chunks, workers)
const assets = join(root, 'dist/assets');
const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
const initial = new Set([...html.matchAll(/assets\/([^"']+\.(?:js|css))/g)].map((m) => m[1]));
// the entry's static imports are initial too (modulepreload lists them; read them from the entry as well)
for (const f of [...initial]) {
  if (!f.endsWith('.js')) continue;
  for (const m of readFileSync(join(assets, f), 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g))
    initial.add(m[1]);
}
const gz = (f) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
const group = (f) =>
  f.endsWith('.css')
    ? 'CSS'
    : f.startsWith('maplibre-gl-worker')
      ? 'maplibre-gl (worker)'
      : f.startsWith('maplibre')
        ? 'maplibre-gl'
        : f.startsWith('react-')
          ? 'react + react-dom'
          : f.startsWith('import.worker')
            ? 'import worker (on import)'
            : initial.has(f)
              ? 'app + other libraries (first view)'
              : 'app (lazy chunks)';
const sizes = new Map();
for (const f of readdirSync(assets).filter((f) => /\.(m?js|css)$/.test(f)))
  sizes.set(group(f), (sizes.get(group(f)) ?? 0) + gz(f));
const kb = (b) => (b / 1024).toFixed(1);
const appFirst = sizes.get('app + other libraries (first view)') ?? 0;
const appLazy = sizes.get('app (lazy chunks)') ?? 0;

// 2. cold loads, each in a fresh browser context (empty cache). The baseline draws the app's own
//    map style (basemap, story layers and labels in both scripts, the same fonts): taken from a
//    first app load and served next to the baseline page.
const { base, stop } = await serve(4177);
const browser = await launch();
const longTasks = () => {
  window.__long = { n: 0, ms: 0 };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      window.__long.n++;
      window.__long.ms += e.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
};
const app = { load: [], shown: [], step: [], longN: [], longMs: [] };
const bare = { load: [], longN: [], longMs: [] };
const bareUrl = await captureAppView(browser, base);
for (let i = 0; i < RUNS; i++) {
  {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await ctx.addInitScript(longTasks);
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => window.__wm?.ready, undefined, { timeout: 60_000, polling: 10 });
    const t = await page.evaluate(() => window.__wm.readyAt ?? performance.now());
    app.load.push(t);
    const long = await page.evaluate(() => window.__long);
    app.longN.push(long.n);
    app.longMs.push(long.ms);
    await ctx.close();
  }
  {
    // the timeline answers: a key press sent to the event slider as soon as it is in the page (from a
    // task of its own, as a person's key press would be), timed in the page from navigation start
    // to the slider's new value; in a load of its own, as the step moves the camera, which would
    // delay the idle measured above
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await ctx.addInitScript(() => {
      window.__step = {};
      const seek = new MutationObserver(() => {
        const el = document.querySelector('[role=slider][aria-label="Event"]');
        if (!el || window.__step.shown) return;
        window.__step.shown = performance.now();
        seek.disconnect();
        new MutationObserver(() => {
          if (el.getAttribute('aria-valuenow') === '2') window.__step.answered ??= performance.now();
        }).observe(el, { attributes: true, attributeFilter: ['aria-valuenow'] });
        setTimeout(() => {
          el.focus();
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        });
      });
      seek.observe(document, { subtree: true, childList: true });
    });
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => window.__step.answered, undefined, { timeout: 60_000, polling: 50 });
    const s = await page.evaluate(() => window.__step);
    app.shown.push(s.shown);
    app.step.push(s.answered);
    await ctx.close();
  }
  {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await ctx.addInitScript(longTasks);
    const page = await ctx.newPage();
    await page.goto(`${base}${bareUrl}`);
    await page.waitForFunction(() => window.__bare?.ready, undefined, { timeout: 60_000, polling: 10 });
    bare.load.push(await page.evaluate(() => window.__bare.loadedAt));
    const long = await page.evaluate(() => window.__long);
    bare.longN.push(long.n);
    bare.longMs.push(long.ms);
    await ctx.close();
  }
}
await browser.close();
stop();

const f0 = (x) => Math.round(x).toString();
const rows = [
  `| first map idle, cold (median of ${RUNS}) | ${f0(median(app.load))} ms | ${f0(median(bare.load))} ms | ${(median(app.load) / median(bare.load)).toFixed(2)} |`,
  `| timeline shown | ${f0(median(app.shown))} ms | — | — |`,
  `| timeline answers a key press sent as it appears | ${f0(median(app.step))} ms | — | — |`,
  `| long tasks until idle (count / total) | ${median(app.longN)} / ${f0(median(app.longMs))} ms | ${median(bare.longN)} / ${f0(median(bare.longMs))} ms | — |`,
];
const sizeRows = [...sizes].sort((a, b) => b[1] - a[1]).map(([g, b]) => `| ${g} | ${kb(b)} kB |`);
const body = `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${machine()}), headless Chromium with SwiftShader, production build served by \`vite preview\`
under the app's Content-Security-Policy, each load in a fresh browser context (empty cache). "Bare" is a plain MapLibre page
given the app's own map style (taken from the running app: basemap, story layers, labels in both scripts, the same fonts) at the
app's opening camera, with no UI, no data loading and no validation. Times are from navigation start.

| | app | bare MapLibre | ratio |
| --- | ---: | ---: | ---: |
${rows.join('\n')}

Download size (gzip -9 of the built files):

| part | gzip |
| --- | ---: |
${sizeRows.join('\n')}

The app's own code and its other libraries (zod, nuqs, react-query, papaparse): ${kb(appFirst)} kB for the first
view plus ${kb(appLazy)} kB in chunks loaded when first used (event list, import and export, presentation bar, snapshot): together ${kb(appFirst + appLazy)} kB beyond maplibre-gl and React (budget 100 kB).`;
console.log('\n' + body);
writeSection('Load and size (`npm run bench:load`)', body);
