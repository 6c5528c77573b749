import type { DataProblem, ImportWarning, Within } from '../problems';
import type { PartRun, PartSpan } from '../pack/packWindow';
import type { ColumnMapping, Proposal } from './mapping';
import type { StoryEvent } from '../schema';

/** One rejected row (or a file-level problem when row is null). */
export interface RowError {
  /**
   * Where the problem is: the row number as a spreadsheet shows it (CSV: header = 1, first data
   * row = 2), or the feature / event number (GeoJSON: first = 1). null for a file-level problem.
   */
  row: number | null;
  /** The CSV column (e.g. "source_1_url") or property path (e.g. "sources.0.url"); '' for the whole row or file. */
  field: string;
  /** Inside the cell or property, when it holds a list: "place 2", "item 1, status". */
  within?: Within;
  /** What is wrong (the messages module puts it in words). */
  problem: DataProblem;
  /** The row's id when it has one. */
  recordId: string | null;
}

export interface ImportResult {
  /** The valid events, in file order. */
  events: StoryEvent[];
  errors: RowError[];
  /** Things that did not stop the import (e.g. ignored columns). */
  warnings: ImportWarning[];
  /** Data rows (CSV) or features / events (GeoJSON) read, blank lines not counted. */
  totalRows: number;
  /** Valid events that have neither a place nor lat/lon (listed, not mapped). */
  unmapped: number;
  /** Rows kept with something left out of them (a link that was not http(s), a number that was not one). */
  rowWarnings?: RowError[];
  /** The format the file was read as, when it is an analyst's format ("ACLED", "UCDP GED"…). */
  format?: string;
  /** The file is a table (or GeoJSON) of no known format: the person says which column is which. */
  needsMapping?: MappingRequest;
  /**
   * A pack: its parts' days and sizes, the run of them now loaded (data/pack/packWindow.ts), its
   * events in all; `reused`: parts of the run already on the page, not read again — `events` holds
   * the others, the first `before` of them from parts before the reused ones.
   */
  pack?: {
    parts: PartSpan[];
    run: PartRun;
    events: number;
    reused?: PartRun;
    before?: number;
    /** Events per day by start date, when the pack has them (packFormat.ts). */
    days?: { first: string; counts: number[] };
  };
}

/** What the mapping step shows: the columns, a sample of rows, and the mapping proposed. */
export interface MappingRequest {
  /** The header row as the file writes it (GeoJSON: the position, then the properties). */
  header: string[];
  /** The first rows after the header, for the preview and its counts. */
  rows: string[][];
  /** The spreadsheet number of `rows[0]` (GeoJSON: feature 1). */
  firstRowNumber: number;
  /** Data rows in the whole file. */
  totalRows: number;
  proposal: Proposal;
  /** GeoJSON features (rows are features; the position comes from their geometry). */
  features: boolean;
}

/** How far an import has read its file (0…1), or 'unknown' (a compressed download: its length is not the text's). */
export type ImportProgress = number | 'unknown';

export interface ParseOptions {
  /** Called with 0…1 as the file is read (throttled; the last call is 1). */
  onProgress?: (fraction: number) => void;
  /** Override the record limit (tests); default MAX_IMPORT_ROWS. */
  maxRows?: number;
  /** Read a table of no known format with this mapping (the mapping step's answer). */
  mapping?: ColumnMapping;
}
