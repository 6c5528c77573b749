/**
 * The dashboard's side panel (a bottom sheet on a phone): data problems, what a link asked for
 * that could not be used, and the tabs — the current card, or the filters and the event list.
 */
import { useState } from 'react';
import { useStory } from '../model/StoryContext';
import { DataIssues } from '../panels/DataIssues';
import { LinkNotice } from '../panels/LinkNotice';
import type { IgnoredParam } from '../state/linkCheck';
import { useMessages } from '../state/useMessages';
import { useViewState } from '../state/viewState';
import { PartBoundary } from '../ui/PartBoundary';
import { SidePanel } from './SidePanel';
import type { Selection } from './useSelection';

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
      <DataIssues issues={data.issues} />
      <LinkNotice ignored={ignoredInLink} />
      {/* the tabs themselves; each tab's content has a boundary of its own inside SidePanel */}
      <PartBoundary
        part="panel"
        resetKey={`${model.current?.id}|${view.placeId}|${view.routeId}|${view.tab}`}
      >
        <SidePanel selection={selection} />
      </PartBoundary>
    </div>
  );
}
