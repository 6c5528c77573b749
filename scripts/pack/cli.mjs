// The body of `npm run pack` (scripts/pack.mjs bundles it with the app's own readers and runs it):
// reads a file as the app's import does and writes it as a pack (src/data/pack/packFormat.ts).
//   node pack-cli.bundle.mjs FILE OUT_DIR [--part-events N]
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseEventsFile } from '../../src/data/io/detect';
import { problemText } from '../../src/i18n/problemWords';
import { PACK_INDEX } from '../../src/data/pack/packFormat';
import { writePack } from '../../src/data/pack/writePack';

const [file, out, ...rest] = process.argv.slice(2);
const at = rest.indexOf('--part-events');
const partEvents = at >= 0 ? Number(rest[at + 1]) : undefined;
const name = basename(file);
const t0 = performance.now();
// the reader takes the file as one string, and a JavaScript string holds at most ~536 million characters
const MAX_BYTES = 500e6;
if (statSync(file).size > MAX_BYTES) {
  console.error(
    `${name}: ${(statSync(file).size / 1e6).toFixed(0)} MB is more than this packer reads at once (${MAX_BYTES / 1e6} MB). ` +
      'Split the file (by date, for example) and pack each part into its own folder.',
  );
  process.exit(1);
}
// no row or size limit here: a pack is how data larger than one import is served
const result = parseEventsFile(name, readFileSync(file, 'utf8'), {
  maxRows: Infinity,
  maxBytes: statSync(file).size + 1,
});
if (result.needsMapping) {
  console.error(
    `${name}: not a format the app recognises by its header (ACLED, UCDP GED, GDELT, timemap, its own CSV or GeoJSON). ` +
      'Open it in the app, map its columns, export it (CSV), and pack the export.',
  );
  process.exit(1);
}
const where = (e) => (e.row === null ? name : `${name}, row ${e.row}${e.field ? `, ${e.field}` : ''}`);
for (const e of result.errors.slice(0, 20)) console.error(`  ${where(e)}: ${problemText('en', e.problem)}`);
if (result.errors.length > 20) console.error(`  … and ${result.errors.length - 20} more problems`);
if (result.events.length === 0) {
  console.error(`${name}: no valid event to pack`);
  process.exit(1);
}
const { index, data } = writePack(name, result, partEvents ? { partEvents } : {});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, index.data), data);
writeFileSync(join(out, PACK_INDEX), JSON.stringify(index, null, 1) + '\n');
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
  `${name} → ${out}: ${index.events.toLocaleString('en')} events of ${index.totalRows.toLocaleString('en')} rows` +
    `${result.format ? ` (${result.format})` : ''}, ${index.parts.length} parts, ${mb(data.length)} ` +
    `(the file: ${mb(statSync(file).size)}), ${result.errors.length} problems, ${Math.round(performance.now() - t0)} ms`,
);
