/**
 * The app's one test hook: a read-only handle on `window.__wm` for the end-to-end tests, the
 * benchmarks and debugging in the console. Declared here once; e2e/window.d.ts re-uses it.
 * The map controller sets `map`, `ready` and `readyAt`; the story sets `events`.
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
}

declare global {
  interface Window {
    __wm?: TestHook;
  }
}
