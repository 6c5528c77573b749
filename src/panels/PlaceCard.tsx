import type { Place, StoryEvent } from '../data/schema';
import type { StatusAt } from '../derive/status';
import { formatDate, pick } from '../i18n';
import { useMessages } from '../state/useMessages';
import { CardHeader } from './CardHeader';
import { STATUS_COLORS } from '../theme/colors';
import { RelatedEvents } from './RelatedEvents';

interface Props {
  place: Place;
  status: StatusAt | undefined;
  date: string | undefined;
  events: readonly StoryEvent[];
  currentEventId: string | undefined;
  onGoTo: (id: string) => void;
  onClose: () => void;
  onShowOnlyHere: (id: string) => void;
}

export function PlaceCard({
  place,
  status,
  date,
  events,
  currentEventId,
  onGoTo,
  onClose,
  onShowOnlyHere,
}: Props) {
  const { t, lang } = useMessages();
  return (
    <article className="card card--place" aria-labelledby="place-title" data-place={place.id}>
      <CardHeader
        kicker={`${t.placeCardLabel} · ${t.placeTypes[place.type]}`}
        name={place.name}
        titleId="place-title"
        onClose={onClose}
      />
      {place.aliases.length > 0 && <p className="muted small">{place.aliases.join(' · ')}</p>}
      {status && date && (
        <section className="card__section">
          <h3 className="card__h">{t.statusOnDate(formatDate(date, lang))}</h3>
          <p className="status" data-status={status.status}>
            <span
              className="status__swatch"
              style={{ backgroundColor: STATUS_COLORS[status.status] }}
              aria-hidden="true"
            />
            <strong>{t.statuses[status.status]}</strong>
            {status.to && <> — {t.handedTo(pick(status.to, lang))}</>}
            {status.sinceDate && (
              <span className="muted"> ({t.since(formatDate(status.sinceDate, lang))})</span>
            )}
          </p>
        </section>
      )}
      <section className="card__section">
        <h3 className="card__h">{t.location}</h3>
        <dl className="facts">
          <dt>{t.coordinates}</dt>
          <dd dir="ltr">
            {place.lat.toFixed(4)}, {place.lon.toFixed(4)}
          </dd>
          <dt>{t.confidence}</dt>
          <dd data-confidence={place.confidence}>
            {t.confidences[place.confidence]}
            {place.uncertaintyKm !== undefined && ` (${t.uncertainty(place.uncertaintyKm)})`}
          </dd>
          <dt>{t.coordSource}</dt>
          <dd className="small" dir="auto">
            {pick(place.coordSource, lang)}
          </dd>
        </dl>
      </section>
      <RelatedEvents events={events} currentId={currentEventId} onGoTo={onGoTo} />
      {events.length > 0 && (
        <button type="button" className="btn btn--small" onClick={() => onShowOnlyHere(place.id)}>
          {t.showOnlyHere}
        </button>
      )}
    </article>
  );
}
