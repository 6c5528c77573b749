/**
 * Events as columns, for the hand-over from the import worker to the page (issue 14).
 *
 * Copying 100,000 event objects between threads (a structured clone of each object and each of its
 * ~30 strings) took ~1 s of the worker's time and ~0.8 s of the page's, and left 100,000 copies of
 * the same few hundred actor, area and outlet names on the page. As columns:
 * - coordinates and the uncertainty radius are `Float64Array`s (NaN: none), moved, not copied;
 * - every other field, and each attribute column, is a dictionary: its distinct values once and a
 *   `Uint32Array` of codes (0: none), moved. A value that is an object (a title, a list of sources)
 *   is told apart by its JSON, and the events that share it share one object on the page;
 * - ids, unique by rule, are a plain list.
 *
 * The page reads the columns where they lie (eventViews.ts); `decodeEvents(encodeEvents(events))`
 * gives events equal to the input, field for field; a field an event did not have stays absent. Objects shared between decoded events must not be changed
 * (nothing in the app changes an event).
 */
import type { StoryEvent } from '../schema';

/** A field's distinct values (position 0 unused: code 0 is "none") and each event's code. */
export interface CodedColumn {
  values: unknown[];
  codes: Uint32Array;
  /** Set by `packColumns`: the values as one string (`values` is then empty). */
  packed?: PackedValues;
}

/**
 * A column whose values hardly repeat (titles, links, notes), as one string: value `c` is
 * `text.slice(ends[c - 1], ends[c])`, parsed as JSON when `json`. On the page a million events'
 * titles are then a few hundred strings, not a million objects with two strings each, and the
 * garbage collector has that much less to walk (issue 14; BENCHMARKS.md).
 */
export interface PackedValues {
  text: string;
  /** ends[0] = 0; ends[c] is where value c ends. */
  ends: Uint32Array;
  json: boolean;
}

export interface EventColumns {
  length: number;
  ids: string[];
  /** lon, lat, uncertaintyKm. */
  numbers: Record<NumberField, Float64Array>;
  /** Every other field of the events, by name. */
  fields: Record<string, CodedColumn>;
  /** Each attribute column, by name. */
  attributes: Record<string, CodedColumn>;
}

/** The fields held as numbers (NaN: none), not coded. */
export const NUMBER_FIELDS = ['lon', 'lat', 'uncertaintyKm'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];
const isNumberField = (k: string): k is NumberField => (NUMBER_FIELDS as readonly string[]).includes(k);

/**
 * What tells an object value apart from another: its JSON, but cheaper for the two shapes most
 * events are made of, an empty list and a text in one language or two ({ en, ar }). The text's key
 * starts with the length of its English, so no two texts share one, nor a text and a JSON.
 */
function objectKey(v: object): string {
  if (Array.isArray(v)) return v.length === 0 ? '[]' : JSON.stringify(v);
  const { en, ar } = v as { en?: unknown; ar?: unknown };
  const n = (en === undefined ? 0 : 1) + (ar === undefined ? 0 : 1);
  if (
    Object.keys(v).length === n &&
    (en === undefined || typeof en === 'string') &&
    (ar === undefined || typeof ar === 'string')
  )
    return `T${en === undefined ? '-' : `${en.length}:${en}`}${ar === undefined ? '' : `=${ar}`}`;
  return JSON.stringify(v);
}

/** After this many values a column is checked for repeats. */
const UNIQUE_CHECK_AT = 500;

/** Builds one coded column: primitives are their own key, objects are keyed by their JSON. */
class ColumnBuilder {
  readonly values: unknown[] = [undefined];
  readonly codes: Uint32Array;
  private readonly primitives = new Map<unknown, number>();
  private readonly objects = new Map<string, number>();
  private seen = 0;
  private unique = false;

  constructor(length: number) {
    this.codes = new Uint32Array(length);
  }

  set(i: number, v: unknown) {
    if (v === undefined) return;
    if (this.unique) {
      this.codes[i] = this.values.push(v) - 1;
      return;
    }
    const byKey = typeof v === 'object' && v !== null;
    const map = byKey ? this.objects : this.primitives;
    const key = byKey ? objectKey(v) : v;
    let code = map.get(key);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(v);
      map.set(key, code);
    }
    this.codes[i] = code;
    // a column whose values hardly repeat (notes, timestamps) is sent as it is: looking each value
    // up would cost more than the repeats save
    if (++this.seen === UNIQUE_CHECK_AT && this.values.length - 1 > this.seen * 0.9) {
      this.unique = true;
      this.primitives.clear();
      this.objects.clear();
    }
  }

  column(): CodedColumn {
    return { values: this.values, codes: this.codes };
  }
}

