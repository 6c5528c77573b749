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
import { useStory } from '../model/StoryContext';
import { useViewState } from '../state/viewState';
import type { Selection } from './useSelection';

export function useStoryScene(selection: Selection) {
  const { data, model: m } = useStory();
  const { lang, hidden, filter, mode } = useViewState();
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
    places: data.places,
    routes: data.routes,
    placesById: m.placesById,
    mentions: m.mentions,
    // a dataset with more categories than the mask has bits is filtered by category before upload
    events: m.categories.length > MASK_BITS ? m.subset : m.mapEvents,
    categoryIds: m.categories,
    from: filter.from,
    to: filter.to,
    categories: m.shownCategories,
    statuses: m.statuses,
    highlightPlaces: selection.highlightPlaces,
    highlightRoutes: selection.highlightRoutes,
    movements,
    camera,
    lang,
    hidden,
  });
}
