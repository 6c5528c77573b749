/**
 * What the analyst asked to see: a date range, categories, a place, free text, the data's own
 * columns (facet values and number ranges, derive/facets.ts).
 * Pure functions over events; the list, counts, timeline and map all use the same predicate.
 */
import type { StoryEvent } from '../data/schema';
import { keepSubsetCore } from '../data/eventCore';
import { isFiltered, type EventFilter } from '../state/filter';
import { matchesFacets, matchesRanges } from './facets';
import { involvesPlace } from './related';
import { matchesQuery, normalizeSearch } from './text';

/** An event overlaps the range when it starts on or before `to` and ends on or after `from`. */
export function inRange(
  e: Pick<StoryEvent, 'date' | 'endDate'>,
  from: string | null,
  to: string | null,
): boolean {
  const end = e.endDate ?? e.date;
  return (from === null || end >= from) && (to === null || e.date <= to);
}

const searchCache = new WeakMap<StoryEvent, string>();
/** The normalised searchable text of an event (cached per event object). */
export function searchText(e: StoryEvent): string {
  let s = searchCache.get(e);
  if (s === undefined) {
    const { title, summary, scope } = e;
    s = normalizeSearch(
      [title.en, title.ar, summary?.en, summary?.ar, scope?.en, scope?.ar].filter(Boolean).join(' '),
    );
    searchCache.set(e, s);
  }
  return s;
}

/** A predicate for the filter, with the query normalised once. */
export function eventPredicate(f: EventFilter): (e: StoryEvent) => boolean {
  const q = normalizeSearch(f.text);
  return (e) =>
    inRange(e, f.from, f.to) &&
    (f.categories === null || f.categories.has(e.category)) &&
    (f.place === null || involvesPlace(e, f.place)) &&
    (q === '' || matchesQuery(searchText(e), q)) &&
    (f.facets === null || matchesFacets(e, f.facets)) &&
    (f.ranges === null || matchesRanges(e, f.ranges));
}

/** The events the filter keeps, in their order; the kept list's core is read from the given list's (data/eventCore.ts). */
export function filterEvents(events: readonly StoryEvent[], f: EventFilter): StoryEvent[] {
  if (!isFiltered(f)) return events as StoryEvent[];
  const keep = eventPredicate(f);
  const kept: StoryEvent[] = [];
  const at = new Uint32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (keep(e)) at[kept.push(e) - 1] = i;
  }
  keepSubsetCore(kept, events, at.subarray(0, kept.length));
  return kept;
}

/** Events per category among the given events. */
