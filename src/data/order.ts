/** Chronological order of events: the order the loader, the timeline and the list use. */
import type { StoryEvent } from './schema';

// one collator for every comparison: localeCompare with options builds a new one per call
const byId = new Intl.Collator('en', { numeric: true }).compare;

/** Chronological order: by date, then end date (shorter first), then id. Stable and total. */
export function compareEvents(a: StoryEvent, b: StoryEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ae = a.endDate ?? a.date;
  const be = b.endDate ?? b.date;
  if (ae !== be) return ae < be ? -1 : 1;
  return byId(a.id, b.id);
}

export function sortEvents(events: readonly StoryEvent[]): StoryEvent[] {
  return [...events].sort(compareEvents);
}

/** The events' positions in chronological order (ties, which compareEvents leaves only for equal ids, in list order). */
export function chronologicalOrder(events: readonly StoryEvent[]): Int32Array {
  return Int32Array.from(events.keys()).sort((a, b) => compareEvents(events[a]!, events[b]!) || a - b);
}
