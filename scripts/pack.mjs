#!/usr/bin/env node
// Writes a data pack: a dataset any static host serves, which the app opens by link
// (/?data=/packs/NAME/) and reads with HTTP range requests. README, "Packs", says more.
//   npm run pack -- FILE --out public/packs/NAME [--part-events 25000]
// FILE: anything the app's import reads by itself (ACLED, UCDP GED, GDELT, timemap, the app's own
// CSV, GeoJSON or events.json). The app's own readers do the reading: this bundles them (Vite, SSR
// build) with scripts/pack/cli.mjs and runs the bundle.
import { resolve } from 'node:path';
import { runBundled } from './pack/bundle.mjs';

const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const file = argv.find((a, i) => !a.startsWith('--') && i !== outAt + 1 && argv[i - 1] !== '--part-events');
if (!file || outAt < 0 || !argv[outAt + 1]) {
  console.error('usage: npm run pack -- FILE --out public/packs/NAME [--part-events N]');
  process.exit(1);
}
const rest = argv.includes('--part-events') ? ['--part-events', argv[argv.indexOf('--part-events') + 1]] : [];
await runBundled('scripts/pack/cli.mjs', [resolve(file), resolve(argv[outAt + 1]), ...rest]);
