#!/usr/bin/env node
// Writes a synthetic event set for scale tests and benchmarks (see scripts/gen-events-lib.mjs).
//
//   node scripts/gen-events.mjs COUNT [OUT] [--csv] [--seed N]
//   node scripts/gen-events.mjs 100000            → bench-data/events-100k.geojson
//   node scripts/gen-events.mjs 1000000 --csv     → bench-data/events-1m.csv
//   node scripts/gen-events.mjs 10000000 --pack bench-data/packs/gen-10m [--part-events N]
//                                                 → a pack (README, "Packs"), written day by day
//
// The output is streamed, so a million events need little memory. bench-data/ is not committed.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileChunks, sizeLabel } from './gen-events-lib.mjs';

const argv = process.argv.slice(2);
const csv = argv.includes('--csv');
const seedAt = argv.indexOf('--seed');
const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 42;
const packAt = argv.indexOf('--pack');
const partAt = argv.indexOf('--part-events');
const valueAt = new Set([seedAt, packAt, partAt].filter((i) => i >= 0).map((i) => i + 1));
const positional = argv.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
const n = Number(positional[0] ?? 100000);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error(
    'usage: node scripts/gen-events.mjs COUNT [OUT] [--csv] [--seed N] | COUNT --pack DIR [--part-events N]',
  );
  process.exit(1);
}
if (packAt >= 0) {
  const { runBundled } = await import('./pack/bundle.mjs');
  await runBundled('scripts/pack/gen-cli.mjs', [
    String(n),
    resolve(argv[packAt + 1]),
    String(seed),
    partAt >= 0 ? argv[partAt + 1] : '0',
  ]);
  process.exit(0);
}
const root = resolve(import.meta.dirname, '..');
const out = positional[1]
  ? resolve(positional[1])
  : resolve(root, `bench-data/events-${sizeLabel(n)}.${csv ? 'csv' : 'geojson'}`);
mkdirSync(dirname(out), { recursive: true });

const t0 = performance.now();
const stream = createWriteStream(out);
for (const chunk of fileChunks(n, { seed, format: csv ? 'csv' : 'geojson' })) {
  if (!stream.write(chunk)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
const ms = performance.now() - t0;
const bytes = statSync(out).size;
console.log(
  `${n.toLocaleString('en')} events → ${out}: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s` +
    ` (peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
);
