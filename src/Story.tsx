/**
 * The story view: loaded data + URL view state → derived state → map, timeline and cards.
 * Everything the map shows is derived here from the data and the current event; nothing is hard-coded per step.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StoryData } from './data/validate';
import { allCoordinates, bboxOf, routeGeometry, type LonLat } from './derive/geometry';
import { movementLines } from './derive/movements';
import { statusesAt } from './derive/status';
import { eventsForPlace, eventsForRoute, indexOfEvent, mentionCounts, stepIndex } from './derive/timeline';
import { dirOf, formatEventDate, pick } from './i18n';
import { useMessages } from './i18n/useMessages';
import { MapView, type CameraTarget } from './map/MapView';
import type { PickTarget } from './map/controller';
import { DataIssues } from './panels/DataIssues';
import { EventCard } from './panels/EventCard';
import { Legend } from './panels/Legend';
import { PlaceCard } from './panels/PlaceCard';
import { RouteCard } from './panels/RouteCard';
import { useViewState } from './state/viewState';
import { actionForKey, type TimelineAction } from './timeline/keys';
import { Timeline } from './timeline/Timeline';
import { usePlayback } from './timeline/usePlayback';

/** The card panel covers one side of the map (the start side) and the timeline its foot. */
function useInsets(dir: 'ltr' | 'rtl', legendOpen: boolean) {
  const [wide, setWide] = useState(() => window.innerWidth >= 900);
  useEffect(() => {
    const onResize = () => setWide(window.innerWidth >= 900);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return useMemo(() => {
    const start = wide ? 404 : 0;
    const end = wide && legendOpen ? LEGEND_W + 24 : 0;
    return { top: 0, bottom: 112, left: dir === 'ltr' ? start : end, right: dir === 'rtl' ? start : end };
  }, [wide, dir, legendOpen]);
}

const LEGEND_W = 250;

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function Story({ data }: { data: StoryData }) {
  const { lang } = useMessages();
  const view = useViewState();
  const { places, routes, events, issues } = data;

  const placesById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const routesById = useMemo(() => new Map(routes.map((r) => [r.id, r])), [routes]);

  const index = indexOfEvent(events, view.eventId);
  const current = events[index];
  const date = current?.date;

  const statuses = useMemo(() => statusesAt(places, events, date ?? ''), [places, events, date]);
  const movements = useMemo(
    () => (current ? movementLines(current.movements, routesById, placesById) : []),
    [current, routesById, placesById],
  );

  const selectedPlace = view.placeId ? placesById.get(view.placeId) : undefined;
  const selectedRoute = view.routeId ? routesById.get(view.routeId) : undefined;

  const highlightPlaces = useMemo(
    () => (selectedPlace ? [selectedPlace.id] : selectedRoute ? [] : (current?.places ?? [])),
    [selectedPlace, selectedRoute, current],
  );
  const highlightRoutes = useMemo(
    () => (selectedRoute ? [selectedRoute.id] : selectedPlace ? [] : (current?.movements.map((m) => m.route) ?? [])),
    [selectedPlace, selectedRoute, current],
  );

  // The camera follows the timeline: frame the event's places and the routes its convoys moved on.
  // The first frame is not animated so an opened link shows its view at once.
  const [firstFrame, setFirstFrame] = useState(true);
  const camera: CameraTarget = useMemo(() => {
    const pts: LonLat[] = [];
    for (const id of current?.places ?? []) {
      const p = placesById.get(id);
      if (p) pts.push([p.lon, p.lat]);
    }
    for (const m of movements) pts.push(...m.coordinates);
    for (const id of current?.movements.map((m) => m.route) ?? []) {
      const r = routesById.get(id);
      if (r) pts.push(...allCoordinates(routeGeometry(r, placesById)));
    }
    return { key: current?.id ?? 'none', bbox: bboxOf(pts), animate: !firstFrame && !reducedMotion() };
  }, [current, movements, placesById, routesById, firstFrame]);
  useEffect(() => setFirstFrame(false), []);

  const goTo = useCallback((i: number) => {
    const e = events[stepIndex(i, 0, events.length)];
    if (e) view.goToEvent(e.id);
  }, [events, view]);

  const advance = useCallback(() => goTo(index + 1), [goTo, index]);
  const playback = usePlayback(index >= events.length - 1, advance);

  const onAction = useCallback(
    (a: TimelineAction) => {
      if (a === 'toggle-play') return playback.toggle();
      playback.stop();
      if (a === 'next') goTo(index + 1);
      else if (a === 'prev') goTo(index - 1);
      else if (a === 'first') goTo(0);
      else goTo(events.length - 1);
    },
    [playback, goTo, index, events.length],
  );

  // Arrow keys also step when nothing else has focus (the page or the map).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = document.activeElement;
      const idle = !el || el === document.body || el.classList.contains('maplibregl-canvas');
      if (!idle || e.altKey || e.ctrlKey || e.metaKey) return;
      const a = actionForKey(e.key, dirOf(lang));
      if (!a || (el?.classList.contains('maplibregl-canvas') && e.key.startsWith('Arrow'))) return;
      e.preventDefault();
      onAction(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onAction, lang]);

  const [legendOpen, setLegendOpen] = useState(() => window.innerWidth >= 1100);
  const insets = useInsets(dirOf(lang), legendOpen);
  const mentions = useMemo(() => mentionCounts(events), [events]);

  const onPick = useCallback(
    (t: PickTarget) => (t.kind === 'place' ? view.openPlace(t.id) : view.openRoute(t.id)),
    [view],
  );

  return (
    <main className="story">
      <MapView
        places={places}
        mentions={mentions}
        routes={routes}
        placesById={placesById}
        statuses={statuses}
        highlightPlaces={highlightPlaces}
        highlightRoutes={highlightRoutes}
        movements={movements}
        camera={camera}
        lang={lang}
        insets={insets}
        onPick={onPick}
      />
      <p className="sr-only" aria-live="polite">{current ? `${formatEventDate(current, lang)}: ${pick(current.title, lang)}` : ''}</p>
      <div className="panel">
        <DataIssues issues={issues} />
        {selectedPlace ? (
          <PlaceCard
            place={selectedPlace}
            status={statuses.get(selectedPlace.id)}
            date={date}
            events={eventsForPlace(events, selectedPlace.id)}
            currentEventId={current?.id}
            onGoTo={view.goToEvent}
            onClose={view.closeCard}
          />
        ) : selectedRoute ? (
          <RouteCard
            route={selectedRoute}
            events={eventsForRoute(events, selectedRoute.id)}
            currentEventId={current?.id}
            onGoTo={view.goToEvent}
            onClose={view.closeCard}
          />
        ) : current ? (
          <EventCard event={current} placesById={placesById} onOpenPlace={view.openPlace} />
        ) : null}
      </div>
      <Legend open={legendOpen} onToggle={() => setLegendOpen((o) => !o)} />
      <Timeline events={events} index={index} playing={playback.playing} onAction={onAction} onSelect={goTo} />
    </main>
  );
}
