import type { Place, StoryEvent } from '../data/schema';
import { formatCount, formatEventDate, pick } from '../i18n';
import { useMessages } from '../state/useMessages';
import { useCategories } from '../ui/useCategories';
import { SourceList } from './SourceList';

interface Props {
  event: StoryEvent;
  placesById: ReadonlyMap<string, Place>;
  /** Without it (presentation), places are listed as text. */
  onOpenPlace?: (id: string) => void;
}

export function EventCard({ event, placesById, onOpenPlace }: Props) {
  const { t, lang } = useMessages();
  const cats = useCategories();
  return (
    <article className="card card--event" aria-labelledby="event-title" data-event={event.id}>
      <p className="card__kicker">
        <span className="chip" style={{ borderColor: cats.color(event.category) }}>
          <span
            className="chip__dot"
            style={{ backgroundColor: cats.color(event.category) }}
            aria-hidden="true"
          />
          {cats.label(event.category)}
        </span>
        {event.context && <span className="chip chip--muted">{t.context}</span>}
      </p>
      <p className="card__date">
        <time dateTime={event.date}>{formatEventDate(event, lang)}</time>
        <span className="card__precision"> · {t.precisions[event.precision]}</span>
      </p>
      {event.dateNote && <p className="card__note">{pick(event.dateNote, lang)}</p>}
      <h2 id="event-title" className="card__title" dir="auto">
        {pick(event.title, lang)}
      </h2>
      {event.summary && (
        <p className="card__summary" dir="auto">
          {pick(event.summary, lang)}
        </p>
      )}
      {event.disputes.length > 0 && (
        <section className="card__section disputes" aria-labelledby="disputes-h">
          <h3 id="disputes-h" className="card__h">
            ⚠ {t.disputesTitle}
          </h3>
          <ul>
            {event.disputes.map((d, i) => (
              <li key={i}>
                <strong>{t.disputeTopics[d.topic]}:</strong> {pick(d.text, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card__section">
        <h3 className="card__h">{t.places}</h3>
        {event.places.length === 0 ? (
          <>
            <p className="muted" dir="auto">
              {event.scope ? pick(event.scope, lang) : t.countryWide}
            </p>
            {event.lat !== undefined && event.lon !== undefined && (
              <p className="small muted">
                <bdi>{`${event.lat.toFixed(4)}, ${event.lon.toFixed(4)}`}</bdi>
                {event.uncertaintyKm !== undefined && ` · ${t.withinKm(event.uncertaintyKm)}`}
              </p>
            )}
          </>
        ) : (
          <ul className="linklist">
            {event.places.map((id) => {
              const p = placesById.get(id);
              return (
                <li key={id}>
                  {onOpenPlace ? (
                    <button type="button" className="linkbtn" onClick={() => onOpenPlace(id)}>
                      {p ? pick(p.name, lang) : id}
                    </button>
                  ) : p ? (
                    pick(p.name, lang)
                  ) : (
                    id
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {event.attributes && <Attributes attributes={event.attributes} />}
      <SourceList sources={event.sources} />
    </article>
  );
}

/** An imported event's other columns, as the file names them (actors, admin areas, fatalities…). */
function Attributes({ attributes }: { attributes: Readonly<Record<string, string | number>> }) {
  const { t, lang } = useMessages();
  return (
    <section className="card__section">
      <h3 className="card__h">{t.details}</h3>
      <dl className="attrs">
        {Object.entries(attributes).map(([k, v]) => (
          <div key={k} className="attrs__row">
            <dt dir="auto">{k}</dt>
            <dd dir="auto">{typeof v === 'number' ? formatCount(v, lang) : v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
