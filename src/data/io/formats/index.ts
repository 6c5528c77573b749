/**
 * The table formats analysts hold, recognised by their first row: ACLED (by its header), UCDP GED
 * (header or not) and GDELT 2.0 events (header-less, or a BigQuery export's header). A first row
 * none of them claims — a near miss too, such as `latitude, longitude, event_date` and nothing
 * else ACLED's — is null: the import goes to the mapping step, where the person binds columns.
 *
 * `recogniseTable` decides; `cellReader` turns a row into cells keyed by the format's column names;
 * `readFormatTable` does the whole table at once (what the importer needs, and the example files'
 * tests use). timemap is JSON: see `./timemap`.
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
 * Every data row of a table in a known format: records, and the problems and warnings by row.
 * The first non-blank row decides the format (null when none claims it). A row the parser could
 * not read, or with more or fewer cells than the header (or the format's columns), is left out
 * with its problem.
 */
export function readFormatTable(table: Table): FormatRows | null {
  const first = table.rows.findIndex((r) => !isBlankRow(r));
  const firstRow = table.rows[first];
  if (!firstRow) return null;
  const match = recogniseTable(firstRow);
  if (!match) return null;
  const { format, hasHeader } = match;
  const header = hasHeader ? firstRow : null;
  const width = header ? header.length : format.columns.length;
  const cellsOf = cellReader(format, header);
  const unreadable = new Map(table.problems.map((p) => [p.row, p.problem]));
  const out: FormatRows = { format, hasHeader, records: [], problems: [], warnings: [], totalRows: 0 };
  for (let i = hasHeader ? first + 1 : first; i < table.rows.length; i++) {
    const row = table.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const n = i + 1;
    out.totalRows++;
    const broken = unreadable.get(i);
    if (broken) {
      out.problems.push({ row: n, column: '', problem: broken });
      continue;
    }
    if (row.length !== width) {
      out.problems.push({
        row: n,
        column: '',
        problem: {
          code: row.length > width ? 'csv-too-many-cells' : 'csv-too-few-cells',
          cells: row.length,
          columns: width,
        },
      });
      continue;
    }
    const r = format.toRecord(cellsOf(row));
    if ('problems' in r) {
      for (const p of r.problems) out.problems.push({ row: n, column: p.column, problem: p.problem });
      continue;
    }
    out.records.push({ row: n, record: r.record });
    for (const w of r.warnings ?? []) out.warnings.push({ row: n, column: w.column, problem: w.problem });
  }
  return out;
}
