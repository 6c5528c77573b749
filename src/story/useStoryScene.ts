/**
 * The map's scene for the current view: the model's places, routes, events and statuses, the
 * selection's highlights, and the step the camera shows (presenting, a convoy's slide travels
 * along its route before framing it).
 */
import { useEffect, useMemo } from 'react';
import { pathWaypoints } from '../derive/geometry';
import type { CameraTarget } from '../map/storyCamera';
import { publishDatasetSize } from '../map/testHook';
import { MASK_BITS } from '../map/features';
import { useMapScene } from '../map/useMapScene';
import { useDatasetIO } from '../data/DatasetContext';
import type { Place, Route } from '../data/schema';
import type { StatusAt } from '../derive/status';
import type { MovementLine } from '../derive/movements';
import { useStory } from '../model/StoryContext';
import { usePointLook } from '../ui/usePointLook';
import { useViewState } from '../state/viewState';
import type { Selection } from './useSelection';

// stable empties: the scene's diff sees the same object and re-sends nothing
const NO_PLACES: readonly Place[] = [];
const NO_ROUTES: readonly Route[] = [];
const NO_STATUSES: ReadonlyMap<string, StatusAt> = new Map();
const NO_MOVEMENTS: readonly MovementLine[] = [];

export function useStoryScene(selection: Selection) {
  const { data, model: m } = useStory();
  const { lang, hidden, filter, mode, storyOverlay } = useViewState();
  // an imported dataset is shown as itself: the story's bases, routes and zone step aside
  // unless the viewer overlays them (the `overlay` link parameter)
  const asItself = useDatasetIO().datasetName !== null && !storyOverlay;
  const look = usePointLook();
  const presenting = mode === 'present';
  const { current, cameraBox, movements } = m;
  const camera: CameraTarget = useMemo(
    () => ({
      key: current?.id ?? 'none',
      bbox: cameraBox,
      path: presenting && movements[0] ? pathWaypoints(movements[0].coordinates) : undefined,
    }),
    [current, cameraBox, movements, presenting],
  );

  // the dataset's size, for the e2e tests and the benchmarks (the test hook: map/testHook.ts)
  const eventCount = data.events.length;
  useEffect(() => publishDatasetSize(eventCount), [eventCount]);

  return useMapScene({
    places: asItself ? NO_PLACES : data.places,
    routes: asItself ? NO_ROUTES : data.routes,
    placesById: m.placesById,
    mentions: m.mentions,
    // a dataset with more categories than the mask has bits is filtered by category before upload
    events: m.categories.length > MASK_BITS ? m.subset : m.mapEvents,
    categoryIds: m.categories,
    current: current ?? null,
    look,
    from: filter.from,
    to: filter.to,
    categories: m.shownCategories,
    statuses: asItself ? NO_STATUSES : m.statuses,
    highlightPlaces: selection.highlightPlaces,
    highlightRoutes: selection.highlightRoutes,
    movements: asItself ? NO_MOVEMENTS : movements,
    camera,
    lang,
    hidden,
  });
}
