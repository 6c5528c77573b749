import type { Route, StoryEvent } from '../data/schema';
import { pick } from '../i18n';
import { useMessages } from '../i18n/useMessages';
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
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <article className="card card--route" aria-labelledby="route-title" data-route={route.id}>
      <div className="card__bar">
        <p className="card__kicker">{t.routeCardLabel} · {t.routeKinds[route.kind]}</p>
        <button type="button" className="btn btn--icon" onClick={onClose} aria-label={t.close} title={t.close}>✕</button>
      </div>
      <h2 id="route-title" className="card__title">{pick(route.name, lang)}</h2>
      <p className="card__alt" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>{route.name[other]}</p>
      <p>
        <span className={`chip${route.confirmed ? '' : ' chip--warn'}`}>{route.confirmed ? t.reportedRoute : t.unconfirmed}</span>
      </p>
      {route.schematic && <p className="muted small">{t.schematicNote}</p>}
      {route.note && <p className="card__summary">{pick(route.note, lang)}</p>}
      <RelatedEvents events={events} currentId={currentEventId} onGoTo={onGoTo} />
      <SourceList sources={route.sources} />
    </article>
  );
}
