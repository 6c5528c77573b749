/** What a reader of an analyst's table format is: the lead's import pipeline drives any of them alike. */
import type { DataProblem } from '../../problems';
import type { EventRecord } from '../record';

/** A problem in one cell, naming its column as `TableFormat.columns` (or the file's header) names it. */
export interface CellProblem {
  column: string;
  problem: DataProblem;
}

/** One data row's cells by column name (`cellReader` in formats/index.ts builds it from a row). */
export type Cells = Readonly<Record<string, string>>;

/** A row read: a record (maybe with warnings: the row was kept), or the problems that keep it out. */
export type RowResult = { record: EventRecord; warnings?: CellProblem[] } | { problems: CellProblem[] };

export interface TableFormat {
  id: 'acled' | 'ucdp-ged' | 'gdelt';
  /** Shown to the user, e.g. "ACLED", "UCDP GED", "GDELT 2.0 events". */
  name: string;
  /**
   * This file's layout given its first row: 'header' (the row is this format's header),
   * 'headerless' (the row is data in this format's fixed column order), or null.
   */
  recognise(firstRow: readonly string[]): 'header' | 'headerless' | null;
  /** Column names in order, for header-less files (and the names cells are keyed by). */
  columns: readonly string[];
  /** One data row, cells by column name → a record, or the problems that keep it out (each naming its column). */
  toRecord(cells: Cells): RowResult;
}
