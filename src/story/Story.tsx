/**
 * The story view: one map, with each mode's layout around it — the dashboard (header, side
 * panel), presentation (slides) or embed (map and timeline). Each concern has its own hook:
 * selection, stepping and autoplay, the keys, presentation, the PNG snapshot and the map's scene.
 * The data and the model come from StoryProvider; the view from the URL (state/viewState.ts).
 */
import { useRef, useState } from 'react';
import { formatEventDate, pick } from '../i18n';
import { MapView, type MapHandle } from '../map/MapView';
import { useStory } from '../model/StoryContext';
import { eventWithId } from '../derive/current';
import { Legend } from '../panels/Legend';
import { LinkNotice } from '../panels/LinkNotice';
import { checkLink, type IgnoredParam } from '../state/linkCheck';
import { useDatasetIO } from '../data/DatasetContext';
import { useMessages } from '../state/useMessages';
import { useViewState } from '../state/viewState';
import { EmbedBar } from '../embed/EmbedBar';
import { Timeline } from '../timeline/Timeline';
import { LEGEND_OPEN_MIN_WIDTH } from '../ui/layout';
import { PartBoundary } from '../ui/PartBoundary';
import { DashboardHeader } from './DashboardHeader';
import { DashboardPanel } from './DashboardPanel';
import { PresentOverlay } from './PresentOverlay';
import { usePresentation } from './usePresentation';
import { useSelection } from './useSelection';
import { useSnapshot } from './useSnapshot';
import { useStepKeys } from './useStepKeys';
import { useStepping } from './useStepping';
import { useStoryScene } from './useStoryScene';

const NOTHING_IGNORED: readonly IgnoredParam[] = [];

export function Story() {
  const { lang } = useMessages();
  const view = useViewState();
  const { data, model: m } = useStory();
  const { mode } = view;
  const { current } = m;

  const selection = useSelection();
  const stepping = useStepping();
  const presentation = usePresentation(stepping.playback.stop);
  useStepKeys(stepping.onAction, presentation.exit);
  const scene = useStoryScene(selection);
  const mapHandle = useRef<MapHandle>(null);
  const onSnapshot = useSnapshot(mapHandle);

  // a link's own camera, used when the map is made (the camera's rules: map/storyCamera.ts)
  const [initialCamera] = useState(view.camera);
  // what the opened link asked for that could not be used: checked once, against the data the
  // link names — when it names a dataset (data=…), once that has loaded or failed, not against
  // the story shown meanwhile (its events, categories and columns are not the dataset's)
  const io = useDatasetIO();
  const settled = !view.dataParam || io.datasetName !== null || io.dataParamIssue !== null;
  const [ignoredInLink, setIgnoredInLink] = useState<readonly IgnoredParam[] | null>(null);
  if (ignoredInLink === null && settled) {
    setIgnoredInLink(
      checkLink(window.location.search, {
        events: { has: (id) => eventWithId(data.events, id) !== undefined },
        places: new Set(data.places.map((p) => p.id)),
        routes: new Set(data.routes.map((r) => r.id)),
        categories: new Set(m.categories),
        facets: new Map(m.attributes.facets.map((f) => [f.name, new Set(f.values)])),
        numbers: new Set(m.attributes.numbers.map((n) => n.name)),
      }),
    );
  }
  const ignored = ignoredInLink ?? NOTHING_IGNORED;

  // the legend starts open on a wide dashboard; each mode starts with its own default (a slide
  // is not covered by the full legend), and a viewer's choice holds within the mode
  const [legendChoice, setLegendChoice] = useState<{ mode: typeof mode; open: boolean } | null>(null);
  const legendOpen =
    legendChoice?.mode === mode
      ? legendChoice.open
      : mode === 'full' && window.innerWidth >= LEGEND_OPEN_MIN_WIDTH;

  // One tree for every mode, so switching modes keeps the same map (React keeps MapView in place).
  return (
    <>
      {mode === 'full' && (
        <DashboardHeader
          onPresent={presentation.start}
          presentButtonRef={presentation.presentButtonRef}
          onSnapshot={onSnapshot}
        />
      )}
      {mode === 'embed' && <EmbedBar />}
      <main className={`story story--${mode}`}>
        <PartBoundary part="map">
          <MapView
            scene={scene}
            onPick={selection.onPick}
            initialCamera={initialCamera}
            onCamera={view.setCamera}
            handle={mapHandle}
          />
        </PartBoundary>
        <p className="sr-only" aria-live="polite">
          {current ? `${formatEventDate(current, lang)}: ${pick(current.title, lang)}` : ''}
        </p>
        {mode === 'present' && (
          <PresentOverlay stepping={stepping} onExit={presentation.exit} ignoredInLink={ignored} />
        )}
        {mode === 'full' && <DashboardPanel selection={selection} ignoredInLink={ignored} />}
        {mode === 'embed' && (
          <div className="embed__notices" data-overlay>
            <LinkNotice ignored={ignored} />
          </div>
        )}
        <PartBoundary part="legend">
          <Legend
            open={legendOpen}
            onToggle={() => setLegendChoice({ mode, open: !legendOpen })}
            hidden={view.hidden}
            onHidden={view.setHidden}
          />
        </PartBoundary>
        {mode !== 'present' && (
          <PartBoundary part="timeline" resetKey={current?.id}>
            <Timeline
              events={m.visible}
              days={m.visibleDays}
              index={m.index}
              playing={stepping.playback.playing}
              onAction={stepping.onAction}
              onSelect={stepping.goTo}
              rangeIndex={m.subsetIndex}
              extent={mode === 'full' ? m.extent : undefined}
              from={view.filter.from}
              to={view.filter.to}
              onRange={view.setRange}
            />
          </PartBoundary>
        )}
      </main>
    </>
  );
}
