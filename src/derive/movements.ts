import type { Movement, Place, Route } from '../data/schema';
import { routeGeometry, type LonLat } from './geometry';

export interface MovementLine {
  route: string;
  direction: Movement['direction'];
  /** Coordinates in the direction of travel. */
  coordinates: LonLat[];
}

/** Lines for an event's movements, oriented in the direction of travel. Zones are skipped. */
export function movementLines(
  movements: readonly Movement[],
  routes: ReadonlyMap<string, Route>,
  places: ReadonlyMap<string, Place>,
): MovementLine[] {
  const out: MovementLine[] = [];
  for (const m of movements) {
    const r = routes.get(m.route);
    if (!r || r.kind === 'zone') continue;
    const g = routeGeometry(r, places);
    if (g.type !== 'LineString') continue;
    const coords = m.direction === 'forward' ? g.coordinates : [...g.coordinates].reverse();
    out.push({ route: r.id, direction: m.direction, coordinates: coords });
  }
  return out;
}
