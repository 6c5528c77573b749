/**
 * Records read from an analyst's file (a known format, or any table through the mapping step)
 * become the app's events. The readers have already checked each value (dates are real days,
 * coordinates in range, links http(s)), so no per-row schema pass is needed here: at 100,000
 * rows that pass was most of an import's time.
 *
 * - The file's id is kept when it is a valid event id and not seen before in the file; a missing
 *   one becomes `row-N` (its spreadsheet row), so every event can be linked to. A repeated id
 *   leaves the later row out, as in our own formats.
 * - Text is in the language its script says (Arabic letters → Arabic): the card shows what the
 *   data has, in its own direction, whatever the interface's language.
 * - A record with no category is put in `NO_CATEGORY`, a name every language reads.
 */
import type { StoryEvent, Text } from '../schema';
import type { DataProblem, RowNoun } from '../problems';
import type { EventRecord } from './record';
import type { ImportResult, RowError } from './types';
import { MAX_IMPORT_ROWS, rowLimitError } from './validateRows';

/** The category of records whose file gives none. */
export const NO_CATEGORY = '—';

const EVENT_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const ARABIC = /[\u0600-\u06FF]/;

/** A text as one language, the one its script says. */
export const textOf = (s: string): Text => (ARABIC.test(s) ? { ar: s } : { en: s });

export function recordToEvent(r: EventRecord, id: string): StoryEvent {
  const e: StoryEvent = {
    id,
    date: r.date,
    precision: r.precision,
    category: r.category?.trim() || NO_CATEGORY,
    title: textOf(r.title.trim() || r.location?.trim() || r.date),
    places: [],
    effects: [],
    movements: [],
    disputes: [],
    context: false,
    sources: r.sources.map((s) => ({
      outlet: s.outlet,
      ...(s.url !== undefined && { url: s.url }),
      ...(s.date !== undefined && { date: s.date }),
    })),
  };
  if (r.endDate !== undefined && r.endDate !== r.date) e.endDate = r.endDate;
  if (r.summary?.trim()) e.summary = textOf(r.summary.trim());
  if (r.location?.trim()) e.scope = textOf(r.location.trim());
  if (r.lat !== undefined && r.lon !== undefined) {
    e.lat = r.lat;
    e.lon = r.lon;
    if (r.uncertaintyKm !== undefined && r.uncertaintyKm > 0) e.uncertaintyKm = r.uncertaintyKm;
  }
  if (Object.keys(r.attributes).length > 0) e.attributes = r.attributes;
  return e;
}

/** A row's problem as the import report lists it. */
export interface RecordProblem {
  row: number;
  column: string;
  problem: DataProblem;
}

type Problems = readonly RecordProblem[];

/**
 * A file's records become events a batch at a time, in file order (a streamed file hands them over
 * as it is read): ids kept or made, a repeated id left out, at most `maxRows` events. `result` gives
 * the import result with every event, and the rows left out (by the reader, or here) in row order.
 */
export class EventCollector {
  readonly events: StoryEvent[] = [];
  private made = 0;
  private readonly errors: RowError[] = [];
  private readonly seen = new Map<string, number>();
  private unmapped = 0;
  private stoppedAt: number | null = null;

  /** `keep` false: events are only handed on by `add`, not held for `result` (the packer's stream). */
  constructor(
    private readonly noun: RowNoun,
    private readonly maxRows = MAX_IMPORT_ROWS,
    private readonly keep = true,
  ) {}

  /** The events made of these records (none once the limit is reached). */
  add(records: readonly { row: number; record: EventRecord }[]): StoryEvent[] {
    const made: StoryEvent[] = [];
    for (const { row, record } of records) {
      if (this.stoppedAt !== null) break;
      if (this.made >= this.maxRows) {
        this.stoppedAt = row;
        break;
      }
      const own = record.id?.trim();
      const id = own && EVENT_ID.test(own) ? own : `row-${row}`;
      const first = this.seen.get(id);
      if (first !== undefined) {
        this.errors.push({
          row,
          field: 'id',
          problem: { code: 'duplicate-id', id, first: { noun: this.noun, n: first } },
          recordId: id,
        });
        continue;
      }
      this.seen.set(id, row);
      const e = recordToEvent(record, id);
      if (e.lon === undefined) this.unmapped++;
      this.made++;
      if (this.keep) this.events.push(e);
      made.push(e);
    }
    return made;
  }

  /** The whole import: every event, with the reader's problems and warnings. */
  result(read: { problems: Problems; warnings: Problems; totalRows: number }, format?: string): ImportResult {
    const rowError = (p: RecordProblem): RowError => ({
      row: p.row,
      field: p.column,
      problem: p.problem,
      recordId: null,
    });
    const errors = [...read.problems.map(rowError), ...this.errors];
    errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (this.stoppedAt !== null) errors.unshift(rowLimitError(this.maxRows, this.stoppedAt, this.noun));
    return {
      events: this.events,
      errors,
      warnings: [],
      rowWarnings: read.warnings.map(rowError),
      totalRows: read.totalRows,
      unmapped: this.unmapped,
      ...(format !== undefined && { format }),
    };
  }
}

/**
 * The import result of a file's records: events in file order, with the rows left out (by the
 * reader, or here for a repeated id) and the rows kept with something left out of them.
 */
export function recordsToResult(
  read: {
    records: readonly { row: number; record: EventRecord }[];
    problems: Problems;
    warnings: Problems;
    totalRows: number;
  },
  noun: RowNoun,
  format: string | undefined,
  maxRows = MAX_IMPORT_ROWS,
): ImportResult {
  const c = new EventCollector(noun, maxRows);
  c.add(read.records);
  return c.result(read, format);
}
