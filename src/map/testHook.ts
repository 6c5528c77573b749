/**
 * The app's one test hook: a read-only handle on `window.__wm` for the end-to-end tests, the
 * benchmarks and debugging in the console. Declared here once; e2e/window.d.ts re-uses it.
 * The map controller publishes `map` and sets `ready` and `readyAt`; the story publishes `events`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface TestHook {
  map: MapLibreMap;
  /** true once the map has drawn its first view and gone idle */
  ready: boolean;
  /** ms from navigation start to the first idle */
  readyAt?: number;
  /** how many events the loaded dataset has */
  events?: number;
  /** whether the map draws event point `id` (a feature id of the `events` source) in the current range and categories */
  pointShown: (id: number) => boolean;
  /** the event id of point `id` (the tiles carry feature ids, not event ids: map/pointSource.ts) */
  pointId: (id: number) => string | undefined;
}

declare global {
  interface Window {
    __wm?: TestHook;
  }
}

// The dataset's size is known before the map exists (the map is made after the first paint):
// kept here, and put on the hook whenever either arrives.
let datasetSize: number | undefined;

/** The map was made (or `null`: it was removed). */
export function publishMap(map: MapLibreMap | null, points?: Pick<TestHook, 'pointShown' | 'pointId'>) {
  if (map)
    window.__wm = {
      map,
      ready: false,
      events: datasetSize,
      pointShown: points?.pointShown ?? (() => true),
      pointId: points?.pointId ?? (() => undefined),
    };
  else delete window.__wm;
}

/** How many events the loaded dataset has. */
export function publishDatasetSize(n: number) {
  datasetSize = n;
  if (window.__wm) window.__wm.events = n;
}
