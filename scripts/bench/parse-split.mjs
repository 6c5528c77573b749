// Where the import worker's time goes for a table file, step by step, in Node (the same V8 as the
// browser's worker, without the page around it). Not run directly: scripts/bench-import.mjs bundles
// it with the app's own modules (vite, SSR build) and runs the bundle in a fresh process:
//   node parse-split.bundle.mjs FILE RUNS PER_MESSAGE   → one JSON line: medians in ms
// (PER_MESSAGE: import.worker.ts's EVENTS_PER_MESSAGE; that module cannot be imported outside a worker)
// The steps are what parseEventsFile does for a file a known format claims, in its order, then
// what import.worker.ts does with the result (sort; each message encoded as columns, cloned and
// decoded on the page), with the clone of the same messages as objects (the hand-over before columns)
// for comparison.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseEventsFile } from '../../src/data/io/detect';
import { readFormatTable } from '../../src/data/io/formats';
import { recordsToResult } from '../../src/data/io/fromRecords';
import { readTable } from '../../src/data/io/table';
import { compareEvents } from '../../src/data/order';
import { encodeEvents, transferables } from '../../src/data/io/eventColumns';
import { decodeEvents } from '../../src/data/io/eventViews';

const [file, runsArg, perArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const EVENTS_PER_MESSAGE = Number(perArg ?? 5000);
const text = readFileSync(file, 'utf8');
const name = basename(file);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const steps = {
  table: [],
  records: [],
  events: [],
  sort: [],
  clone: [],
  encode: [],
  send: [],
  decode: [],
  total: [],
};
let rows = 0;
// one warm-up run (not counted): V8 compiles the readers on the first file, the browser's fresh
// worker pays that too, but it is small next to the work and would blur the split
for (let r = -1; r < runs; r++) {
  let t = performance.now();
  const lap = (step) => {
    const now = performance.now();
    if (r >= 0) steps[step].push(now - t);
    t = now;
  };
  const table = readTable(text);
  lap('table');
  const read = readFormatTable(table);
  if (!read) throw new Error(`${name}: no known format`);
  lap('records');
  const result = recordsToResult(read, 'row', read.format.name);
  lap('events');
  result.events.sort(compareEvents);
  lap('sort');
  for (let i = 0; i < result.events.length; i += EVENTS_PER_MESSAGE)
    structuredClone(result.events.slice(i, i + EVENTS_PER_MESSAGE));
  lap('clone');
  // the hand-over as the worker makes it now (eventColumns.ts): each slice encoded as columns
  // (worker), cloned with its buffers moved, decoded into events (page)
  const sent = [];
  for (let i = 0; i < result.events.length; i += EVENTS_PER_MESSAGE)
    sent.push(encodeEvents(result.events.slice(i, i + EVENTS_PER_MESSAGE)));
  lap('encode');
  const received = sent.map((c) => structuredClone(c, { transfer: transferables(c) }));
  lap('send');
  for (const c of received) decodeEvents(c);
  lap('decode');
  rows = result.events.length;
  // the whole call as the worker makes it (format detection included), for the sum's check
  const t0 = performance.now();
  parseEventsFile(name, text);
  if (r >= 0) steps.total.push(performance.now() - t0);
}
console.log(
  JSON.stringify({
    rows,
    ...Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)])),
  }),
);
