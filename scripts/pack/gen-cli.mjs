// The body of `npm run gen:events -- N --pack DIR` (scripts/gen-events.mjs bundles it with the
// app's pack writer and runs it): synthetic events written straight into a pack, day by day, never
// all in memory — how a pack of ten million events is made for the benchmarks.
//   node gen-cli.bundle.mjs N OUT_DIR SEED PART_EVENTS
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { generateEventsByDate } from '../gen-events-lib.mjs';
import { sortEvents } from '../../src/data/order';
import { PACK_INDEX, PART_EVENTS } from '../../src/data/pack/packFormat';
import { PACK_DATA, PackWriter } from '../../src/data/pack/writePack';

const [n, out, seed, partEvents] = process.argv.slice(2).map((a, i) => (i === 1 ? a : Number(a)));
const t0 = performance.now();
mkdirSync(out, { recursive: true });
const fd = openSync(join(out, PACK_DATA), 'w');
const writer = new PackWriter((bytes) => writeSync(fd, bytes), partEvents || PART_EVENTS);
// a day's events in the app's order (by end date, then id), days in order
let day = [];
for (const e of generateEventsByDate(n, seed)) {
  if (day.length > 0 && day[0].date !== e.date) {
    writer.add(sortEvents(day));
    day = [];
  }
  day.push(e);
}
writer.add(sortEvents(day));
const index = writer.finish({ name: `synthetic-${n}`, totalRows: n, unmapped: 0 });
closeSync(fd);
writeFileSync(join(out, PACK_INDEX), JSON.stringify(index, null, 1) + '\n');
console.log(
  `${n.toLocaleString('en')} events → ${out}: ${index.parts.length} parts, ${(index.dataBytes / 1e6).toFixed(1)} MB, ` +
    `${((performance.now() - t0) / 1000).toFixed(1)} s (peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
);
