import type { Source } from '../data/schema';
import { formatDate } from '../i18n';
import { useMessages } from '../state/useMessages';

/** Cited sources: outlet and publication date, linking out where there is a link (a new tab, never fetched). */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t, lang } = useMessages();
  return (
    <section className="card__section">
      <h3 className="card__h">{t.sources}</h3>
      {sources.length === 0 && <p className="muted">{t.noSources}</p>}
      <ul className="sources">
        {sources.map((s, i) => (
          <li key={i}>
            {/* imported data may name an outlet without a link (ACLED, UCDP do) */}
            {s.url ? (
              <a
                href={s.url}
                target="_blank"
                rel="noopener noreferrer external"
                lang={s.lang === 'ar' ? 'ar' : undefined}
              >
                <bdi>{s.outlet}</bdi>
              </a>
            ) : (
              <bdi>{s.outlet}</bdi>
            )}
            {/* the outlet's own date beside its name, kept whole in either direction; nothing when undated */}
            {(s.date || s.dateText) && (
              <span className="sources__date">
                {' · '}
                <bdi>{s.date ? formatDate(s.date, lang) : s.dateText}</bdi>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