function builders(length: number) {
  const map = new Map<string, ColumnBuilder>();
  return {
    get(name: string): ColumnBuilder {
      let b = map.get(name);
      if (!b) map.set(name, (b = new ColumnBuilder(length)));
      return b;
    },
    columns: (): Record<string, CodedColumn> =>
      Object.fromEntries([...map].map(([name, b]) => [name, b.column()])),
  };
}

export function encodeEvents(events: readonly StoryEvent[]): EventColumns {
  const n = events.length;
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((k) => [k, new Float64Array(n).fill(NaN)])) as Record<
    NumberField,
    Float64Array
  >;
  const fields = builders(n);
  const attributes = builders(n);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]! as unknown as Record<string, unknown>;
    // for…in over own data properties (events are plain objects): no [key, value] pairs made
    for (const k in e) {
      const v = e[k];
      if (v === undefined) continue;
      if (k === 'id') ids[i] = v as string;
      else if (isNumberField(k)) numbers[k][i] = v as number;
      else if (k === 'attributes') {
        const attrs = v as Record<string, unknown>;
        let empty = true;
        for (const name in attrs) {
          empty = false;
          attributes.get(name).set(i, attrs[name]);
        }
        // an empty attributes object is kept as one (a field's value), not dropped
        if (empty) fields.get(k).set(i, v);
      } else fields.get(k).set(i, v);
    }
  }
  return { length: n, ids, numbers, fields: fields.columns(), attributes: attributes.columns() };
}

/** Columns read as lists on the page (the core's, io/coreFromColumns.ts): never packed. */
const LISTED = new Set(['date', 'endDate', 'category']);
/** A column is packed from this many values, when at least half its events have one of their own. */
const PACK_FROM = 256;

/** The column packed, if its values hardly repeat and are all strings or all objects; else null. */
function pack(col: CodedColumn): CodedColumn | null {
  const { values, codes } = col;
  const n = values.length - 1;
  if (col.packed || n < PACK_FROM || n * 2 < codes.length) return null;
  let strings = true;
  let objects = true;
  for (let c = 1; c <= n && (strings || objects); c++) {
    const v = values[c];
    strings &&= typeof v === 'string';
    objects &&= typeof v === 'object' && v !== null;
  }
  if (!strings && !objects) return null;
  const parts = objects ? values.slice(1).map((v) => JSON.stringify(v)) : (values.slice(1) as string[]);
  const ends = new Uint32Array(n + 1);
  for (let c = 1, at = 0; c <= n; c++) ends[c] = at += parts[c - 1]!.length;
  return { values: [], codes, packed: { text: parts.join(''), ends, json: objects } };
}

/**
 * The columns for the hand-over to the page: those whose values hardly repeat, packed (`PackedValues`).
 * What the worker itself reads (checks, places) it reads before.
 */
export function packColumns(c: EventColumns): EventColumns {
  const packAll = (cols: Record<string, CodedColumn>, listed: ReadonlySet<string>) =>
    Object.fromEntries(Object.entries(cols).map(([k, col]) => [k, (!listed.has(k) && pack(col)) || col]));
  return { ...c, fields: packAll(c.fields, LISTED), attributes: packAll(c.attributes, new Set()) };
}

/** The buffers to move (not copy) with a message carrying these columns (each once: a pack part's arrays share one). */
export function transferables(c: EventColumns): ArrayBuffer[] {
  const coded = [...Object.values(c.fields), ...Object.values(c.attributes)];
  const arrays = [
    ...Object.values(c.numbers),
    ...coded.map((f) => f.codes),
    ...coded.flatMap((f) => (f.packed ? [f.packed.ends] : [])),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** The events at these positions (in this order), as columns: the values are shared, not copied. */
export function selectEvents(c: EventColumns, keep: readonly number[]): EventColumns {
  const pick = <T extends Uint32Array | Float64Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(keep.length);
    keep.forEach((i, k) => (out[k] = a[i]!));
    return out;
  };
  const coded = (cols: Record<string, CodedColumn>) =>
    Object.fromEntries(Object.entries(cols).map(([k, col]) => [k, { ...col, codes: pick(col.codes) }]));
  return {
    length: keep.length,
    ids: keep.map((i) => c.ids[i]!),
    numbers: Object.fromEntries(NUMBER_FIELDS.map((k) => [k, pick(c.numbers[k])])) as EventColumns['numbers'],
    fields: coded(c.fields),
    attributes: coded(c.attributes),
  };
}
