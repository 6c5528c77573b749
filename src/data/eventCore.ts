/**
 * The fields the page reads of every event on its hot paths, as columns in the list's order: ids,
 * first and last days, position, category. The time index (derive/timeIndex.ts), the map's points
 * (map/eventPoints.ts) and the dataset's categories read these typed arrays, not a million objects
 * (issue 14: the first part of the events held as columns).
 *
 * The core is a pure function of a list of events, kept once per list (`eventCore`). An imported
 * list arrives as columns from the import worker: the importer makes its core from those columns
 * while it makes the events (io/coreFromColumns.ts) and records it for the list (`keepCore`), so the page
 * never walks the million objects for it. A list must not change once its core is taken.
 */
import { dayNumber } from './days';
import type { Category, StoryEvent } from './schema';

export interface EventCore {
  readonly length: number;
  readonly ids: readonly string[];
  /** First day number (data/days.ts). */
  readonly starts: Int32Array;
  /** Last day number: the end date's when it is after the date, else the first day. */
  readonly ends: Int32Array;
  /** The event's own coordinates (NaN: none; it is drawn at its place, if any). */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Each event's category, as a position in `categories` (their order means nothing). */
  readonly category: Uint32Array;
  readonly categories: readonly Category[];
}

const kept = new WeakMap<readonly StoryEvent[], EventCore>();

/** The core of this list (made once per list, unless the importer recorded it). */
export function eventCore(events: readonly StoryEvent[]): EventCore {
  let core = kept.get(events);
  if (!core) kept.set(events, (core = coreOfEvents(events)));
  return core;
}

/** Record the core of a list made elsewhere (from the import's columns): it must equal `coreOfEvents(events)`. */
export function keepCore(events: readonly StoryEvent[], core: EventCore) {
  if (core.length !== events.length) throw new Error(`a core of ${core.length} for ${events.length} events`);
  kept.set(events, core);
}

/**
 * Record the core of `subset`, the events of `events` at these positions (in this order), read
 * from the core of `events` instead of from the objects: a filtered million events' core in
 * typed-array reads. It equals `coreOfEvents(subset)` (categories coded in order of appearance).
 */
export function keepSubsetCore(
  subset: readonly StoryEvent[],
  events: readonly StoryEvent[],
  positions: Uint32Array,
) {
  const from = eventCore(events);
  const n = positions.length;
  const c = coreColumns(n);
  const cats = new CategoryCodes();
  const recoded = new Int32Array(from.categories.length).fill(-1);
  for (let k = 0; k < n; k++) {
    const i = positions[k]!;
    c.ids[k] = from.ids[i]!;
    c.starts[k] = from.starts[i]!;
    c.ends[k] = from.ends[i]!;
    c.lon[k] = from.lon[i]!;
    c.lat[k] = from.lat[i]!;
    const code = from.category[i]!;
    let mine = recoded[code]!;
    if (mine < 0) recoded[code] = mine = cats.code(from.categories[code]!);
    c.category[k] = mine;
  }
  keepCore(subset, { length: n, ...c, categories: cats.categories });
}

/** Codes categories as they come. */
export class CategoryCodes {
  readonly categories: Category[] = [];
  private readonly codes = new Map<Category, number>();
  code(c: Category): number {
    let code = this.codes.get(c);
    if (code === undefined) {
      code = this.categories.push(c) - 1;
      this.codes.set(c, code);
    }
    return code;
  }
}

/** Empty columns for n events. */
export function coreColumns(n: number) {
  return {
    ids: new Array<string>(n),
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    category: new Uint32Array(n),
  };
}

/** An event's last day number, from its first day and its dates (`endDay`: the end date's day number, when known). */
export const lastDay = (start: number, date: string, endDate: string | undefined, endDay?: number): number =>
  endDate !== undefined && endDate > date ? (endDay ?? dayNumber(endDate)) : start;

function coreOfEvents(events: readonly StoryEvent[]): EventCore {
  const n = events.length;
  const c = coreColumns(n);
  const cats = new CategoryCodes();
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    c.ids[i] = e.id;
    const start = dayNumber(e.date);
    c.starts[i] = start;
    c.ends[i] = lastDay(start, e.date, e.endDate);
    c.lon[i] = e.lon ?? NaN;
    c.lat[i] = e.lat ?? NaN;
    c.category[i] = cats.code(e.category);
  }
  return { length: n, ...c, categories: cats.categories };
}
