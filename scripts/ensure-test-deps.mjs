// Makes sure what the end-to-end tests need is installed: a Chromium (Playwright cannot download
// its browser on a closed network, so on Debian/Ubuntu we install the distribution's package) and
// nginx (e2e/deploy.spec.ts serves the build through deploy/nginx.conf).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumPath } from './chromium-path.mjs';

function playwrightOwn() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? '' : 'sudo ';

const hasNginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].some((p) => existsSync(p));
if (hasNginx) console.log('nginx: found');
else if (!existsSync('/usr/bin/apt-get')) {
  console.error('No nginx found. Install nginx (the deployment test serves the build through it).');
  process.exit(1);
} else {
  console.log('nginx: not found, installing the Debian package (apt-get install nginx-light)…');
  try {
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light`,
      { stdio: 'inherit' },
    );
  } catch {
    console.error('Installing nginx failed. Install it by hand (apt-get install nginx-light).');
    process.exit(1);
  }
}

const found = chromiumPath() ?? playwrightOwn();
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
if (!existsSync('/usr/bin/apt-get')) {
  console.error('No Chromium found. Install one and set CHROMIUM_PATH=/path/to/chromium.');
  process.exit(1);
}
console.log('chromium: not found, installing the Debian package (apt-get install chromium)…');
try {
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
    { stdio: 'inherit' },
  );
} catch {
  console.error(
    'Installing Chromium failed. Install it by hand (apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
const after = chromiumPath();
if (!after) {
  console.error('Chromium still not found after installing.');
  process.exit(1);
}
console.log(`chromium: ${after}`);
