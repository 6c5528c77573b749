#!/usr/bin/env node
// Where the start-up time goes: a CPU profile of the main thread from navigation to the first
// idle map, for the app and for the bare MapLibre page drawing the same map, with the long tasks
// (> 50 ms, what Total Blocking Time counts) and the self time by script and by function.
//   node scripts/bench/startup-profile.mjs [--query ?event=E07] [--runs 3]
import { execSync } from 'node:child_process';
import { arg, build, captureAppView, launch, serve } from './harness.mjs';

const query = arg('query', '?event=E07');
const runs = Number(arg('runs', '3'));
// --unminified: readable function names in the profile (the figures are then a little higher)
if (process.argv.includes('--unminified'))
  execSync('npx vite build --minify false --logLevel warn', { stdio: 'inherit' });
else build();
const { base, stop } = await serve(4179);
const browser = await launch();
const bare = await captureAppView(browser, base, query);

async function profile(url, readyFlag) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await cdp.send('Profiler.start');
  await page.goto(base + url);
  await page.waitForFunction((f) => window[f]?.ready === true, readyFlag, { timeout: 60_000, polling: 20 });
  await page.waitForTimeout(1500);
  const { profile: p } = await cdp.send('Profiler.stop');
  const long = await page.evaluate(() => window.__long);
  await ctx.close();
  // self time by script and by function
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++)
    dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + p.timeDeltas[i] / 1000);
  const byScript = new Map();
  const byFn = new Map();
  for (const n of p.nodes) {
    const t = dt.get(n.id) ?? 0;
    if (!t) continue;
    const f = n.callFrame;
    const script = (f.url || `(${f.functionName || 'native'})`)
      .replace(base, '')
      .replace(/-[A-Za-z0-9_]{8}\./, '.');
    byScript.set(script, (byScript.get(script) ?? 0) + t);
    const fn = `${f.functionName || '(anon)'} ${script}:${f.lineNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + t);
  }
  return { long, byScript, byFn };
}

const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');
const tbt = (long) => long.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);

for (const [name, url, flag] of [
  ['app', `/${query}`, '__wm'],
  ...(process.argv.includes('--unminified') ? [] : [['app (ar)', `/${query}&lang=ar`, '__wm']]),
  ['bare MapLibre', bare, '__bare'],
]) {
  for (let r = 0; r < runs; r++) {
    const { long, byScript, byFn } = await profile(url, flag);
    console.log(
      `\n== ${name}, run ${r + 1}: long tasks ${long.map(([s, d]) => `${d}@${s}`).join(' ')} → blocking ${tbt(long)} ms`,
    );
    if (r === runs - 1) {
      console.log(' self time by script:\n' + top(byScript, 10));
      console.log(' self time by function:\n' + top(byFn, 25));
    }
  }
}
await browser.close();
stop();
