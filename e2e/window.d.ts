// The app's read-only test handle (declared for the app in src/map/controller.ts).
import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    __wm?: { map: Map; ready: boolean; events?: number };
  }
}
export {};
