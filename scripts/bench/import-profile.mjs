#!/usr/bin/env node
// Where loading an imported file spends the page's main thread: a CPU profile from navigation to the
// first idle map with every point, opening /?data=/bench/<file> (made by bench-import.mjs), with the
// long tasks and the self time by script and by function. The import worker's own time is in
// bench-import.mjs's Node split (a worker is not in the page's profile).
//   node scripts/bench/import-profile.mjs [--file acled-100k.csv --rows 100000] [--unminified] [--reduced-motion] [--stalls]
// --stalls: each busy stretch of the main thread over 200 ms, broken down by function
// --reduced-motion: the page prefers reduced motion, so the camera jumps to the imported data instead
// of flying there (what the flight's frames cost, on software WebGL)
// --settle: profile on until the page answers a script after the idle map
// --save FILE: write the CPU profile to FILE
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { busyRuns, timeByFunction, topLines } from './cpuProfile.mjs';
import { arg, build, launch, root, serve } from './harness.mjs';

const file = arg('file', 'acled-100k.csv');
const rows = Number(arg('rows', '100000'));
if (process.argv.includes('--unminified'))
  execSync('npx vite build --minify false --logLevel warn', { cwd: root, stdio: 'inherit' });
else if (!process.argv.includes('--no-build')) build();
const { base, stop } = await serve(4180, { bench: join(root, 'bench-data') });
const browser = await launch();
try {
  const ctx = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    reducedMotion: process.argv.includes('--reduced-motion') ? 'reduce' : 'no-preference',
  });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await cdp.send('Profiler.start');
  await page.goto(`${base}/?data=/bench/${file}`);
  await page.waitForFunction((n) => window.__wm?.ready && window.__wm.events === n, rows, {
    timeout: 300_000,
    polling: 50,
  });
  const idle = await page.evaluate(
    () =>
      new Promise((r) =>
        window.__wm.map.loaded() && !window.__wm.map.repaint
          ? r(performance.now())
          : window.__wm.map.once('idle', () => r(performance.now())),
      ),
  );
  // --settle: go on until the page answers again (a task that starts at idle is in the profile too)
  const settled = process.argv.includes('--settle') ? await page.evaluate(() => performance.now()) : idle;
  const { profile: p } = await cdp.send('Profiler.stop');
  const long = await page.evaluate(() => window.__long);
  // --save FILE: the profile itself, for DevTools (Performance → Load profile) or a closer reading
  if (process.argv.includes('--save')) writeFileSync(arg('save', 'import.cpuprofile'), JSON.stringify(p));
  await ctx.close();
  const { self, total } = timeByFunction(p, base);
  console.log(
    `${file}: idle with ${rows} points at ${Math.round(idle)} ms; the page answered at ${Math.round(settled)} ms`,
  );
  console.log(`long tasks (start@ms duration): ${long.map(([s, d]) => `${d}@${s}`).join(' ')}`);
  console.log('self time by function:\n' + topLines(self, 30, true));
  console.log('total time by function:\n' + topLines(total, 45));
  // --stalls: what each busy stretch over 200 ms spent its time on
  if (process.argv.includes('--stalls')) {
    for (const r of busyRuns(p, 200)) {
      const { self: s, total: t } = timeByFunction(p, base, r.from, r.to);
      console.log(`\nbusy ${r.ms} ms from ${r.at} ms (profile time) — self:\n${topLines(s, 8, true)}`);
      console.log(`total:\n${topLines(t, 25)}`);
    }
  }
} finally {
  await browser.close();
  stop();
}
