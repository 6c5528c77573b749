#!/usr/bin/env node
// Writes a synthetic event set: node scripts/gen-events.mjs 100000 [out] [--csv]
// Default output: public/bench/events-100k.geojson (not committed).
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generateEvents } from './gen-events-lib.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const csv = process.argv.includes('--csv');
const n = Number(args[0] ?? 10000);
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: node scripts/gen-events.mjs COUNT [OUT] [--csv]');
  process.exit(1);
}
const label = n >= 1e6 ? `${n / 1e6}m` : n >= 1e3 ? `${n / 1e3}k` : String(n);
const out = resolve(args[1] ?? `public/bench/events-${label}.${csv ? 'csv' : 'geojson'}`);
mkdirSync(dirname(out), { recursive: true });
const t0 = Date.now();
const w = createWriteStream(out);
const write = (s) => (w.write(s) ? Promise.resolve() : new Promise((r) => w.once('drain', r)));
const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
if (csv) {
  await write('id,date,end_date,precision,category,title_en,title_ar,summary_en,summary_ar,lat,lon,source_1_outlet,source_1_url\n');
  for (const f of generateEvents(n)) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    await write([p.id, p.date, p.endDate ?? '', p.precision, p.category, p.title.en, p.title.ar, p.summary.en, p.summary.ar, lat, lon, p.sources[0].outlet, p.sources[0].url].map((x) => q(String(x))).join(',') + '\n');
  }
} else {
  await write('{"type":"FeatureCollection","features":[\n');
  let first = true;
  for (const f of generateEvents(n)) {
    await write((first ? '' : ',\n') + JSON.stringify(f));
    first = false;
  }
  await write('\n]}\n');
}
await new Promise((r) => w.end(r));
console.log(`${n.toLocaleString('en')} events → ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB) in ${Date.now() - t0} ms`);
