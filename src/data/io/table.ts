/**
 * A delimited text file as rows of cells, whatever wrote it: Excel (a UTF-8 byte-order mark,
 * CRLF, `;` when its locale uses decimal commas), LibreOffice, R, pandas, GDELT (tabs, no header).
 * The separator is found from the file itself, the cells are not interpreted (no header, no types):
 * the format readers and the mapping step do that.
 *
 * - The separator is one of `,` `;` tab `|`: the one that splits the first lines (up to 50, the
 *   header included if there is one) into the same number of cells most consistently, ties going
 *   to more cells, then to that order. A file with one column reads as comma-separated.
 * - Quoted cells may hold the separator, line breaks and doubled quotes (`""`).
 * - Line endings may be CRLF, LF or CR, even mixed in one file (a line break inside a quoted cell
 *   becomes LF).
 * - Row numbers match a spreadsheet's: `rows[i]` is spreadsheet row i + 1. A blank line is kept,
 *   as an empty row `[]`; the line break that ends the file makes no row. A row of empty cells
 *   (`,,,`) is kept as it is (`isBlankRow` says it is blank).
 * - Rows the parser could not read properly (a quote never closed, a stray quote) are listed in
 *   `problems` by their index in `rows`, with the code that names what is wrong.
 *
 * Speed: the whole text goes to papaparse once, with the separator given, so it stays on its
 * string-search path (no per-character JavaScript here).
 */
import Papa from 'papaparse';
import type { DataProblem } from '../problems';

export type Delimiter = ',' | ';' | '\t' | '|';

export interface Table {
  delimiter: Delimiter;
  /** `rows[i]` is spreadsheet row i + 1; a blank line is `[]`. */
  rows: string[][];
  /** Rows the parser could not read properly: `row` is the index in `rows`. */
  problems: { row: number; problem: DataProblem }[];
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
/** How much of the file the separator is decided from. */
const SNIFF_LINES = 50;
const SNIFF_CHARS = 64 * 1024;

/** Whether a row has no text in any cell. */
export const isBlankRow = (row: readonly string[]): boolean => row.every((c) => c.trim() === '');

/** The separator that splits the first lines most consistently (see the module's comment). */
export function detectDelimiter(text: string): Delimiter {
  let sample = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  // a cut line would have fewer cells than the others: end the sample at its last line break
  if (sample.length < text.length) {
    const end = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
    if (end > 0) sample = sample.slice(0, end);
  }
  let best: Delimiter = ',';
  let bestConsistency = 0;
  let bestCells = 1;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: SNIFF_LINES }).data.filter(
      (r) => !isBlankRow(r),
    );
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let cells = 1;
    let times = 0;
    for (const [c, k] of counts) if (k > times || (k === times && c > cells)) [cells, times] = [c, k];
    if (cells < 2) continue;
    const consistency = times / rows.length;
    if (consistency > bestConsistency || (consistency === bestConsistency && cells > bestCells)) {
      best = delimiter;
      bestConsistency = consistency;
      bestCells = cells;
    }
  }
  return best;
}

/** Why papaparse could not read a row. */
function problemOf(e: Papa.ParseError): DataProblem {
  if (e.code === 'MissingQuotes') return { code: 'csv-unclosed-quote' };
  if (e.code === 'InvalidQuotes') return { code: 'csv-bad-quote' };
  return { code: 'csv-malformed', detail: e.message };
}

/** Line breaks as LF: CRLF and CR (even mixed in one file) become LF. */
export const lineBreaksAsLf = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

/** The file's rows of cells (see the module's comment). Never throws. */
export function readTable(text: string): Table {
  const body = lineBreaksAsLf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const delimiter = detectDelimiter(body);
  return { delimiter, ...parseRows(body, delimiter) };
}

/**
 * Whole rows of a table, LF line breaks, with its separator known: the whole file (`readTable`) or
 * a piece of it that ends where a row ends (a streamed file). Problems by index in these rows.
 */
export function parseRows(body: string, delimiter: Delimiter): Omit<Table, 'delimiter'> {
  if (body === '') return { rows: [], problems: [] };
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\n', skipEmptyLines: false });
  const rows = parsed.data;
  // the line break that ends the file makes no row
  if (body.endsWith('\n')) {
    const last = rows[rows.length - 1];
    if (last && last.length === 1 && last[0] === '') rows.pop();
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r && r.length === 1 && (r[0] ?? '').trim() === '') rows[i] = [];
  }
  const problems: Table['problems'] = [];
  const seen = new Set<number>();
  for (const e of parsed.errors) {
    const row = e.row ?? rows.length - 1;
    if (seen.has(row) || row < 0 || row >= rows.length) continue;
    seen.add(row);
    problems.push({ row, problem: problemOf(e) });
  }
  return { rows, problems };
}
