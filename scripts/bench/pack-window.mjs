#!/usr/bin/env node
// Benchmark: a pack far larger than the page can hold, opened for one month (issue 14). A
// ten-million-event pack (`npm run gen:events -- 10000000 --pack bench-data/packs/gen-10m`, made here
// if missing) is opened by link for March 2025; then the range end is stepped by a week, and the
// range widened to the year's start (the parts it adds are fetched). Measured: time to the first
// idle map with the month's events, the bytes fetched against the pack's size, range change
// p50/p95, the longest main-thread stall, the JS heap; and, in the same run, a bare MapLibre page
// given the same month's points. Figures, not assertions; written to BENCHMARKS.md.
//   npm run bench:pack [-- --events 10000000 --runs 40 --no-build]
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateEventsByDate } from '../gen-events-lib.mjs';
import {
  appRangeSteps,
  arg,
  bareRangeSteps,
  build,
  heapMB,
  label,
  launch,
  machine,
  maxGap,
  pct,
  root,
  serve,
  watchFrameGaps,
  writeSection,
} from './harness.mjs';

const EVENTS = Number(arg('events', '10000000'));
const RUNS = Number(arg('runs', '40'));
const SEED = 42;
const FROM = '2025-03-01';
const TO = '2025-03-31';
const WIDE_FROM = '2025-01-01';
const name = `gen-${label(EVENTS)}`;
const packDir = join(root, 'bench-data/packs', name);

// 1. the pack, and the same month's points for the bare page
if (!existsSync(join(packDir, 'index.json')))
  execSync(`node scripts/gen-events.mjs ${EVENTS} --pack ${packDir} --seed ${SEED}`, {
    cwd: root,
    stdio: 'inherit',
  });
const index = JSON.parse(readFileSync(join(packDir, 'index.json'), 'utf8'));
// the parts a range needs (src/data/pack/packWindow.ts, partsFor): those whose days meet it
const runFor = (from, to) => {
  const hit = index.parts.flatMap((p, i) => (p.last >= from && p.first <= to ? [i] : []));
  return { lo: hit[0], hi: hit.at(-1) };
};
const month = runFor(FROM, TO);
const start = index.parts.slice(0, month.lo).reduce((n, p) => n + p.events, 0);
const monthEvents = index.parts.slice(month.lo, month.hi + 1).reduce((n, p) => n + p.events, 0);
const pointsFile = join(root, 'bench-data', `points-${name}-${FROM}.geojson`);
if (!existsSync(pointsFile)) {
  // the generator again, each day's events in the app's order (end date, then id): positions
  // start … start + monthEvents are the parts' events
  const day = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 864e5);
  const byApp = (a, b) =>
    (a.endDate ?? a.date).localeCompare(b.endDate ?? b.date) || Number(a.id.slice(1)) - Number(b.id.slice(1));
  const features = [];
  let batch = [];
  let at = 0;
  const take = () => {
    for (const e of batch.sort(byApp)) {
      if (at >= start && at < start + monthEvents)
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
          properties: { t: day(e.date), t2: day(e.endDate ?? e.date) },
        });
      at++;
    }
    batch = [];
  };
  for (const e of generateEventsByDate(EVENTS, SEED)) {
    if (batch.length > 0 && batch[0].date !== e.date) {
      take();
      if (at >= start + monthEvents) break;
    }
    batch.push(e);
  }
  take();
  writeFileSync(pointsFile, JSON.stringify({ type: 'FeatureCollection', features }));
}

// 2. the app, the pack and the bare page from one server
if (!process.argv.includes('--no-build')) build();
const { base, stop } = await serve(4179, { bench: join(root, 'bench-data') });
const browser = await launch();

/** The next idle map once every loaded event is on it (a timeout says what the page had instead). */
const idleWith = async (page, n) => {
  try {
    await page.waitForFunction((n) => window.__wm?.ready && window.__wm.events === n, n, {
      timeout: 300_000,
      polling: 20,
    });
  } catch (e) {
    const had = await page.evaluate(() => [window.__wm?.ready, window.__wm?.events]).catch(() => null);
    throw new Error(
      `waiting for ${n} events on an idle map: the page had ready, events = ${JSON.stringify(had)}`,
      {
        cause: e,
      },
    );
  }
  return page.evaluate(
    () =>
      new Promise((r) =>
        window.__wm.map.loaded() && !window.__wm.map.repaint
          ? r(performance.now())
          : window.__wm.map.once('idle', () => r(performance.now())),
      ),
  );
};

