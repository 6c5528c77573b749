// Which Chromium the tests drive: an explicit override, then Debian's /usr/bin/chromium,
// then Playwright's own download (for machines that have one). Returns undefined when none exists.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const override = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (override) return existsSync(override) ? override : undefined;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return undefined;
}
