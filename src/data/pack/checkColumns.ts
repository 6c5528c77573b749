/**
 * Validates a pack part's events as columns, against the same schema an imported event meets
 * (schema.ts `importedEvent`), with the same problems reported for the same events.
 *
 * Checking each of 100,000 events as an object took ~2 s in Node; as columns each distinct value is
 * checked once (a title, a list of sources, an actor name shared by thousands of events), and only
 * what is each event's own (its id, its coordinates, whether its end is before its start, whether
 * its id was seen before) is checked event by event.
 */
import type { z } from 'zod/mini';
import { zodProblem, type DataProblem } from '../problems';
import { importedEvent } from '../schema';
import {
  NUMBER_FIELDS,
  selectEvents,
  type CodedColumn,
  type EventColumns,
  type NumberField,
} from '../io/eventColumns';
import type { RowError } from '../io/types';

type Schema = z.ZodMiniType;
const shape = importedEvent.shape as unknown as Record<string, Schema>;

/** What an event without the field gets: undefined (optional), its default ([] or false), or null: required. */
const whenAbsent = new Map<string, { value: unknown } | null>(
  Object.entries(shape).map(([k, s]) => {
    const r = s.safeParse(undefined);
    return [k, r.success ? { value: r.data } : null];
  }),
);

/** Fields held as their own columns (eventColumns.ts), checked event by event. */
const OWN = new Set<string>(['id', ...NUMBER_FIELDS]);

export interface CheckedPart {
  /** The valid events (all of them, when none was rejected). */
  columns: EventColumns;
  errors: RowError[];
  /** Where each valid event is in the part (0-based). */
  positions: readonly number[];
}

/** Checks pack parts one after another: ids must be unique across all of them. */
export class ColumnChecker {
  /** Each id seen, and the number of the event that has it. */
  private readonly seen = new Map<string, number>();

  /** `first`: the number of the part's first event in the pack (1-based). Changes `c` in place. */
  check(c: EventColumns, first: number): CheckedPart {
    const n = c.length;
    const problems = new Map<number, RowError[]>();
    const add = (i: number, field: string, problem: DataProblem) => {
      let list = problems.get(i);
      if (!list) problems.set(i, (list = []));
      // one problem per field is enough, as for a file's rows
      if (list.some((e) => e.field === field)) return;
      list.push({ row: first + i, field, problem, recordId: c.ids[i] ?? null });
    };

    // each distinct value of each field, once
    const fields: Record<string, CodedColumn> = {};
    for (const [k, col] of Object.entries(c.fields)) {
      // a field the schema does not have is dropped, as parsing an object drops it
      if (!whenAbsent.has(k) || OWN.has(k)) continue;
      fields[k] = col;
      checkValues(col, shape[k]!, (i, path, problem) => add(i, [k, ...path].join('.'), problem));
    }
    // events without a field: a default given, or a required field reported missing
    for (const [k, absent] of whenAbsent) {
      if (OWN.has(k) || (absent && absent.value === undefined)) continue;
      const col = (fields[k] ??= { values: [undefined], codes: new Uint32Array(n) });
      let code = 0;
      for (let i = 0; i < n; i++) {
        if (col.codes[i] !== 0) continue;
        if (!absent) add(i, k, { code: 'missing' });
        else col.codes[i] = code ||= col.values.push(absent.value) - 1;
      }
    }
    const attributes: Record<string, CodedColumn> = {};
    for (const [name, col] of Object.entries(c.attributes)) {
      attributes[name] = col;
      const one = (v: unknown) => ({ [name]: v });
      checkValues(
        col,
        shape.attributes!,
        (i, path, problem) => add(i, ['attributes', ...path].join('.'), problem),
        one,
      );
    }

    // what is each event's own
    const number = cachedCheck();
    const { lon, lat } = c.numbers;
    for (let i = 0; i < n; i++) {
      const id = c.ids[i];
      const idCheck = shape.id!.safeParse(id);
      if (!idCheck.success) add(i, 'id', zodProblem(idCheck.error.issues[0]!, id));
      for (const k of NUMBER_FIELDS) {
        const a = c.numbers[k];
        const v = a[i]!;
        if (Number.isNaN(v)) continue;
        const p = number(k, v);
        if (p) add(i, k, p);
      }
      if (Number.isNaN(lon[i]!) !== Number.isNaN(lat[i]!))
        add(i, Number.isNaN(lon[i]!) ? 'lon' : 'lat', { code: 'lat-lon-together' });
    }
    const date = fields.date;
    const endDate = fields.endDate;
    const keep: number[] = [];
    for (let i = 0; i < n; i++) {
      if (problems.has(i)) continue;
      const id = c.ids[i]!;
      const firstSeen = this.seen.get(id);
      if (firstSeen !== undefined) {
        add(i, 'id', { code: 'duplicate-id', id, first: { noun: 'event', n: firstSeen } });
        continue;
      }
      const start = date!.values[date!.codes[i]!] as string;
      const end = endDate && (endDate.values[endDate.codes[i]!] as string | undefined);
      if (end !== undefined && end < start) {
        add(i, 'endDate', { code: 'end-before-start', date: start });
        continue;
      }
      this.seen.set(id, first + i);
      keep.push(i);
    }
    const checked: EventColumns = { ...c, fields, attributes };
    const errors = [...problems.keys()].sort((a, b) => a - b).flatMap((i) => problems.get(i)!);
    return { columns: keep.length === n ? checked : selectEvents(checked, keep), errors, positions: keep };
  }
}

const identity = (v: unknown) => v;

/**
 * Checks each distinct value of a column against `schema` (as `wrap(value)` when the schema is of a
 * container, an attribute's record): a valid value is replaced by what the schema makes of it (text
 * trimmed), an invalid one is reported for each event that has it.
 */
function checkValues(
  col: CodedColumn,
  schema: Schema,
  report: (i: number, path: PropertyKey[], problem: DataProblem) => void,
  wrap: (v: unknown) => unknown = identity,
) {
  const bad = new Map<number, z.core.$ZodIssue[]>();
  for (let code = 1; code < col.values.length; code++) {
    const input = wrap(col.values[code]);
    const r = schema.safeParse(input);
    if (r.success) col.values[code] = wrap === identity ? r.data : col.values[code];
    else bad.set(code, r.error.issues);
  }
  if (bad.size === 0) return;
  for (let i = 0; i < col.codes.length; i++) {
    const issues = bad.get(col.codes[i]!);
    if (!issues) continue;
    const input = wrap(col.values[col.codes[i]!]);
    for (const issue of issues) report(i, issue.path, zodProblem(issue, input));
  }
}

/** A number field's check, remembered by value (a pack repeats coordinates). */
function cachedCheck() {
  const cache = new Map<string, DataProblem | null>();
  return (k: NumberField, v: number): DataProblem | null => {
    const key = `${k}${v}`;
    let p = cache.get(key);
    if (p === undefined) {
      const r = shape[k]!.safeParse(v);
      p = r.success ? null : zodProblem(r.error.issues[0]!, v);
      cache.set(key, p);
    }
    return p;
  };
}
