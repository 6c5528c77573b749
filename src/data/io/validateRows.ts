/**
 * Shared by the CSV and GeoJSON readers: validate raw event objects one at a time against the
 * `event` schema, keep the good ones and report the bad ones by row and field.
 */
import { zodProblem, type DataProblem, type ImportWarning, type RowNoun, type Within } from '../problems';
import { importedEvent as eventSchema, type StoryEvent } from '../schema';
import type { ImportResult, RowError } from './types';

/** Where a schema path is in the file: the column or property, and the part of the path inside it. */
export interface FieldRef {
  field: string;
  /** Inside a cell holding a list or JSON (e.g. "item 1, status"). */
  within?: Within;
}

export interface RawRow {
  /** Row (CSV, header = 1) or feature number (GeoJSON, first = 1). */
  row: number;
  /** The event as read, before validation. */
  raw: Record<string, unknown>;
  /** Maps a schema path (e.g. ["sources", 0, "url"]) to what the user sees (e.g. "source_1_url"). */
  locate: (path: readonly PropertyKey[]) => FieldRef;
  /** Problems found while reading the row (a number that does not parse, a JSON cell that is not JSON). */
  pre: RowError[];
  /** The row could not be read at all (malformed CSV): report `pre` only, skip the schema. */
  unreadable?: boolean;
}

/**
 * Records read from one file (or pack), at most: a million events load, draw and filter in the page
 * (figures in BENCHMARKS.md); a larger file is read up to here and the rest reported, not
 * half-loaded silently. The size limit (MAX_IMPORT_BYTES, detect.ts) refuses larger files up front.
 */
export const MAX_IMPORT_ROWS = 1_000_000;

/** The file-level error of a file read only up to the record limit: `stoppedAt` is the first record not read. */
export const rowLimitError = (limit: number, stoppedAt: number, noun: RowNoun): RowError => ({
  row: null,
  field: '',
  problem: { code: 'row-limit', limit, stoppedAt, noun },
  recordId: null,
});

export class RowCollector {
  private readonly events: StoryEvent[] = [];
  private readonly errors: RowError[] = [];
  /** id → row that has it */
  private readonly seen = new Map<string, number>();
  private unmapped = 0;
  private count = 0;
  private stoppedAt: number | null = null;

  constructor(
    private readonly noun: RowNoun,
    private readonly maxRows = MAX_IMPORT_ROWS,
  ) {}

  /** No more records are taken: the reader stops, and `stop(row)` says where. */
  get full(): boolean {
    return this.count >= this.maxRows;
  }

  /** The reader stopped at this record (the first one not read) because the collector is full. */
  stop(row: number): void {
    this.stoppedAt ??= row;
  }

  add(r: RawRow): void {
    this.count++;
    const id = typeof r.raw.id === 'string' && r.raw.id.trim() !== '' ? r.raw.id.trim() : null;
    const rowErrors: RowError[] = [];
    const fields = new Set<string>();
    const push = (e: RowError) => {
      if (fields.has(e.field)) return; // one message per field is enough
      fields.add(e.field);
      rowErrors.push(e);
    };
    r.pre.forEach(push);
    if (r.unreadable) {
      this.errors.push(...rowErrors);
      return;
    }
    const parsed = eventSchema.safeParse(r.raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const { field, within } = r.locate(issue.path);
        const problem = zodProblem(issue, r.raw);
        push({ row: r.row, field, ...(within && { within }), problem, recordId: id });
      }
    } else if (rowErrors.length === 0) {
      const e = parsed.data;
      const first = this.seen.get(e.id);
      if (first !== undefined) {
        push({
          row: r.row,
          field: r.locate(['id']).field,
          problem: { code: 'duplicate-id', id: e.id, first: { noun: this.noun, n: first } },
          recordId: e.id,
        });
      } else if (e.endDate !== undefined && e.endDate < e.date) {
        push({
          row: r.row,
          field: r.locate(['endDate']).field,
          problem: { code: 'end-before-start', date: e.date },
          recordId: e.id,
        });
      } else {
        this.seen.set(e.id, r.row);
        if (e.places.length === 0 && e.lon === undefined) this.unmapped++;
        this.events.push(e);
      }
    }
    this.errors.push(...rowErrors);
  }

  result(warnings: ImportWarning[] = []): ImportResult {
    const errors = this.errors;
    if (this.stoppedAt !== null) errors.unshift(rowLimitError(this.maxRows, this.stoppedAt, this.noun));
    return { events: this.events, errors, warnings, totalRows: this.count, unmapped: this.unmapped };
  }
}

/** A result with one file-level error. */
export const fileError = (problem: DataProblem, warnings: ImportWarning[] = []): ImportResult => ({
  events: [],
  errors: [{ row: null, field: '', problem, recordId: null }],
  warnings,
  totalRows: 0,
  unmapped: 0,
});

/** Calls onProgress at most every `every` steps (plus the final 1). */
export function throttledProgress(onProgress: ((f: number) => void) | undefined, every = 1000) {
  let n = 0;
  let last = -1;
  return {
    tick(fraction: number) {
      if (!onProgress || ++n % every !== 0) return;
      const f = Math.min(0.999, Math.max(last, fraction));
      if (f > last) {
        last = f;
        onProgress(f);
      }
    },
    done() {
      onProgress?.(1);
    },
  };
}
