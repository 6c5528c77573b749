/**
 * The data's own columns as filters (issue 13: "every column is usable"). An imported event
 * carries its file's other columns as `attributes`; which of them the filters offer, and how many
 * events each value has, is decided here.
 *
 * - A **facet** is a text column with a handful of labels: 2–50 distinct non-empty values, each
 *   at most 100 characters, on at least 5% of the events (and at least two). More values is an
 *   id, a name or free text, not a choice a person scans; a column whose every value differs
 *   over 20 or more events is an id too. ACLED's disorder_type, sub_event_type, actor1, admin1,
 *   inter1 (the readers keep codes as text); UCDP's side_a, adm_1; GDELT's Actor1Name.
 * - A **number attribute** is a column whose every value is a number, on the same share of the
 *   events, with at least two different values: ACLED's fatalities, UCDP's best/low/high,
 *   GDELT's GoldsteinScale. It gets a min/max range, not a list (a number is a measure).
 *
 * Counts follow the category counts' rule: each facet's counts are among the events passing
 * every other filter, its own selection excepted, so a person sees what picking a value gives.
 */
import type { StoryEvent } from '../data/schema';
import { attributeOf } from '../data/io/eventViews';
import type { FacetFilter, NumberRange, RangeFilter } from '../state/filter';

export const FACET_RULES = {
  minValues: 2,
  maxValues: 50,
  maxLength: 100,
  minShare: 0.05,
  minEvents: 2,
  /** Over this many events, a column whose every value differs is an id, not a facet. */
  uniqueIdFrom: 20,
} as const;

export interface Facet {
  /** The column's name, as the data writes it. */
  name: string;
  /** Its distinct values as text, most common first (then in code-point order). */
  values: readonly string[];
  /** How many events have a value. */
  present: number;
}

export interface NumberAttribute {
  name: string;
  /** The smallest and largest value in the data. */
  min: number;
  max: number;
  /** Whether every value is a whole number. */
  integer: boolean;
  present: number;
}

export interface DatasetAttributes {
  /** In the order the columns first appear. */
  facets: readonly Facet[];
  numbers: readonly NumberAttribute[];
}

export const NO_ATTRIBUTES: DatasetAttributes = { facets: [], numbers: [] };

/** A value as a facet lists it; empty (or blank) text is no value. */
export function facetKey(v: string | number | undefined): string | null {
  if (v === undefined) return null;
  const s = String(v);
  return s.trim() === '' ? null : s;
}

interface Column {
  present: number;
  numbers: boolean;
  /** Distinct values and their counts, until there are too many to be a facet (then null). */
  counts: Map<string, number> | null;
  min: number;
  max: number;
  integer: boolean;
  tooLong: boolean;
}

