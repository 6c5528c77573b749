/**
 * The story view: loaded data + URL view state → derived model → map, timeline, panels.
 * Everything the map shows is derived from the data, the filters and the current event.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StoryData } from '../data/validate';
import type { useDataset } from '../data/useDataset';
import { eventsForPlace, eventsForRoute } from '../derive/related';
import { stepIndex } from '../derive/current';
import { dirOf, formatEventDate, pick } from '../i18n';
import { useMessages } from '../state/useMessages';
import type { PickTarget } from '../map/controller';
import { MapView, type CameraTarget, type MapHandle } from '../map/MapView';
import { STATUS_COLORS } from '../theme/colors';
import { pathWaypoints } from '../derive/geometry';
import { Header } from './Header';
import { EmbedBar } from '../embed/EmbedBar';
import { EventCard } from '../panels/EventCard';
import { presentActionForKey } from '../present/presentKeys';
import { ShareMenu } from '../share/ShareMenu';
import type { BaseStatus } from '../data/schema';
import { DataIssues } from '../panels/DataIssues';
import { LinkNotice } from '../panels/LinkNotice';
import { checkLink } from '../state/linkCheck';
import { Legend } from '../panels/Legend';
import { PartBoundary } from '../ui/PartBoundary';
import { useViewState } from '../state/viewState';
import { actionForKey, type TimelineAction } from '../ui/stepKeys';
import { Timeline } from '../timeline/Timeline';
import { usePlayback } from '../timeline/usePlayback';
import { SidePanel } from './SidePanel';
import { useStoryModel } from './useStoryModel';

// presentation mode's controls load when a presentation starts (not part of the first view)
const PresentBar = lazy(() => import('../present/PresentBar').then((m) => ({ default: m.PresentBar })));

export function Story({ data, io }: { data: StoryData; io: ReturnType<typeof useDataset> }) {
  const { t, lang } = useMessages();
  const view = useViewState();
  const { mode } = view;
  const presenting = mode === 'present';
  const m = useStoryModel(data, view.filter, view.eventId);
  const { goToEvent } = view;
  const { visible, index, current } = m;
  const [hoverId, setHoverId] = useState<string | null>(null);

  const selectedPlace = view.placeId ? m.placesById.get(view.placeId) : undefined;
  const selectedRoute = view.routeId ? m.routesById.get(view.routeId) : undefined;
  const hovered = hoverId ? m.eventsById.get(hoverId) : undefined;
  const placeEvents = useMemo(
    () => (selectedPlace ? eventsForPlace(data.events, selectedPlace.id) : []),
    [data.events, selectedPlace],
  );
  const routeEvents = useMemo(
    () => (selectedRoute ? eventsForRoute(data.events, selectedRoute, data.routes) : []),
    [data.events, data.routes, selectedRoute],
  );

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

  // a link's own camera, used when the map is made (the map's camera rules: map/storyCamera.ts)
  const [initialCamera] = useState(view.camera);
  // what the opened link asked for that could not be used (checked once, against this data)
  const [ignoredInLink] = useState(() =>
    checkLink(window.location.search, {
      events: new Set(data.events.map((e) => e.id)),
      places: new Set(data.places.map((p) => p.id)),
      routes: new Set(data.routes.map((r) => r.id)),
    }),
  );
  const camera: CameraTarget = useMemo(
    () => ({
      key: current?.id ?? 'none',
      bbox: m.cameraBox,
      // presenting, a convoy's slide travels along its route before framing it
      path: presenting && m.movements[0] ? pathWaypoints(m.movements[0].coordinates) : undefined,
    }),
    [current, m.cameraBox, m.movements, presenting],
  );

  const goTo = useCallback(
    (i: number) => {
      const e = visible[stepIndex(i, 0, visible.length)];
      if (e) goToEvent(e.id);
    },
    [visible, goToEvent],
  );
  const advance = useCallback(() => goTo(index + 1), [goTo, index]);
  // presenting, autoplay waits the chosen pace on each event; in reduced motion too (no animation is involved)
  const playback = usePlayback(
    current?.id,
    index >= visible.length - 1,
    advance,
    presenting ? view.pace * 1000 : undefined,
  );

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
    if (presenting) return;
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
  }, [onAction, lang, presenting]);

  // Presenting, clicker keys step from anywhere, except inside a form control or on a button
  // being activated with Space/Enter. Escape leaves (after leaving full screen, which the browser does).
  const { setMode } = view;
  const { stop: stopPlayback } = playback;
  // leaving by key or button alike: stop autoplay, leave full screen, back to the dashboard
  // back on the dashboard, focus returns to the Present button that started the presentation
  const focusPresent = useRef(false);
  const exitPresentation = useCallback(() => {
    stopPlayback();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    focusPresent.current = true;
    setMode('full');
  }, [stopPlayback, setMode]);
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target as HTMLElement | null;
      const tag = el?.tagName;
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
      if (tag === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
      const a = presentActionForKey(e.key, dirOf(lang));
      if (!a) return;
      e.preventDefault();
      if (a === 'exit') exitPresentation();
      else onAction(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, onAction, lang, exitPresentation]);

  // dataset size for tests and the benchmark
  useEffect(() => {
    if (window.__wm) window.__wm.events = data.events.length;
  }, [data.events.length, m]);

  // the legend starts open on a wide dashboard; each mode starts with its own default (a slide
  // is not covered by the full legend), and a viewer's choice holds within the mode
  const [legendChoice, setLegendChoice] = useState<{ mode: typeof mode; open: boolean } | null>(null);
  const legendOpen =
    legendChoice?.mode === mode ? legendChoice.open : mode === 'full' && window.innerWidth >= 1100;
  const toggleLegend = () => setLegendChoice({ mode, open: !legendOpen });
  const mapHandle = useRef<MapHandle>(null);
  const [sheetOpen, setSheetOpen] = useState(false);

  const { openPlace, openRoute } = view;
  const onPick = useCallback(
    (t: PickTarget) =>
      t.kind === 'place' ? openPlace(t.id) : t.kind === 'route' ? openRoute(t.id) : goToEvent(t.id),
    [openPlace, openRoute, goToEvent],
  );

  const onSnapshot = async (scale: 1 | 2) => {
    // the composer is loaded when first asked for (not part of the first view)
    const [map, { composeSnapshot, downloadPng }] = await Promise.all([
      mapHandle.current!.snapshot(scale),
      import('../share/snapshot'),
    ]);
    const png = composeSnapshot(map, scale, {
      appTitle: t.appTitle,
      title: current ? pick(current.title, lang) : t.snapshotNoEvent,
      date: current ? formatEventDate(current, lang) : '',
      legendTitle: t.snapshotLegend,
      legend: (Object.keys(STATUS_COLORS) as BaseStatus[]).map((s) => ({
        color: STATUS_COLORS[s],
        label: t.statuses[s],
      })),
      attribution: t.attribution,
      dir: dirOf(lang),
    });
    const name = `withdrawal-map-${current?.id ?? 'all'}-${scale}x.png`;
    await downloadPng(png, name);
    return name;
  };

  const mapView = (
    <PartBoundary part="map">
      <MapView
        places={data.places}
        mentions={m.mentions}
        routes={data.routes}
        placesById={m.placesById}
        events={m.mapEvents}
        eventFilter={m.pointFilter}
        statuses={m.statuses}
        highlightPlaces={highlightPlaces}
        highlightRoutes={highlightRoutes}
        movements={m.movements}
        camera={camera}
        lang={lang}
        onPick={onPick}
        initialCamera={initialCamera}
        onCamera={view.setCamera}
        hidden={view.hidden}
        handle={mapHandle}
      />
    </PartBoundary>
  );
  const announcement = (
    <p className="sr-only" aria-live="polite">
      {current ? `${formatEventDate(current, lang)}: ${pick(current.title, lang)}` : ''}
    </p>
  );
  const legend = (
    <PartBoundary part="legend">
      <Legend open={legendOpen} onToggle={toggleLegend} hidden={view.hidden} onHidden={view.setHidden} />
    </PartBoundary>
  );
  const timeline = (
    <PartBoundary part="timeline" resetKey={current?.id}>
      <Timeline
        events={visible}
        index={index}
        playing={playback.playing}
        onAction={onAction}
        onSelect={goTo}
        rangeEvents={m.subset}
        extent={mode === 'full' ? m.extent : undefined}
        from={view.filter.from}
        to={view.filter.to}
        onRange={view.setRange}
      />
    </PartBoundary>
  );

  // One tree for every mode, so switching modes keeps the same map (React keeps MapView in place).
  return (
    <>
      {mode === 'full' && (
        <Header
          actions={
            <>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => setMode('present')}
                ref={(el) => {
                  if (el && focusPresent.current) {
                    focusPresent.current = false;
                    el.focus();
                  }
                }}
              >
                {t.present} <span aria-hidden="true">▶</span>
              </button>
              <ShareMenu
                viewTitle={current ? pick(current.title, lang) : t.appSubtitle}
                onSnapshot={onSnapshot}
              />
            </>
          }
        />
      )}
      {mode === 'embed' && <EmbedBar />}
      <main className={`story story--${mode}`}>
        {mapView}
        {announcement}
        {presenting && (
          <Suspense fallback={null}>
            <PresentBar
              index={index}
              total={visible.length}
              playing={playback.playing}
              pace={view.pace}
              onStep={(d) => onAction(d === 1 ? 'next' : 'prev')}
              onTogglePlay={playback.toggle}
              onPace={view.setPace}
              onExit={exitPresentation}
            />
          </Suspense>
        )}
        {presenting && (
          <div className="present__card" data-overlay>
            <LinkNotice ignored={ignoredInLink} />
            <PartBoundary part="presentation" resetKey={current?.id}>
              {current && <EventCard event={current} placesById={m.placesById} />}
            </PartBoundary>
          </div>
        )}
        {mode === 'full' && (
          <div className={`panel${sheetOpen ? ' is-open' : ''}`} id="panel" data-overlay>
            {/* on a phone the panel is a bottom sheet: this button opens and closes it */}
            <button
              type="button"
              className="panel__grip"
              aria-expanded={sheetOpen}
              aria-controls="panel"
              onClick={() => setSheetOpen((o) => !o)}
            >
              <span className="panel__grip-bar" aria-hidden="true" />
              {sheetOpen ? t.sheetLess : t.sheetMore}
            </button>
            <DataIssues issues={data.issues} />
            <LinkNotice ignored={ignoredInLink} />
            {/* the tabs themselves; each tab's content has a boundary of its own inside SidePanel */}
            <PartBoundary
              part="panel"
              resetKey={`${current?.id}|${view.placeId}|${view.routeId}|${view.tab}`}
            >
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
            </PartBoundary>
          </div>
        )}
        {mode === 'embed' && (
          <div className="embed__notices" data-overlay>
            <LinkNotice ignored={ignoredInLink} />
          </div>
        )}
        {legend}
        {!presenting && timeline}
      </main>
    </>
  );
}
