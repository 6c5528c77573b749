/**
 * The only file that imports @playwright/test. Every page is guarded: a console error,
 * a page error or a request leaving the test server's origin fails the test.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { MapDriver } from './driver';

interface Guard {
  /** Console errors a test provokes on purpose (e.g. a simulated HTTP 503) and expects. */
  allowConsole: RegExp[];
  consoleErrors: string[];
  pageErrors: string[];
  external: string[];
  /** Content-Security-Policy violations reported by any page. */
  csp: string[];
}

export const test = base.extend<{ guard: Guard; app: MapDriver }>({
  guard: async ({ page, baseURL }, use) => {
    const guard: Guard = { allowConsole: [], consoleErrors: [], pageErrors: [], external: [], csp: [] };
    // every page reports policy violations back to the test
    await page.context().exposeBinding('__wmCsp', (_source, v: string) => void guard.csp.push(v));
    await page.context().addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __wmCsp: (v: string) => void }).__wmCsp(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    const origin = new URL(baseURL!).origin;
    const watch = (p: Page) => {
      p.on('console', (m) => m.type() === 'error' && guard.consoleErrors.push(m.text()));
      p.on('pageerror', (e) => guard.pageErrors.push(String(e)));
    };
    watch(page);
    // pages a test opens itself (e.g. a shared link in a fresh tab) are watched too
    page.context().on('page', watch);
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      guard.external.push(url);
      return route.abort('blockedbyclient');
    });
    await use(guard);
    expect(guard.pageErrors, 'page errors').toEqual([]);
    const unexpected = guard.consoleErrors.filter((m) => !guard.allowConsole.some((r) => r.test(m)));
    expect(unexpected, 'console errors').toEqual([]);
    expect(guard.external, 'requests that left the origin').toEqual([]);
    expect(guard.csp, 'Content-Security-Policy violations').toEqual([]);
  },
  app: async ({ page, guard }, use) => {
    void guard;
    await use(new MapDriver(page));
  },
});

/** The window sizes people use: a desktop, a laptop, a phone. */
export const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** The browser options of a window this size: under 600 px wide, a phone (touch, mobile viewport). */
export const windowOf = (width: number, height: number) => ({
  viewport: { width, height },
  ...(width < 600 ? { hasTouch: true, isMobile: true } : {}),
});

export { expect };
export type { Locator, Page };
