/**
 * The story view: loaded data + URL view state → derived model → map, timeline, panels.
 * Everything the map shows is derived from the data, the filters and the current event.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StoryData } from '../data/validate';
import type { useDataset } from '../data/useDataset';
import { eventsForPlace, eventsForRoute, stepIndex } from '../derive/timeline';
import { dirOf, formatEventDate, pick } from '../i18n';
import { useMessages } from '../i18n/useMessages';
import type { PickTarget } from '../map/controller';
import { MapView, type CameraTarget } from '../map/MapView';
import { DataIssues } from '../panels/DataIssues';
import { LinkNotice } from '../panels/LinkNotice';
import { checkLink } from '../state/linkCheck';
import { Legend } from '../panels/Legend';
import { useViewState } from '../state/viewState';
import { actionForKey, type TimelineAction } from '../timeline/keys';
import { Timeline } from '../timeline/Timeline';
import { usePlayback } from '../timeline/usePlayback';
import { SidePanel } from './SidePanel';
import { useInsets } from './useInsets';
import { useStoryModel } from './useStoryModel';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function Story({ data, io }: { data: StoryData; io: ReturnType<typeof useDataset> }) {
  const { lang } = useMessages();
  const view = useViewState();
  const m = useStoryModel(data, view.filter, view.eventId);
  const { goToEvent } = view;
  const { visible, index, current } = m;
  const [hoverId, setHoverId] = useState<string | null>(null);

  const selectedPlace = view.placeId ? m.placesById.get(view.placeId) : undefined;
  const selectedRoute = view.routeId ? m.routesById.get(view.routeId) : undefined;
  const hovered = hoverId ? m.eventsById.get(hoverId) : undefined;
  const placeEvents = useMemo(() => (selectedPlace ? eventsForPlace(data.events, selectedPlace.id) : []), [data.events, selectedPlace]);
  const routeEvents = useMemo(() => (selectedRoute ? eventsForRoute(data.events, selectedRoute.id) : []), [data.events, selectedRoute]);

  const highlightPlaces = useMemo(
    () => (hovered ? hovered.places : selectedPlace ? [selectedPlace.id] : selectedRoute ? [] : (current?.places ?? [])),
    [hovered, selectedPlace, selectedRoute, current],
  );
  const highlightRoutes = useMemo(
    () => (selectedRoute ? [selectedRoute.id] : selectedPlace ? [] : (current?.movements.map((x) => x.route) ?? [])),
    [selectedPlace, selectedRoute, current],
  );

  // The camera follows the timeline. A link's own camera wins on opening; otherwise the first
  // frame is not animated, so a link shows its view at once.
  const [initialCamera] = useState(view.camera);
  // what the opened link asked for that could not be used (checked once, against this data)
  const [ignoredInLink] = useState(() =>
    checkLink(window.location.search, {
      events: new Set(data.events.map((e) => e.id)),
      places: new Set(data.places.map((p) => p.id)),
      routes: new Set(data.routes.map((r) => r.id)),
    }),
  );
  const [openedOn] = useState(current?.id);
  // the link's camera holds until the timeline moves to another event
  const [linkCamera, setLinkCamera] = useState(initialCamera !== null);
  useEffect(() => {
    if (current?.id !== openedOn) setLinkCamera(false);
  }, [current?.id, openedOn]);
  const [firstFrame, setFirstFrame] = useState(true);
  useEffect(() => setFirstFrame(false), []);
  const camera: CameraTarget = useMemo(
    () => ({
      key: current?.id ?? 'none',
      bbox: m.cameraBox,
      animate: !firstFrame && !reducedMotion(),
      skip: linkCamera && current?.id === openedOn,
    }),
    [current, m.cameraBox, firstFrame, linkCamera, openedOn],
  );

  const goTo = useCallback(
    (i: number) => {
      const e = visible[stepIndex(i, 0, visible.length)];
      if (e) goToEvent(e.id);
    },
    [visible, goToEvent],
  );
  const advance = useCallback(() => goTo(index + 1), [goTo, index]);
  const playback = usePlayback(index >= visible.length - 1, advance);

  const onAction = useCallback(
    (a: TimelineAction) => {
      if (a === 'toggle-play') return playback.toggle();
      playback.stop();
      if (a === 'next') goTo(index + 1);
      else if (a === 'prev') goTo(index - 1);
      else if (a === 'first') goTo(0);
      else goTo(visible.length - 1);
    },
    [playback, goTo, index, visible.length],
  );

  // Arrow keys also step when nothing else has focus (the page or the map).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = document.activeElement;
      const onMap = el?.classList.contains('maplibregl-canvas') ?? false;
      const idle = !el || el === document.body || onMap;
      if (!idle || e.altKey || e.ctrlKey || e.metaKey) return;
      const a = actionForKey(e.key, dirOf(lang));
      if (!a || (onMap && e.key.startsWith('Arrow'))) return;
      e.preventDefault();
      onAction(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onAction, lang]);

  // dataset size for tests and the benchmark
  useEffect(() => {
    if (window.__wm) window.__wm.events = data.events.length;
  }, [data.events.length, m]);

  const [legendOpen, setLegendOpen] = useState(() => window.innerWidth >= 1100);
  const insets = useInsets(dirOf(lang), legendOpen);

  const { openPlace, openRoute } = view;
  const onPick = useCallback(
    (t: PickTarget) => (t.kind === 'place' ? openPlace(t.id) : t.kind === 'route' ? openRoute(t.id) : goToEvent(t.id)),
    [openPlace, openRoute, goToEvent],
  );

  return (
    <main className="story">
      <MapView
        places={data.places}
        mentions={m.mentions}
        routes={data.routes}
        placesById={m.placesById}
        events={m.mapEvents}
        eventFilter={m.gpuFilter}
        statuses={m.statuses}
        highlightPlaces={highlightPlaces}
        highlightRoutes={highlightRoutes}
        movements={m.movements}
        camera={camera}
        lang={lang}
        insets={insets}
        onPick={onPick}
        initialCamera={initialCamera}
        onCamera={view.setCamera}
      />
      <p className="sr-only" aria-live="polite">
        {current ? `${formatEventDate(current, lang)}: ${pick(current.title, lang)}` : ''}
      </p>
      <div className="panel">
        <DataIssues issues={data.issues} />
        <LinkNotice ignored={ignoredInLink} />
        <SidePanel
          view={view}
          model={m}
          totalEvents={data.events.length}
          selectedPlace={selectedPlace}
          selectedRoute={selectedRoute}
          placeEvents={placeEvents}
          routeEvents={routeEvents}
          onHover={setHoverId}
          io={io}
        />
      </div>
      <Legend open={legendOpen} onToggle={() => setLegendOpen((o) => !o)} />
      <Timeline
        events={visible}
        index={index}
        playing={playback.playing}
        onAction={onAction}
        onSelect={goTo}
        rangeEvents={m.subset}
        extent={m.extent}
        from={view.filter.from}
        to={view.filter.to}
        onRange={view.setRange}
      />
    </main>
  );
}
