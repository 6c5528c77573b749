import type { StoryEvent } from '../schema';

/** One rejected row (or a file-level problem when row is null). */
export interface RowError {
  /** Row number as a spreadsheet shows it (CSV: header = 1) or feature number (GeoJSON: first = 1). */
  row: number | null;
  /** The column (CSV) or property path (GeoJSON) at fault; '' for the whole row or file. */
  field: string;
  message: string;
  recordId: string | null;
}

export interface ImportResult {
  events: StoryEvent[];
  errors: RowError[];
  warnings: string[];
  /** Data rows (CSV) or features read. */
  totalRows: number;
  /** Valid events that have neither a place nor lat/lon (listed, not mapped). */
  unmapped: number;
}

export interface ParseOptions {
  onProgress?: (fraction: number) => void;
}
