// Shared by the benchmarks: build the app, serve it with the bare MapLibre baseline page from one
// `vite preview` (the same server, headers and policy for both), launch the test Chromium, and
// write a section of BENCHMARKS.md. Figures, not assertions.
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../chromium-path.mjs';

export const root = resolve(import.meta.dirname, '../..');

export function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}

export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
export const median = (xs) => pct(xs, 50);

/** 100000 → "100k", 1000000 → "1m": how the bench files are named. */
export const label = (n) => (n >= 1e6 ? `${n / 1e6}m` : `${n / 1e3}k`);

/**
 * An init script: the gaps between animation frames from navigation on, in `window.__frames`
 * ([time, gap] pairs; the longest gap is the longest the page could not answer input), until
 * `window.__stopFrames` is set.
 */
export const watchFrameGaps = () => {
  window.__frames = [];
  let last = performance.now();
  const tick = (t) => {
    window.__frames.push([t, t - last]);
    last = t;
    if (!window.__stopFrames) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** The longest animation-frame gap between two times (ms since navigation): the longest stall. */
export const maxGap = (page, from, to) =>
  page.evaluate(
    ([a, b]) => Math.max(0, ...window.__frames.filter(([t]) => t >= a && t <= b).map(([, d]) => d)),
    [from, to],
  );

/** The page's JS heap after a full garbage collection (MB): what the loaded events cost to keep. */
export async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/**
 * In the app: `runs` range changes after one warm-up, the range end's handle stepped a week by
 * keyboard (PageUp/PageDown, alternating, `first` first), each timed from the key to the next idle map (ms).
 */
export async function appRangeSteps(page, runs, first = 'PageUp') {
  const other = first === 'PageUp' ? 'PageDown' : 'PageUp';
  await page.getByRole('slider', { name: 'End of date range' }).focus();
  const times = [];
  for (let i = -1; i < runs; i++) {
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
      (i + 1) % 2 === 0 ? first : other,
    );
    if (i >= 0) times.push(ms);
  }
  return times;
}

/**
 * On the bare page (bare.js): `runs` range changes after one warm-up, each timed from the step to
 * the next idle map (ms).
 */
export async function bareRangeSteps(page, runs) {
  const times = [];
  for (let i = -1; i < runs; i++) {
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
  return times;
}

export function build() {
  console.log('building…');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
}

/** Serve dist/ plus the baseline page (and optional extra folders) on `port`; returns base URL and a stop function. */
export async function serve(port, extra = {}) {
  const copies = {
    [join(root, 'dist/mlgl')]: join(root, 'node_modules/maplibre-gl/dist'),
    [join(root, 'dist/bare.html')]: join(root, 'scripts/bench/bare.html'),
    [join(root, 'dist/bare.js')]: join(root, 'scripts/bench/bare.js'),
    ...Object.fromEntries(Object.entries(extra).map(([to, from]) => [join(root, 'dist', to), from])),
  };
  for (const [to, from] of Object.entries(copies)) cpSync(from, to, { recursive: true });
  // where captureAppView writes the app's style for the baseline page
  const styleDir = join(root, 'dist/bench-style');
  mkdirSync(styleDir, { recursive: true });
  copies[styleDir] = null;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error('vite preview did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
    for (const p of Object.keys(copies)) rmSync(p, { recursive: true, force: true });
  };
  process.on('exit', stop);
  return { base, stop };
}

export function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--enable-unsafe-swiftshader', '--disable-quic', '--disable-background-networking'],
  });
}

/**
 * The baseline's input: open the app at `query` in `browser`, wait for its first idle map, and
 * write the map's style as drawn (basemap, story layers, labels, data) to dist/bench-style/style.json
 * (made by serve). Returns the bare page's URL for the same view.
 */
export async function captureAppView(browser, base, query = '') {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(() => window.__wm?.ready, undefined, { timeout: 60_000, polling: 10 });
  const { cam, style } = await page.evaluate(() => {
    const m = window.__wm.map;
    return {
      cam: [m.getCenter().lng, m.getCenter().lat, m.getZoom()].map((x) => x.toFixed(4)).join(','),
      style: JSON.stringify(m.getStyle()),
    };
  });
  const css = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel=stylesheet]')]
      .map((l) => new URL(l.href).pathname)
      .find((p) => /\/index-[^/]+\.css$/.test(p)),
  );
  await ctx.close();
  writeFileSync(join(root, 'dist/bench-style/style.json'), style);
  return `/bare.html?cam=${cam}&style=/bench-style/style.json&css=${css}`;
}

export const machine = () => `${cpus().length} cores`;

/** Replace (or add) the `## title…` section of BENCHMARKS.md, keeping the others. */
export function writeSection(title, body) {
  const md = join(root, 'BENCHMARKS.md');
  let doc = existsSync(md)
    ? readFileSync(md, 'utf8')
    : '# Benchmarks\n\nFigures printed by the benchmark scripts; each compares the app with a baseline measured in the same run.\n\n';
  const esc = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  doc =
    doc.replace(new RegExp(`## ${esc}[\\s\\S]*?(?=\\n## |$)`), '').trimEnd() +
    `\n\n## ${title}\n\n${body.trim()}\n`;
  writeFileSync(md, doc);
  console.log(`written to ${md}`);
}
