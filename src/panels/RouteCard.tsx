import type { Route, StoryEvent } from '../data/schema';
import { pick } from '../i18n';
import { useMessages } from '../state/useMessages';
import { CardHeader } from './CardHeader';
import { RelatedEvents } from './RelatedEvents';
import { SourceList } from './SourceList';

interface Props {
  route: Route;
  events: readonly StoryEvent[];
  currentEventId: string | undefined;
  onGoTo: (id: string) => void;
  onClose: () => void;
}

export function RouteCard({ route, events, currentEventId, onGoTo, onClose }: Props) {
  const { t, lang } = useMessages();
  return (
    <article className="card card--route" aria-labelledby="route-title" data-route={route.id}>
      <CardHeader
        kicker={`${t.routeCardLabel} · ${t.routeKinds[route.kind]}`}
        name={route.name}
        titleId="route-title"
        onClose={onClose}
      />
      <p>
        <span className={`chip${route.confirmed ? '' : ' chip--warn'}`}>
          {route.confirmed ? t.reportedRoute : t.unconfirmed}
        </span>
      </p>
      {route.schematic && (
        <p className="muted small">{route.kind === 'zone' ? t.zoneNote : t.schematicNote}</p>
      )}
      {route.note && <p className="card__summary">{pick(route.note, lang)}</p>}
      <RelatedEvents events={events} currentId={currentEventId} onGoTo={onGoTo} />
      <SourceList sources={route.sources} />
    </article>
  );
}
