/**
 * The dashboard's side panel (a bottom sheet on a phone): data problems, what a link asked for
 * that could not be used, and the tabs — the current card, or the filters and the event list.
 */
import { lazy, Suspense, useState } from 'react';
import { useDatasetIO } from '../data/DatasetContext';
import { useStory } from '../model/StoryContext';
import { LinkNotice } from '../panels/LinkNotice';
import type { IgnoredParam } from '../state/linkCheck';
import { useMessages } from '../state/useMessages';
import { useViewState } from '../state/viewState';
import { PartBoundary } from '../ui/PartBoundary';
import { SidePanel } from './SidePanel';
import type { Selection } from './useSelection';

// The data-problems panel, with the words for every problem, loads only when there is a problem.
const DataIssues = lazy(() => import('../panels/DataIssues').then((m) => ({ default: m.DataIssues })));
// The mapping step loads only when a file of no known format asks for it.
const MappingStep = lazy(() => import('../analysis/MappingStep').then((m) => ({ default: m.MappingStep })));

export function DashboardPanel({
  selection,
  ignoredInLink,
}: {
  selection: Selection;
  ignoredInLink: readonly IgnoredParam[];
}) {
  const { t } = useMessages();
  const { data, model } = useStory();
  const view = useViewState();
  const [sheetOpen, setSheetOpen] = useState(false);
  const io = useDatasetIO();
  const pending = io.pendingMapping;
  return (
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
      {/* what scrolls is this body, not the panel itself: as a scroller, the sheet with its shadow
          hid a band of the map above it from view in Chromium (the canvas drawn, not shown) */}
      <div className="panel__body">
        {data.issues.length > 0 && (
          <Suspense fallback={null}>
            <DataIssues issues={data.issues} />
          </Suspense>
        )}
        <LinkNotice ignored={ignoredInLink} />
        {pending && (
          <Suspense fallback={null}>
            {/* a new file asks afresh: its own dialog, its own state */}
            <MappingStep
              key={`${pending.name}|${pending.request.header.join('\u0000')}`}
              pending={pending}
              onConfirm={io.confirmMapping}
              onCancel={io.cancelMapping}
            />
          </Suspense>
        )}
        {/* the tabs themselves; each tab's content has a boundary of its own inside SidePanel */}
        <PartBoundary
          part="panel"
          resetKey={`${model.current?.id}|${view.placeId}|${view.routeId}|${view.tab}`}
        >
          <SidePanel selection={selection} />
        </PartBoundary>
      </div>
    </div>
  );
}
