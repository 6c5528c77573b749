/**
 * The events that pass the filters, as a virtualised list (smooth at 100,000 rows).
 * Click selects the event (the map flies there); hover highlights its place on the map.
 */
import { useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { StoryEvent } from '../data/schema';
import { formatEventDate, pick } from '../i18n';
import { useMessages } from '../state/useMessages';
import { useCategories } from '../ui/useCategories';

interface Props {
  events: readonly StoryEvent[];
  currentId: string | undefined;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

const ROW = 58;

export function EventList({ events, currentId, onSelect, onHover }: Props) {
  const { t, lang } = useMessages();
  const cats = useCategories();
  const [desc, setDesc] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const n = events.length;
  const at = (i: number) => events[desc ? n - 1 - i : i]!;
  const v = useVirtualizer({
    count: n,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
  });

  // keep the current event in view when it changes from elsewhere (timeline, map)
  const currentPos = currentId ? events.findIndex((e) => e.id === currentId) : -1;
  useEffect(() => {
    if (currentPos >= 0) v.scrollToIndex(desc ? n - 1 - currentPos : currentPos, { align: 'auto' });
  }, [currentPos, desc, n, v]);

  return (
    <section className="elist" aria-labelledby="elist-h">
      <div className="elist__bar">
        <h2 id="elist-h" className="card__h">
          {t.eventListTitle}
        </h2>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => setDesc((d) => !d)}
          aria-label={desc ? t.sortOldestFirst : t.sortNewestFirst}
        >
          {t.sortByDate} {desc ? '↓' : '↑'}
        </button>
      </div>
      {n === 0 ? (
        <p className="muted">{t.noMatches}</p>
      ) : (
        <div
          className="elist__scroll"
          ref={scroller}
          role="list"
          aria-label={t.eventListTitle}
          onMouseLeave={() => onHover(null)}
        >
          <div style={{ blockSize: v.getTotalSize(), position: 'relative' }}>
            {v.getVirtualItems().map((row) => {
              const e = at(row.index);
              const current = e.id === currentId;
              return (
                <div
                  key={e.id}
                  role="listitem"
                  className="elist__row"
                  style={{ position: 'absolute', insetBlockStart: row.start, insetInline: 0, blockSize: ROW }}
                  aria-setsize={n}
                  aria-posinset={row.index + 1}
                >
                  <button
                    type="button"
                    className={`elist__btn${current ? ' is-current' : ''}`}
                    aria-current={current ? 'true' : undefined}
                    data-event={e.id}
                    onClick={() => onSelect(e.id)}
                    onMouseEnter={() => onHover(e.id)}
                    onFocus={() => onHover(e.id)}
                    onBlur={() => onHover(null)}
                  >
                    <span
                      className="chip__dot"
                      style={{ backgroundColor: cats.color(e.category) }}
                      aria-hidden="true"
                    />
                    <span className="elist__text">
                      <time dateTime={e.date} className="elist__date">
                        {formatEventDate(e, lang)}
                      </time>
                      <span className="elist__title" dir="auto">
                        {pick(e.title, lang)}
                      </span>
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
