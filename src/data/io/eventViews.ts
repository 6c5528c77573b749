/**
 * Events read from the import worker's columns (eventColumns.ts) where they lie: each event on the
 * page is a view of two fields (its slice's columns and its position), and a field is read from the
 * columns when it is asked for. A million events are then a million small objects and the columns'
 * typed arrays and strings, not a million objects of twenty fields holding several million more
 * (titles, sources, attributes): the JS heap after a million-row import went from ~435 to ~245 MB,
 * and the garbage collector's marking from ~15 s to ~1 s over 30 range steps (BENCHMARKS.md).
 *
 * A view reads like the plain event it stands for (`plainEvent` gives that object): the same fields,
 * absent ones undefined. Object values (a title, a list of sources) are shared between the events
 * that share them, except in packed columns, where each read parses a new copy. What copies events
 * field by field (a spread, `Object.keys`, `JSON.stringify`: own properties only) must take
 * `plainEvent(e)` first; JSON.stringify does so itself.
 */
import type { StoryEvent } from '../schema';
import type { CodedColumn, EventColumns } from './eventColumns';

/** Value `code` (≥ 1) of a column, packed or not. */
function valueAt(col: CodedColumn, code: number): unknown {
  const p = col.packed;
  if (p === undefined) return col.values[code];
  const s = p.text.slice(p.ends[code - 1], p.ends[code]);
  return p.json ? JSON.parse(s) : s;
}

/** Every field of an event (the type check below keeps the list whole). */
const FIELDS = [
  'id',
  'date',
  'endDate',
  'precision',
  'dateNote',
  'category',
  'title',
  'summary',
  'places',
  'lon',
  'lat',
  'scope',
  'uncertaintyKm',
  'attributes',
  'effects',
  'movements',
  'disputes',
  'context',
  'sources',
] as const satisfies readonly (keyof StoryEvent)[];
type Missing = Exclude<keyof StoryEvent, (typeof FIELDS)[number]>;
const allFields: [Missing] extends [never] ? true : Missing = true;
void allFields;

type Field = (typeof FIELDS)[number];
type NumberField = 'lon' | 'lat' | 'uncertaintyKm';
const isNumber = (k: Field): k is NumberField => k === 'lon' || k === 'lat' || k === 'uncertaintyKm';

/** One slice's columns, laid out by field for the views' reads. */
class Slice {
  readonly ids: readonly string[];
  /** Per field (FIELDS' order), its numbers (lon, lat, uncertaintyKm), else undefined. */
  readonly numbers: (Float64Array | undefined)[];
  /** Per field (FIELDS' order), its coded column; undefined: no event has it. */
  private readonly coded: (CodedColumn | undefined)[];
  private readonly attributes: [string, CodedColumn][];
  private readonly attributeColumns: Map<string, CodedColumn>;

  constructor(c: EventColumns) {
    this.ids = c.ids;
    this.numbers = FIELDS.map((k) => (isNumber(k) ? c.numbers[k] : undefined));
    this.coded = FIELDS.map((k) => (isNumber(k) ? undefined : c.fields[k]));
    this.attributes = Object.entries(c.attributes);
    this.attributeColumns = new Map(this.attributes);
  }

  /** Field `field` (a coded one) of event i. */
  value(field: number, i: number): unknown {
    return codedValue(this.coded[field], i);
  }

  /** The event's attributes: its attribute columns as one object; else its empty one, if it has one. */
  attributesOf(i: number): Record<string, unknown> | undefined {
    let a: Record<string, unknown> | undefined;
    for (const [k, col] of this.attributes) {
      const code = col.codes[i]!;
      if (code !== 0) (a ??= {})[k] = valueAt(col, code);
    }
    return a ?? (codedValue(this.coded[ATTRIBUTES], i) as Record<string, unknown> | undefined);
  }

  /** One attribute of event i, from its column alone. */
  attribute(name: string, i: number): unknown {
    return codedValue(this.attributeColumns.get(name), i);
  }
}
const ATTRIBUTES = FIELDS.indexOf('attributes');

function codedValue(col: CodedColumn | undefined, i: number): unknown {
  if (col === undefined) return undefined;
  const code = col.codes[i]!;
  return code === 0 ? undefined : valueAt(col, code);
}

/** An event as a view of its slice's columns: fields are getters on the prototype (below). */
class EventView {
  readonly #slice: Slice;
  readonly #i: number;

  constructor(slice: Slice, i: number) {
    this.#slice = slice;
    this.#i = i;
  }

  // a getter of its own for each kind of field: ids, numbers (NaN: none), attributes, coded values
  static {
    FIELDS.forEach((name, field) => {
      const get =
        name === 'id'
          ? function (this: EventView) {
              return this.#slice.ids[this.#i];
            }
          : isNumber(name)
            ? function (this: EventView) {
                const v = this.#slice.numbers[field]?.[this.#i];
                return v === undefined || Number.isNaN(v) ? undefined : v;
              }
            : field === ATTRIBUTES
              ? function (this: EventView) {
                  return this.#slice.attributesOf(this.#i);
                }
              : function (this: EventView) {
                  return this.#slice.value(field, this.#i);
                };
      Object.defineProperty(this.prototype, name, { get, enumerable: true });
    });
  }

  attribute(name: string): unknown {
    return this.#slice.attribute(name, this.#i);
  }

  toJSON() {
    return plainEvent(this as unknown as StoryEvent);
  }
}

/** Views of the events of these columns: `view(i)` is event i (a new view each call). */
export function eventViews(c: EventColumns): (i: number) => StoryEvent {
  const slice = new Slice(c);
  return (i) => new EventView(slice, i) as unknown as StoryEvent;
}

/**
 * The event's value of one attribute: a view reads that column alone (a filter on one attribute
 * of a million events makes no million attribute objects). Own keys only: a column named
 * `constructor` is not a lookup.
 */
export function attributeOf(e: StoryEvent, name: string): string | number | undefined {
  if (e instanceof EventView) return e.attribute(name) as string | number | undefined;
  const a = e.attributes;
  return a && Object.hasOwn(a, name) ? a[name] : undefined;
}

/** The event as a plain object of its own fields (a view's are read; a plain event is itself). */
export function plainEvent(e: StoryEvent): StoryEvent {
  if (!(e instanceof EventView)) return e;
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) {
    const v = e[k];
    if (v !== undefined) out[k] = v;
  }
  return out as StoryEvent;
}

/** The events of the columns as plain objects (tests, scripts; the page reads views). */
export function decodeEvents(c: EventColumns): StoryEvent[] {
  const view = eventViews(c);
  return Array.from({ length: c.length }, (_, i) => plainEvent(view(i)));
}
