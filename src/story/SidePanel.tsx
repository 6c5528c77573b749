/** The side panel: the current card (event, place or route), or the filters and event list. */
import { useDatasetIO } from '../data/DatasetContext';
import { formatCount } from '../i18n';
import { useStory } from '../model/StoryContext';
import { useMessages } from '../state/useMessages';
import { lazy, Suspense } from 'react';
import { FilterBar } from '../analysis/FilterBar';
import { EventCard } from '../panels/EventCard';
import { PartBoundary } from '../ui/PartBoundary';
import { PlaceCard } from '../panels/PlaceCard';
import { RouteCard } from '../panels/RouteCard';
import { useViewState } from '../state/viewState';
import type { Selection } from './useSelection';

// Not needed for the first view: loaded when the "Events & filters" tab opens (their own chunks,
// with the CSV library and the list virtualiser).
const ImportExport = lazy(() =>
  import('../analysis/ImportExport').then((m) => ({ default: m.ImportExport })),
);
const ImportReportView = lazy(() =>
  import('../analysis/ImportExport').then((m) => ({ default: m.ImportReportView })),
);
const EventList = lazy(() => import('../analysis/EventList').then((m) => ({ default: m.EventList })));

export function SidePanel({ selection }: { selection: Selection }) {
  const { t, lang } = useMessages();
  const view = useViewState();
  const { data, model: m } = useStory();
  const io = useDatasetIO();
  const { selectedPlace, selectedRoute, placeEvents, routeEvents, onHover } = selection;
  const tab = view.tab;
  const showOnlyHere = (id: string) => {
    view.setPlaceFilter(id);
    view.setTab('list');
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={t.panelTabs}>
        {(['event', 'list'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-controls="tabpanel"
            aria-selected={tab === id}
            className="tab"
            onClick={() => view.setTab(id)}
          >
            {id === 'event' ? (
              t.tabEvent
            ) : (
              <>
                {t.tabList} <span className="tab__n">{formatCount(m.visible.length, lang)}</span>
              </>
            )}
          </button>
        ))}
      </div>
      <div
        id="tabpanel"
        role="tabpanel"
        aria-labelledby={tab === 'event' ? 'tab-event' : 'tab-list'}
        className="tabpanel"
      >
        {/* a card that fails shows so in the tab panel; the tabs above keep working, and another
            event, place, route or tab tries again */}
        <PartBoundary part="panel" resetKey={`${m.current?.id}|${view.placeId}|${view.routeId}|${tab}`}>
          {tab === 'list' ? (
            <>
              {/* what the last import left out comes first: a data link's reader lands here from the notice */}
              {io.report && (
                <Suspense fallback={null}>
                  <ImportReportView report={io.report} onDismiss={io.dismissReport} />
                </Suspense>
              )}
              <FilterBar
                filter={view.filter}
                categoryCounts={m.categoryCounts}
                shown={m.visible.length}
                total={data.events.length}
                placesById={m.placesById}
                onCategories={view.setCategories}
                onText={view.setText}
                onPlace={view.setPlaceFilter}
                onRange={view.setRange}
                onClear={view.clearFilters}
                extent={m.extent}
              />
              <Suspense fallback={<p className="card muted">{t.loadingPanel}</p>}>
                <ImportExport
                  visible={m.visible}
                  from={view.filter.from}
                  to={view.filter.to}
                  placesById={m.placesById}
                  datasetName={io.datasetName}
                  progress={io.progress}
                  onImport={(f) => void io.importFile(f)}
                  onResetToStory={io.resetToStory}
                />
                <EventList
                  events={m.visible}
                  current={m.current}
                  onSelect={view.goToEvent}
                  onHover={onHover}
                />
              </Suspense>
            </>
          ) : selectedPlace ? (
            <PlaceCard
              place={selectedPlace}
              status={m.statuses.get(selectedPlace.id)}
              date={m.date}
              events={placeEvents}
              currentEventId={m.current?.id}
              onGoTo={view.goToEvent}
              onClose={view.closeCard}
              onShowOnlyHere={showOnlyHere}
            />
          ) : selectedRoute ? (
            <RouteCard
              route={selectedRoute}
              events={routeEvents}
              currentEventId={m.current?.id}
              onGoTo={view.goToEvent}
              onClose={view.closeCard}
            />
          ) : m.current ? (
            <EventCard event={m.current} placesById={m.placesById} onOpenPlace={view.openPlace} />
          ) : (
            <p className="card muted">{t.noneVisible}</p>
          )}
        </PartBoundary>
      </div>
    </>
  );
}
