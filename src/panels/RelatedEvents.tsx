import type { StoryEvent } from '../data/schema';
import { formatEventDate, pick } from '../i18n';
import { useMessages } from '../state/useMessages';

/** Events involving a place or route; each jumps the timeline. */
export function RelatedEvents({
  events,
  currentId,
  onGoTo,
}: {
  events: readonly StoryEvent[];
  currentId: string | undefined;
  onGoTo: (id: string) => void;
}) {
  const { t, lang } = useMessages();
  return (
    <section className="card__section">
      <h3 className="card__h">{t.relatedEvents}</h3>
      {events.length === 0 ? (
        <p className="muted">{t.noEvents}</p>
      ) : (
        <ul className="eventlist">
          {events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="linkbtn"
                aria-current={e.id === currentId ? 'step' : undefined}
                onClick={() => onGoTo(e.id)}
              >
                <time dateTime={e.date}>{formatEventDate(e, lang)}</time> — {pick(e.title, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
