/**
 * The page's link once it has settled. The app writes its view state to the URL a moment after the
 * state changes (nuqs batches the writes, ~50 ms), so a reading taken right after the screen changed
 * can see the link before that write: wait until the URL has stayed the same for a while.
 */
import type { Page } from '@playwright/test';

const STILL_MS = 300;
const STEP_MS = 50;
const GIVE_UP_MS = 10_000;

export async function settledUrl(page: Page): Promise<URL> {
  let last = page.url();
  let stillFor = 0;
  for (let waited = 0; waited < GIVE_UP_MS; waited += STEP_MS) {
    await page.waitForTimeout(STEP_MS);
    const now = page.url();
    stillFor = now === last ? stillFor + STEP_MS : 0;
    last = now;
    if (stillFor >= STILL_MS) return new URL(now);
  }
  throw new Error(`the link kept changing for ${GIVE_UP_MS} ms; last: ${last}`);
}
