/**
 * The table formats analysts hold, recognised by their first row: ACLED (by its header), UCDP GED
 * (header or not) and GDELT 2.0 events (header-less, or a BigQuery export's header). A first row
 * none of them claims — a near miss too, such as `latitude, longitude, event_date` and nothing
 * else ACLED's — is null: the import goes to the mapping step, where the person binds columns.
 *
 * `recogniseTable` decides; `cellReader` turns a row into cells keyed by the format's column names;
 * `formatRowReader` reads data rows a batch at a time (a streamed file); `readFormatTable` does the
 * whole table at once (what the example files' tests use). timemap is JSON: see `./timemap`.
 */
import type { DataProblem } from '../../problems';
import type { EventRecord } from '../record';
import { isBlankRow, type Table } from '../table';
import { acled } from './acled';
import { headerKey } from './common';
import { gdelt } from './gdelt';
import type { Cells, TableFormat } from './types';
import { ucdpGed } from './ucdp';

export type { CellProblem, Cells, RowResult, TableFormat } from './types';
export { readTimemap, type TimemapProblem, type TimemapResult } from './timemap';
export { acled, gdelt, ucdpGed };

/** Every table format, in the order they are tried (each claims only its own first rows). */
export const TABLE_FORMATS: readonly TableFormat[] = [acled, ucdpGed, gdelt];

export interface TableMatch {
  format: TableFormat;
  /** Whether the first row is the header (else it is the first data row, in `format.columns` order). */
  hasHeader: boolean;
}

/** The format whose header or first data row this is, or null (see the module's comment). */
export function recogniseTable(firstRow: readonly string[]): TableMatch | null {
  for (const format of TABLE_FORMATS) {
    const layout = format.recognise(firstRow);
    if (layout) return { format, hasHeader: layout === 'header' };
  }
  return null;
}

const ROW = Symbol('row');

/**
 * A function from a data row to its cells by column name, decided once per file: `header` is the
 * file's header row, or null for a header-less file (then the format's own column order). Header
 * names match the format's column names in any case and with spaces around them; a column the
 * format does not know keeps its name in lower case; a repeated column is read from its first
 * place only. A cell beyond the names is ignored, a missing one is ''.
 *
 * The cells are a read-only view of the row, not a copy: each name is a getter on one prototype
 * made for the file, so a row costs one small object. Copying 31 cells into a fresh object per
 * row cost ~1 s per 100,000 ACLED rows on the 2-core machine (V8 grows the object's property store
 * as each name is added), against ~40 ms for the views. Read cells by name (`cells.notes`,
 * `'notes' in cells`, `for…in`); they are not own properties, so spreading one or `Object.keys`
 * sees none of them.
 */
export function cellReader(
  format: TableFormat,
  header: readonly string[] | null,
): (row: readonly string[]) => Cells {
  const canonical = new Map(format.columns.map((c) => [c.toLowerCase(), c]));
  const names = header ? header.map((h) => canonical.get(headerKey(h)) ?? headerKey(h)) : format.columns;
  // no Object.prototype behind the cells: a column named "constructor" is a column like any other
  const proto = Object.create(null) as object;
  names.forEach((name, i) => {
    if (name === '' || Object.prototype.hasOwnProperty.call(proto, name)) return;
    Object.defineProperty(proto, name, {
      get(this: { [ROW]: readonly string[] }) {
        return this[ROW][i] ?? '';
      },
      enumerable: true,
    });
  });
  return (row) => {
    const cells = Object.create(proto) as { [ROW]: readonly string[] };
    cells[ROW] = row;
    return cells;
  };
}

/** A problem or warning at a spreadsheet row (header = 1 when there is one) and column ('' for the row). */
export interface RowProblem {
  row: number;
  column: string;
  problem: DataProblem;
}

export interface FormatRows extends TableMatch {
  /** The records, in file order, each with its spreadsheet row number. */
  records: { row: number; record: EventRecord }[];
  /** Rows left out, and why. */
  problems: RowProblem[];
  /** Rows kept with something left out of them (a number that was not one, a refused link…). */
  warnings: RowProblem[];
  /** Data rows read (blank rows not counted). */
  totalRows: number;
}

/**
 * A known format's data rows read a batch at a time, in file order: a whole table at once
 * (`readFormatTable`), or a file streamed in pieces of whole rows (io/stream.ts). `add` reads rows
 * whose first is the file's row index `start` (0-based: spreadsheet row `start + 1`) and returns
 * their records; the problems, warnings and count so far are on the reader. A row the parser could
 * not read (`unreadable`, by row index in the file), or with more or fewer cells than the header (or
 * the format's columns), is left out with its problem.
 */
export interface FormatRowReader extends TableMatch {
  add(
    rows: readonly (readonly string[])[],
    start: number,
    unreadable: ReadonlyMap<number, DataProblem>,
  ): { row: number; record: EventRecord }[];
  readonly problems: RowProblem[];
  readonly warnings: RowProblem[];
  /** Data rows read so far (blank rows not counted). */
  readonly totalRows: number;
}

/** The reader for a file whose first non-blank row (at index `first`) is `firstRow`, or null when no format claims it. */
export function formatRowReader(firstRow: readonly string[], first: number): FormatRowReader | null {
  const match = recogniseTable(firstRow);
  if (!match) return null;
  const { format, hasHeader } = match;
  const header = hasHeader ? firstRow : null;
  const width = header ? header.length : format.columns.length;
  const cellsOf = cellReader(format, header);
  const dataStart = hasHeader ? first + 1 : first;
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  let totalRows = 0;
  return {
    format,
    hasHeader,
    problems,
    warnings,
    get totalRows() {
      return totalRows;
    },
    add(rows, start, unreadable) {
      const records: { row: number; record: EventRecord }[] = [];
      for (let j = Math.max(0, dataStart - start); j < rows.length; j++) {
        const row = rows[j]!;
        if (isBlankRow(row)) continue;
        const n = start + j + 1;
        totalRows++;
        const broken = unreadable.get(start + j);
        if (broken) {
          problems.push({ row: n, column: '', problem: broken });
          continue;
        }
        if (row.length !== width) {
          problems.push({
            row: n,
            column: '',
            problem: {
              code: row.length > width ? 'csv-too-many-cells' : 'csv-too-few-cells',
              cells: row.length,
              columns: width,
              ...(!header && { format: format.name }),
            },
          });
          continue;
        }
        const r = format.toRecord(cellsOf(row));
        if ('problems' in r) {
          for (const p of r.problems) problems.push({ row: n, column: p.column, problem: p.problem });
          continue;
        }
        records.push({ row: n, record: r.record });
        for (const w of r.warnings ?? []) warnings.push({ row: n, column: w.column, problem: w.problem });
      }
      return records;
    },
  };
}

/**
 * Every data row of a table in a known format: records, and the problems and warnings by row.
 * The first non-blank row decides the format (null when none claims it).
 */
export function readFormatTable(table: Table): FormatRows | null {
  const first = table.rows.findIndex((r) => !isBlankRow(r));
  const firstRow = table.rows[first];
  const reader = firstRow && formatRowReader(firstRow, first);
  if (!reader) return null;
  const records = reader.add(table.rows, 0, new Map(table.problems.map((p) => [p.row, p.problem])));
  const { format, hasHeader, problems, warnings, totalRows } = reader;
  return { format, hasHeader, records, problems, warnings, totalRows };
}
