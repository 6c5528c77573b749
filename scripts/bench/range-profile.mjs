#!/usr/bin/env node
// Where a range change spends the page's main thread at scale: opens /?data=/bench/<file> (made by
// bench-filter.mjs / gen-events), then steps the range's end with PageDown/PageUp on its handle under
// the CDP sampling profiler; prints each step's time to the first frame and to map idle, and the
// self and total time by function (an unminified build, for names).
//   node scripts/bench/range-profile.mjs [--file events-1m.csv --rows 1000000 --steps 16] [--no-build]
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { arg, launch, root, serve } from './harness.mjs';
const file = arg('file', 'events-1m.csv');
const rows = Number(arg('rows', '1000000'));
const steps = Number(arg('steps', '16'));
if (!process.argv.includes('--no-build'))
  execSync('npx vite build --minify false --logLevel warn', { cwd: root, stdio: 'inherit' });
const { base, stop } = await serve(4181, { bench: join(root, 'bench-data') });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}/?tab=list&data=/bench/${file}`);
  await page.waitForFunction((n) => window.__wm?.ready && window.__wm.events === n, rows, {
    timeout: 300_000,
    polling: 100,
  });
  await page.evaluate(
    () => new Promise((r) => (window.__wm.map.loaded() ? r() : window.__wm.map.once('idle', r))),
  );
  await page.waitForTimeout(3000);
  const handle = page.getByRole('slider', { name: 'End of date range' });
  await handle.focus();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const times = [];
  for (let i = 0; i < steps; i++) {
    const key = i % 2 === 0 ? 'PageDown' : 'PageUp';
    times.push(
      await page.evaluate(
        (key) =>
          new Promise((resolve) => {
            const map = window.__wm.map;
            const el = document.activeElement;
            const start = performance.now();
            let js;
            requestAnimationFrame(() => (js = performance.now() - start));
            map.once('render', () =>
              map.once('idle', () => resolve([Math.round(js ?? -1), Math.round(performance.now() - start)])),
            );
            el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            map.triggerRepaint();
          }),
        key,
      ),
    );
  }
  const { profile: p } = await cdp.send('Profiler.stop');
  console.log('steps [to first frame, to idle] ms:', JSON.stringify(times));
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++)
    dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + p.timeDeltas[i] / 1000);
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const name = (f) =>
    `${f.functionName || '(anon)'} ${(f.url || '').replace(base, '').replace(/-[A-Za-z0-9_]{8}\./, '.')}:${f.lineNumber}`;
  const self = new Map();
  const total = new Map();
  for (const n of p.nodes) {
    const t = dt.get(n.id) ?? 0;
    if (!t) continue;
    self.set(name(n.callFrame), (self.get(name(n.callFrame)) ?? 0) + t);
    const seen = new Set();
    for (let id = n.id; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + t);
    }
  }
  const top = (m, k) =>
    [...m]
      .filter(([key]) => !/^\((root|program|idle)\)/.test(key) || m === self)
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([key, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${key}`)
      .join('\n');
  console.log('self:\n' + top(self, 25));
  console.log('total:\n' + top(total, 40));
} finally {
  await browser.close();
  stop();
}
