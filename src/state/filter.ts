/**
 * What the analyst asked to see — a date range, categories, a place, free text, values of the
 * data's own columns and ranges of its numbers — as the link states it.
 */
import type { Category } from '../data/schema';

/** Per attribute (column name), the values to keep: an event has one of them (OR within, AND across). */
export type FacetFilter = ReadonlyMap<string, ReadonlySet<string>>;

/** An inclusive range of a number attribute; null = open end. */
export interface NumberRange {
  min: number | null;
  max: number | null;
}
/** Per number attribute, the range its value must be in (AND across attributes). */
export type RangeFilter = ReadonlyMap<string, NumberRange>;

export interface EventFilter {
  /** Inclusive YYYY-MM-DD bounds; null = open. */
  from: string | null;
  to: string | null;
  /** Categories to show; null = all. */
  categories: ReadonlySet<Category> | null;
  /** Only events at this place id; null = anywhere. */
  place: string | null;
  /** Free text over titles and summaries in both languages. */
  text: string;
  /** Attribute values to keep; null = no facet filter. An event without the attribute is left out. */
  facets: FacetFilter | null;
  /** Number attribute ranges; null = none. An event without the attribute is left out. */
  ranges: RangeFilter | null;
}

export const NO_FILTER: EventFilter = {
  from: null,
  to: null,
  categories: null,
  place: null,
  text: '',
  facets: null,
  ranges: null,
};

export function isFiltered(f: EventFilter): boolean {
  return (
    f.from !== null ||
    f.to !== null ||
    f.categories !== null ||
    f.place !== null ||
    f.text.trim() !== '' ||
    (f.facets !== null && f.facets.size > 0) ||
    (f.ranges !== null && f.ranges.size > 0)
  );
}
