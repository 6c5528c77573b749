/** What relates to what: the events of a place or a route, the routes along a road. */
import type { Route, StoryEvent } from '../data/schema';

/** An event involves a place it names or one it changes (its effects). */
export function involvesPlace(e: StoryEvent, placeId: string): boolean {
  return e.places.includes(placeId) || e.effects.some((f) => f.place === placeId);
}

/** Events that involve a place (listed in places or in effects), in order. */
export function eventsForPlace(ordered: readonly StoryEvent[], placeId: string): StoryEvent[] {
  return ordered.filter((e) => involvesPlace(e, placeId));
}

/**
 * The routes that travel along a road: those that pass two of its waypoints one after the other
 * (either way), as a convoy from Qasrak through Tell Baydar to Qamishli uses the M4.
 */
export function routesAlong(road: Route, routes: readonly Route[]): Route[] {
  type Waypoint = NonNullable<Route['waypoints']>[number];
  const key = (w: Waypoint) => (typeof w === 'string' ? w : w.join(','));
  const legs = new Set<string>();
  const stops = road.waypoints ?? [];
  stops.forEach((w, i) => {
    const next = stops[i + 1];
    if (next === undefined) return;
    legs.add(`${key(w)}|${key(next)}`);
    legs.add(`${key(next)}|${key(w)}`);
  });
  return routes.filter(
    (r) =>
      r.id !== road.id &&
      (r.waypoints ?? []).some((w, i, all) => i > 0 && legs.has(`${key(all[i - 1]!)}|${key(w)}`)),
  );
}

/** Events whose movements used a route, or (for a road) a route that travels along it, in order. */
export function eventsForRoute(
  ordered: readonly StoryEvent[],
  route: Route,
  routes: readonly Route[] = [],
): StoryEvent[] {
  const ids = new Set([
    route.id,
    ...(route.kind === 'highway' ? routesAlong(route, routes).map((r) => r.id) : []),
  ]);
  return ordered.filter((e) => e.movements.some((m) => ids.has(m.route)));
}

/** How many events involve each place. */
export function mentionCounts(events: readonly StoryEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) {
    if (e.places.length === 0 && e.effects.length === 0) continue;
    const ids = new Set([...e.places, ...e.effects.map((f) => f.place)]);
    for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}