async function measureApp() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(watchFrameGaps);
  const fetched = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith(`/bench/packs/${name}/`))
      fetched.push({
        path,
        bytes: Number(r.headers()['content-length'] ?? 0),
        range: r.request().headers().range,
      });
  });
  await page.goto(`${base}/?tab=list&data=/bench/packs/${name}/&from=${FROM}&to=${TO}`);
  const load = await idleWith(page, monthEvents);
  const stall = await maxGap(page, 0, load);
  const monthBytes = fetched.reduce((n, f) => n + f.bytes, 0);
  const cam = await page.evaluate(() => {
    const m = window.__wm.map;
    return [m.getCenter().lng, m.getCenter().lat, m.getZoom()].map((x) => x.toFixed(4)).join(',');
  });
  await page.evaluate(() => (window.__stopFrames = true));
  const heap = await heapMB(page);
  // range steps: the end handle a week back and forth, inside the loaded days (no fetch)
  const before = fetched.length;
  // a week back first, then forth: the end stays inside the loaded days (stepping past them
  // would fetch more parts, which is the widening measured below, not a range step)
  const times = await appRangeSteps(page, RUNS, 'PageDown');
  const stepFetches = fetched.length - before;
  // widened to the year's start by typing: the parts it adds are fetched, the month's are kept
  const field = page.getByLabel('From', { exact: true });
  const t0 = await page.evaluate(() => performance.now());
  await field.fill(`${WIDE_FROM.slice(8)}/${WIDE_FROM.slice(5, 7)}/${WIDE_FROM.slice(0, 4)}`);
  await field.press('Tab');
  // the range the page now has (its end where the steps left it; an open end: the pack's)
  const url = new URL(page.url());
  const need = runFor(url.searchParams.get('from') ?? '0000', url.searchParams.get('to') ?? '9999');
  // the month's parts are kept with them (the two fit the import limit here)
  const wide = { lo: Math.min(need.lo, month.lo), hi: Math.max(need.hi, month.hi) };
  const wideEvents = index.parts.slice(wide.lo, wide.hi + 1).reduce((n, p) => n + p.events, 0);
  const wideLoad = (await idleWith(page, wideEvents)) - t0;
  const wideBytes = fetched.reduce((n, f) => n + f.bytes, 0) - monthBytes;
  const heapWide = await heapMB(page);
  await page.close();
  return {
    load,
    stall,
    monthBytes,
    requests: stepFetches,
    cam,
    heap,
    p50: pct(times, 50),
    p95: pct(times, 95),
    wideLoad,
    wideBytes,
    wideEvents,
    wideParts: wide.hi - wide.lo + 1,
    heapWide,
  };
}

async function measureBare(cam) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(watchFrameGaps);
  await page.goto(
    `${base}/bare.html?mode=feature-state&end=${TO}&cam=${cam}&points=/bench/${pointsFile.split('/').pop()}`,
  );
  await page.waitForFunction(() => window.__bare?.ready, undefined, { timeout: 300_000, polling: 20 });
  const load = await page.evaluate(() => window.__bare.loadedAt);
  const stall = await maxGap(page, 0, load);
  await page.evaluate(() => (window.__stopFrames = true));
  const heap = await heapMB(page);
  const times = await bareRangeSteps(page, RUNS);
  await page.close();
  return { load, stall, heap, p50: pct(times, 50), p95: pct(times, 95) };
}

const app = await measureApp();
const bare = await measureBare(app.cam);
await browser.close();
stop();

const MB = (b) => (b / 1e6).toFixed(1);
const ms = (x) => Math.round(x).toLocaleString('en');
console.log({ monthEvents, parts: month.hi - month.lo + 1, app, bare });
const body = `
${machine()}, headless Chromium with software WebGL (SwiftShader), ${new Date().toISOString().slice(0, 10)}; ${RUNS} range steps each.
A pack of ${EVENTS.toLocaleString('en')} synthetic events (\`npm run gen:events -- ${EVENTS} --pack bench-data/packs/${name}\`:
${index.parts.length} parts, ${MB(index.dataBytes)} MB), opened by \`/?data=/bench/packs/${name}/&from=${FROM}&to=${TO}\`
(vite preview, which answers range requests). The bare page is given the same points as a GeoJSON file, and its steps flip the
same week's points (the week before ${TO}).

| | events loaded | bytes fetched (MB) | share of the pack | first idle map with them (ms) | longest stall (ms) | range step p50 / p95 (ms) | JS heap after GC (MB) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| app: March 2025 (parts ${month.lo + 1}–${month.hi + 1}) | ${monthEvents.toLocaleString('en')} | ${MB(app.monthBytes)} | ${((app.monthBytes / index.dataBytes) * 100).toFixed(2)} % | ${ms(app.load)} | ${ms(app.stall)} | ${app.p50.toFixed(1)} / ${app.p95.toFixed(1)} | ${app.heap.toFixed(0)} |
| bare MapLibre, the same points | ${monthEvents.toLocaleString('en')} | ${MB(readFileSync(pointsFile).length)} (GeoJSON) | – | ${ms(bare.load)} | ${ms(bare.stall)} | ${bare.p50.toFixed(1)} / ${bare.p95.toFixed(1)} | ${bare.heap.toFixed(0)} |
| app: widened by typing to ${WIDE_FROM} (${app.wideParts} parts) | ${app.wideEvents.toLocaleString('en')} | +${MB(app.wideBytes)} | ${(((app.monthBytes + app.wideBytes) / index.dataBytes) * 100).toFixed(2)} % in all | ${ms(app.wideLoad)} after typing | – | – | ${app.heapWide.toFixed(0)} |

Load ratio app/bare: ${(app.load / bare.load).toFixed(2)}×; range p95 ratio: ${(app.p95 / bare.p95).toFixed(2)}×. Requests
during the range steps: ${app.requests}.
`;
writeSection(`A ten-million-event pack, one month at a time (\`npm run bench:pack\`)`, body);
