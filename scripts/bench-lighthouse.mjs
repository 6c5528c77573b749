#!/usr/bin/env node
// Lighthouse (the npm package) against the production build, in the same Debian Chromium the tests
// use, desktop settings, no simulated throttling (the machine is slow enough). Prints the four
// category scores and the failing audits, and writes them to BENCHMARKS.md.
//   npm run bench:lighthouse
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './chromium-path.mjs';
import { build, captureAppView, launch, serve, writeSection } from './bench/harness.mjs';

build();
const { base, stop } = await serve(4178);
// the baseline: a bare MapLibre page drawing the app's own map (style, labels, fonts) at the same view
const pw = await launch();
const bareUrl = await captureAppView(pw, base, '?event=E07');
await pw.close();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--enable-unsafe-swiftshader',
    '--disable-quic',
    '--disable-background-networking',
  ],
});
const pages = [`${base}/?event=E07`, `${base}/?event=E07&lang=ar`, `${base}${bareUrl}`];
const isBare = (url) => url.includes('/bare.html');
const rows = [];
const failing = new Set();
try {
  // One discarded run first: the first page a fresh browser loads pays for compiling MapLibre's
  // shaders in SwiftShader and for V8's first compile, which the pages after it do not — in
  // earlier runs that cost fell on the app in English, always measured first.
  await lighthouse(pages[0], {
    port: chrome.port,
    logLevel: 'error',
    onlyCategories: ['performance'],
    formFactor: 'desktop',
    screenEmulation: { mobile: false, width: 1400, height: 900, deviceScaleFactor: 1, disabled: false },
    throttlingMethod: 'provided',
  });
  for (const url of pages) {
    const r = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1400, height: 900, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'provided',
    });
    const c = r.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    if (isBare(url))
      rows.push(`| baseline: bare MapLibre, the app's map at E07 | ${score('performance')} | — | — | — |`);
    else
      rows.push(
        `| ${url.replace(base, '')} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
      );
    // the baseline page is only a performance reference (no title, no lang: not the product)
    for (const cat of isBare(url) ? [] : ['accessibility', 'best-practices', 'seo']) {
      for (const ref of c[cat].auditRefs) {
        const a = r.lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) {
          const where = (a.details?.items ?? [])
            .slice(0, 4)
            .map((i) => i.node?.snippet ?? i.node?.selector ?? i.tapTarget?.snippet ?? '')
            .filter(Boolean);
          failing.add(
            `${cat}: ${a.id} — ${a.title}${where.length ? ` (${where.join(' · ').replace(/\|/g, '\\|')})` : ''}`,
          );
        }
      }
    }
    const m = r.lhr.audits;
    rows.push(
      `| ↳ FCP ${m['first-contentful-paint'].displayValue}, LCP ${m['largest-contentful-paint'].displayValue}, TBT ${m['total-blocking-time'].displayValue}, CLS ${m['cumulative-layout-shift'].displayValue} | | | | |`,
    );
  }
} finally {
  await chrome.kill();
  stop();
}
const body = `Measured ${new Date().toISOString().slice(0, 10)}: Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} on the production build (\`vite preview\`, under the CSP), desktop form factor,
no simulated throttling, headless Debian Chromium with SwiftShader on a 2-core machine (the performance score reflects software WebGL).
The baseline row is a bare MapLibre page drawing the app's own map (style, labels, fonts, data) at the same view, with no UI.

| page | performance | accessibility | best practices | SEO |
| --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${failing.size ? `Audits not passed:\n\n${[...failing].map((f) => `- ${f}`).join('\n')}` : 'Every weighted accessibility, best-practices and SEO audit passed.'}`;
console.log('\n' + body);
writeSection('Lighthouse (`npm run bench:lighthouse`)', body);
