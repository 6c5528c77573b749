import type { StoryEvent } from '../data/schema';

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

/** Clamp a step to the list: stepping past either end stays at the end. */
export function stepIndex(index: number, delta: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(length - 1, Math.max(0, index + delta));
}

/** Events that involve a place (listed in places or in effects), in order. */
export function eventsForPlace(ordered: readonly StoryEvent[], placeId: string): StoryEvent[] {
  return ordered.filter(
    (e) => e.places.includes(placeId) || e.effects.some((f) => f.place === placeId),
  );
}

/** Events that move along a route, in order. */
export function eventsForRoute(ordered: readonly StoryEvent[], routeId: string): StoryEvent[] {
  return ordered.filter((e) => e.movements.some((m) => m.route === routeId));
}

/** How many events involve each place. */
export function mentionCounts(events: readonly StoryEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) {
    const ids = new Set([...e.places, ...e.effects.map((f) => f.place)]);
    for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}
