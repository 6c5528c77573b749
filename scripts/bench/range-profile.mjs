#!/usr/bin/env node
// Where a range change spends the page's main thread at scale: opens /?data=/bench/<file> (made by
// bench-filter.mjs / gen-events), then steps the range's end with PageDown/PageUp on its handle under
// the CDP sampling profiler; prints each step's time to the first frame and to map idle, and the
// self and total time by function (an unminified build, for names).
//   node scripts/bench/range-profile.mjs [--file events-1m.csv --rows 1000000 --steps 16 --wait 3000] [--no-build]
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { timeByFunction, topLines } from './cpuProfile.mjs';
import { arg, launch, root, serve } from './harness.mjs';
const file = arg('file', 'events-1m.csv');
const rows = Number(arg('rows', '1000000'));
const steps = Number(arg('steps', '16'));
// ms to wait after the first idle map before stepping (bench:filter steps at once: --wait 0)
const wait = Number(arg('wait', '3000'));
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
    () =>
      new Promise((r) =>
        window.__wm.map.loaded() && !window.__wm.map.repaint ? r() : window.__wm.map.once('idle', r),
      ),
  );
  await page.waitForTimeout(wait);
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
  const { self, total } = timeByFunction(p, base);
  console.log('self:\n' + topLines(self, 25, true));
  console.log('total:\n' + topLines(total, Number(arg('top', '40'))));
} finally {
  await browser.close();
  stop();
}
