/**
 * What the map shows, in one description: built from the story model (useMapScene.ts) and
 * applied by the controller as a diff of the last one — only what changed reaches MapLibre,
 * as react-map-gl's setProps does. Pure: no MapLibre, no React.
 */
import type { FeatureCollection } from 'geojson';
import type { StatusAt } from '../derive/status';
import type { Lang } from '../i18n';
import type { LayerGroup } from '../state/params';
import type { PointFilter } from './eventVisibility';
import type { EventPoints } from './eventPoints';
import type { CameraTarget } from './storyCamera';

export interface MapScene {
  lang: Lang;
  /** MapLibre's own control labels and units in the language (its `locale` strings). */
  controlText: Record<string, string>;
  /** The credits line. */
  attribution: string;
  /** Story sources: the same object again is not re-sent (no re-tiling). */
  places: FeatureCollection;
  uncertainty: FeatureCollection;
  routes: FeatureCollection;
  movements: FeatureCollection;
  /** The timeline's current event when it has its own point (an imported one): marked above the labels. */
  current: FeatureCollection;
  /** Event points (narrowed by place and text); range and categories hide them via `pointFilter`. */
  events: EventPoints;
  /** Each base's status on the timeline's date (feature-state). */
  statuses: ReadonlyMap<string, StatusAt>;
  /** Date range (day numbers, inclusive) and category mask: hides points without re-uploading them. */
  pointFilter: PointFilter;
  /** Highlighted places and routes. */
  selection: { places: readonly string[]; routes: readonly string[] };
  /** Layer groups switched off. */
  hidden: readonly LayerGroup[];
  /** The step the camera shows (camera rules: storyCamera.ts). */
  camera: CameraTarget;
}

export type ScenePart = keyof MapScene;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** Whether two values of a part describe the same thing (values for small parts, identity for data). */
const SAME: { [K in ScenePart]?: (a: MapScene[K], b: MapScene[K]) => boolean } = {
  controlText: () => true, // follows lang
  attribution: () => true, // follows lang
  pointFilter: (a, b) => a.from === b.from && a.to === b.to && a.mask === b.mask,
  selection: (a, b) => sameList(a.places, b.places) && sameList(a.routes, b.routes),
  hidden: (a, b) => sameList(a, b),
};

/** The parts of `next` that differ from `prev` (all of them when there is no previous scene). */
export function sceneChanges(prev: MapScene | null, next: MapScene): Set<ScenePart> {
  const parts = Object.keys(next) as ScenePart[];
  if (!prev) return new Set(parts);
  return new Set(
    parts.filter((k) => {
      const same = SAME[k] as ((a: unknown, b: unknown) => boolean) | undefined;
      return same ? !same(prev[k], next[k]) : prev[k] !== next[k];
    }),
  );
}
