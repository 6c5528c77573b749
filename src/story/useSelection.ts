/**
 * What is selected and what is highlighted: the open place or route card (from the link), the
 * event hovered in the list, and what the map marks for them; a click on the map opens its card.
 */
import { useCallback, useMemo, useState } from 'react';
import { eventWithId } from '../derive/current';
import { eventsForPlace, eventsForRoute } from '../derive/related';
import type { PickTarget } from '../map/controller';
import { useStory } from '../model/StoryContext';
import { useViewState } from '../state/viewState';

export function useSelection() {
  const { data, model: m } = useStory();
  const { placeId, routeId, openPlace, openRoute, goToEvent } = useViewState();
  const { current } = m;
  const [hoverId, setHoverId] = useState<string | null>(null);

  const selectedPlace = placeId ? m.placesById.get(placeId) : undefined;
  const selectedRoute = routeId ? m.routesById.get(routeId) : undefined;
  // hovered in the list, so among the visible events
  const hovered = useMemo(() => eventWithId(m.visible, hoverId), [m.visible, hoverId]);
  const placeEvents = useMemo(
    () => (selectedPlace ? eventsForPlace(data.events, selectedPlace.id) : []),
    [data.events, selectedPlace],
  );
  const routeEvents = useMemo(
    () => (selectedRoute ? eventsForRoute(data.events, selectedRoute, data.routes) : []),
    [data.events, data.routes, selectedRoute],
  );

  // the hovered event's places, else the open card's, else the current event's
  const highlightPlaces = useMemo(
    () =>
      hovered
        ? hovered.places
        : selectedPlace
          ? [selectedPlace.id]
          : selectedRoute
            ? []
            : (current?.places ?? []),
    [hovered, selectedPlace, selectedRoute, current],
  );
  const highlightRoutes = useMemo(
    () =>
      selectedRoute
        ? [selectedRoute.id]
        : selectedPlace
          ? []
          : (current?.movements.map((x) => x.route) ?? []),
    [selectedPlace, selectedRoute, current],
  );

  const onPick = useCallback(
    (t: PickTarget) =>
      t.kind === 'place' ? openPlace(t.id) : t.kind === 'route' ? openRoute(t.id) : goToEvent(t.id),
    [openPlace, openRoute, goToEvent],
  );

  return {
    selectedPlace,
    selectedRoute,
    placeEvents,
    routeEvents,
    highlightPlaces,
    highlightRoutes,
    onHover: setHoverId,
    onPick,
  };
}

export type Selection = ReturnType<typeof useSelection>;