/** Which of the data's attributes are facets and which are numbers (one pass over the events). */
export function datasetAttributes(events: readonly StoryEvent[]): DatasetAttributes {
  const columns = new Map<string, Column>();
  for (const e of events) {
    if (!e.attributes) continue;
    for (const [name, v] of Object.entries(e.attributes)) {
      const key = facetKey(v);
      if (key === null) continue;
      let c = columns.get(name);
      if (!c) {
        c = {
          present: 0,
          numbers: true,
          counts: new Map(),
          min: Infinity,
          max: -Infinity,
          integer: true,
          tooLong: false,
        };
        columns.set(name, c);
      }
      c.present++;
      if (typeof v === 'number') {
        if (v < c.min) c.min = v;
        if (v > c.max) c.max = v;
        if (!Number.isInteger(v)) c.integer = false;
      } else c.numbers = false;
      if (key.length > FACET_RULES.maxLength) c.tooLong = true;
      if (c.counts) {
        c.counts.set(key, (c.counts.get(key) ?? 0) + 1);
        if (c.counts.size > FACET_RULES.maxValues) c.counts = null;
      }
    }
  }
  const enough = Math.max(FACET_RULES.minEvents, Math.ceil(events.length * FACET_RULES.minShare));
  const facets: Facet[] = [];
  const numbers: NumberAttribute[] = [];
  for (const [name, c] of columns) {
    if (c.present < enough) continue;
    if (c.numbers) {
      if (c.min < c.max)
        numbers.push({ name, min: c.min, max: c.max, integer: c.integer, present: c.present });
      continue;
    }
    const counts = c.counts;
    if (!counts || c.tooLong || counts.size < FACET_RULES.minValues) continue;
    if (counts.size === c.present && c.present >= FACET_RULES.uniqueIdFrom) continue;
    const values = [...counts.keys()].sort(
      (a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
    );
    facets.push({ name, values, present: c.present });
  }
  return { facets, numbers };
}

/**
 * The link's facet selections that the data can use: attributes that are facets, values the
 * facet has. An attribute with none of its values left is dropped, and none left is null (all
 * events), as for categories; the link check reports what was dropped.
 */
export function usableFacets(filter: FacetFilter | null, facets: readonly Facet[]): FacetFilter | null {
  if (!filter || filter.size === 0) return null;
  const out = new Map<string, ReadonlySet<string>>();
  for (const f of facets) {
    const asked = filter.get(f.name);
    if (!asked) continue;
    const known = f.values.filter((v) => asked.has(v));
    if (known.length > 0) out.set(f.name, new Set(known));
  }
  return out.size > 0 ? out : null;
}

/** The link's ranges on the data's number attributes (others dropped; none left: null). */
export function usableRanges(
  filter: RangeFilter | null,
  numbers: readonly NumberAttribute[],
): RangeFilter | null {
  if (!filter || filter.size === 0) return null;
  const out = new Map<string, NumberRange>();
  for (const n of numbers) {
    const r = filter.get(n.name);
    if (r && (r.min !== null || r.max !== null)) out.set(n.name, r);
  }
  return out.size > 0 ? out : null;
}

/** Whether the event has one of the kept values of every filtered attribute. */
export function matchesFacets(e: StoryEvent, facets: FacetFilter): boolean {
  for (const [name, values] of facets) {
    const key = facetKey(attributeOf(e, name));
    if (key === null || !values.has(key)) return false;
  }
  return true;
}

/** Whether each filtered number attribute of the event is a number inside its range. */
export function matchesRanges(e: StoryEvent, ranges: RangeFilter): boolean {
  for (const [name, r] of ranges) {
    const v = attributeOf(e, name);
    if (typeof v !== 'number' || (r.min !== null && v < r.min) || (r.max !== null && v > r.max)) return false;
  }
  return true;
}

/**
 * Each event's value of each facet as a position in the facet's values (-1: none), so counting a
 * date range's events is a loop over small integer arrays, not string lookups per move of the handle.
 */
export interface FacetCodes {
  facets: readonly Facet[];
  /** The coded events, in order. */
  events: readonly StoryEvent[];
  codes: readonly Int32Array[];
}

export function facetCodes(events: readonly StoryEvent[], facets: readonly Facet[]): FacetCodes {
  const codes = facets.map((f) => {
    const index = new Map(f.values.map((v, i) => [v, i]));
    const out = new Int32Array(events.length);
    events.forEach((e, i) => {
      const key = facetKey(attributeOf(e, f.name));
      out[i] = key === null ? -1 : (index.get(key) ?? -1);
    });
    return out;
  });
  return { facets, events, codes };
}

/**
 * The codes of some of the coded events (a filtered subset, in its own order), gathered from the
 * whole dataset's: coding 100,000 events anew took ~250 ms on this machine, gathering ~10 ms, and
 * a category toggle or a search changes the subset.
 */
export function subsetCodes(all: FacetCodes, subset: readonly StoryEvent[]): FacetCodes {
  if (subset === all.events) return all;
  // nothing to gather (no facets, or no events): no position map over the whole dataset
  if (all.codes.length === 0 || subset.length === 0)
    return { facets: all.facets, events: subset, codes: all.codes.map(() => new Int32Array(0)) };
  const at = new Map<StoryEvent, number>();
  all.events.forEach((e, i) => at.set(e, i));
  const rows = Int32Array.from(subset, (e) => at.get(e) ?? -1);
  const codes = all.codes.map((c) => Int32Array.from(rows, (r) => (r < 0 ? -1 : c[r]!)));
  return { facets: all.facets, events: subset, codes };
}

/** Per facet, each value's count, in the facet's value order (zeros included). */
export type FacetCounts = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Which events of the coded list to count: positions lo…hi-1, and the extra ones. */
export interface Positions {
  lo: number;
  hi: number;
  extra: readonly number[];
}

/**
 * Counts per facet value among the given positions, each facet counted over the events that pass
 * every other facet's selection (`selection`: the usable one, see usableFacets).
 */
export function facetCounts(fc: FacetCodes, selection: FacetFilter | null, at: Positions): FacetCounts {
  const { facets, codes } = fc;
  const n = facets.length;
  const counts = facets.map((f) => new Int32Array(f.values.length));
  // per facet, the kept value positions as flags (null: not filtered)
  const keep = facets.map((f) => {
    const asked = selection?.get(f.name);
    return asked ? Uint8Array.from(f.values, (v) => (asked.has(v) ? 1 : 0)) : null;
  });
  const filtered = keep.flatMap((k, i) => (k ? [i] : []));
  const count = (i: number) => {
    let failed = -1;
    for (const f of filtered) {
      const c = codes[f]![i]!;
      if (c < 0 || keep[f]![c] === 0) {
        if (failed >= 0) return; // fails two facets: counted nowhere
        failed = f;
      }
    }
    if (failed >= 0) {
      const c = codes[failed]![i]!;
      if (c >= 0) counts[failed]![c]!++;
      return;
    }
    for (let f = 0; f < n; f++) {
      const c = codes[f]![i]!;
      if (c >= 0) counts[f]![c]!++;
    }
  };
  for (let i = at.lo; i < at.hi; i++) count(i);
  for (const i of at.extra) count(i);
  return new Map(facets.map((f, k) => [f.name, new Map(f.values.map((v, j) => [v, counts[k]![j]!]))]));
}
