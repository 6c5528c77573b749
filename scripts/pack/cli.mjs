// The body of `npm run pack` (scripts/pack.mjs bundles it with the app's own readers and runs it):
// reads a file as the app's import does and writes it as a pack (src/data/pack/packFormat.ts).
//   node pack-cli.bundle.mjs FILE OUT_DIR [--part-events N]
// A table in an analyst's format (ACLED, UCDP GED, GDELT) is streamed, of any size: its events
// wait in temporary files by month (packStream.ts), so only one month is ever held. Any other file
// is read as one text, which a JavaScript string caps (~536 million characters).
import {
  closeSync,
  createReadStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  appendFileSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { HEAD_CHARS, readsByPieces } from '../../src/data/io/stream';
import { problemText } from '../../src/i18n/problemWords';
import { PACK_INDEX } from '../../src/data/pack/packFormat';
import { packStream } from '../../src/data/pack/packStream';
import { PACK_DATA } from '../../src/data/pack/writePack';

const [file, out, ...rest] = process.argv.slice(2);
const at = rest.indexOf('--part-events');
const partEvents = at >= 0 ? Number(rest[at + 1]) : undefined;
const name = basename(file);
const size = statSync(file).size;
const t0 = performance.now();
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;

/** The file's start, as the reader decides its kind from it. */
function headOf(path) {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(4 * HEAD_CHARS);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  return buf.toString('utf8', 0, n).slice(0, HEAD_CHARS);
}

const MAX_WHOLE = 500e6;
if (size > MAX_WHOLE && !readsByPieces(name, headOf(file))) {
  console.error(
    `${name}: ${mb(size)} is more than this packer reads as one text (${mb(MAX_WHOLE)}). ` +
      'Tables in ACLED, UCDP GED or GDELT form are read as they stream, at any size; this file is not one. ' +
      'Split it (by date, for example) and pack each part into its own folder.',
  );
  process.exit(1);
}

/** A month's events as lines of JSON in a temporary file; taken back without one string of the whole. */
class FileSpill {
  constructor(dir) {
    this.dir = dir;
    this.known = new Set();
  }
  add(month, events) {
    appendFileSync(join(this.dir, `${month}.ndjson`), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    this.known.add(month);
  }
  months() {
    return [...this.known];
  }
  take(month) {
    const path = join(this.dir, `${month}.ndjson`);
    const buf = readFileSync(path);
    rmSync(path);
    const events = [];
    for (let from = 0, nl; (nl = buf.indexOf(10, from)) >= 0; from = nl + 1)
      events.push(JSON.parse(buf.toString('utf8', from, nl)));
    return events;
  }
}

mkdirSync(out, { recursive: true });
const spillDir = mkdtempSync(join(tmpdir(), 'wm-pack-'));
const dataFd = openSync(join(out, PACK_DATA), 'w');
let shown = 0;
let outcome;
try {
  outcome = await packStream(
    name,
    Readable.toWeb(createReadStream(file)),
    new FileSpill(spillDir),
    (part) => writeSync(dataFd, part),
    {
      ...(partEvents && { partEvents }),
      totalBytes: size,
      onProgress: (f) => {
        if (f - shown < 0.1 || size < 50e6) return;
        shown = f;
        console.log(`  read ${Math.round(f * 100)} % (${Math.round((performance.now() - t0) / 1000)} s)`);
      },
    },
  );
} finally {
  closeSync(dataFd);
  rmSync(spillDir, { recursive: true, force: true });
}
const { index, result } = outcome;
const where = (e) => (e.row === null ? name : `${name}, row ${e.row}${e.field ? `, ${e.field}` : ''}`);
for (const e of result.errors.slice(0, 20)) console.error(`  ${where(e)}: ${problemText('en', e.problem)}`);
if (result.errors.length > 20) console.error(`  … and ${result.errors.length - 20} more problems`);
if (result.needsMapping) {
  console.error(
    `${name}: not a format the app recognises by its header (ACLED, UCDP GED, GDELT, timemap, its own CSV or GeoJSON). ` +
      'Open it in the app, map its columns, export it (CSV), and pack the export.',
  );
}
if (!index) {
  rmSync(join(out, PACK_DATA), { force: true });
  if (!result.needsMapping) console.error(`${name}: no valid event to pack`);
  process.exit(1);
}
writeFileSync(join(out, PACK_INDEX), JSON.stringify(index, null, 1) + '\n');
console.log(
  `${name} → ${out}: ${index.events.toLocaleString('en')} events of ${index.totalRows.toLocaleString('en')} rows` +
    `${result.format ? ` (${result.format})` : ''}, ${index.parts.length} parts, ${mb(index.dataBytes)} ` +
    `(the file: ${mb(size)}), ${result.errors.length} problems, ${Math.round(performance.now() - t0)} ms`,
);
