/**
 * The events that pass the filters, as a virtualised list: only the rows in view are drawn, and
 * past a browser's element height limit the scroll space is compressed (see listWindow.ts), so a
 * million rows scroll to the last. Click selects the event (the map flies there); hover or focus
 * highlights its place on the map; arrow keys, Page Up/Down, Home and End move between rows.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { StoryEvent } from '../data/schema';
import { formatEventDate, pick } from '../i18n';
import { useMessages } from '../state/useMessages';
import { useCategories } from '../ui/useCategories';
import type { OrderedEvents } from '../derive/eventRange';
import { listWindow, rowForKey, scrollSpace, scrollTopToShow, type ListGeometry } from './listWindow';

interface Props {
  events: OrderedEvents;
  /** The event the timeline stands on (found in `events` by identity). */
  current: StoryEvent | undefined;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

const ROW = 58;
const OVERSCAN = 8;

export function EventList({ events, current: currentEvent, onSelect, onHover }: Props) {
  const { t, lang } = useMessages();
  const cats = useCategories();
  const [desc, setDesc] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewPx, setViewPx] = useState(400);
  /** The row to focus once it is drawn (keyboard moves). */
  const focusNext = useRef<number | null>(null);
  const n = events.length;
  const empty = n === 0;
  const at = (i: number) => events.at(desc ? n - 1 - i : i)!;
  const geometry = (el: HTMLElement): ListGeometry => ({ rows: n, rowPx: ROW, viewPx: el.clientHeight });
  const g: ListGeometry = { rows: n, rowPx: ROW, viewPx };
  // where the rows are drawn from: the scroll position, within the scroll space (a shorter list
  // clamps the scroller before its scroll event arrives)
  const drawnTop = Math.min(scrollTop, Math.max(0, scrollSpace(g) - viewPx));
  const w = listWindow(g, drawnTop, OVERSCAN);

  const scrollTo = (el: HTMLElement, top: number) => {
    el.scrollTop = top;
    setScrollTop(el.scrollTop);
  };

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewPx(el.clientHeight);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [empty]);

  // keep the current event in view when it changes from elsewhere (timeline, map)
  // (a search by date, then by identity among that day's events: no scan of the list)
  const currentPos = useMemo(
    () => (currentEvent ? events.indexOf(currentEvent) : -1),
    [events, currentEvent],
  );
  useEffect(() => {
    const el = scroller.current;
    if (!el || currentPos < 0) return;
    // from the measured height and the drawn position: reading the scroller's would force a layout
    // at every range change (the list's length changes with it)
    const top = scrollTopToShow(g, drawnTop, desc ? n - 1 - currentPos : currentPos);
    if (top !== drawnTop) scrollTo(el, top);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the current event, the order or the size changes
  }, [currentPos, desc, n, viewPx]);

  useLayoutEffect(() => {
    const i = focusNext.current;
    if (i === null) return;
    focusNext.current = null;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus({ preventScroll: true });
  });

  /** Bring row i fully into view, moving the list as little as possible. */
  const show = (i: number) => {
    const el = scroller.current;
    if (!el) return;
    const geo = geometry(el);
    // compressed, a native scroll (a focus bringing its row into view) moved the rows by more than
    // it scrolled: start from where they were drawn; at full height the scroller's own position is right
    const from = scrollSpace(geo) < n * ROW ? scrollTop : el.scrollTop;
    scrollTo(el, scrollTopToShow(geo, from, i));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = Number((e.target as HTMLElement).dataset.index);
    if (!Number.isInteger(from) || e.altKey || e.ctrlKey || e.metaKey) return;
    const to = rowForKey(e.key, from, n, Math.max(1, Math.floor(viewPx / ROW) - 1));
    if (to === null) return;
    e.preventDefault();
    show(to);
    // a row already drawn is focused now; one not drawn yet, once the scroll has drawn it
    const drawn = scroller.current?.querySelector<HTMLElement>(`[data-index="${to}"]`);
    if (drawn) drawn.focus({ preventScroll: true });
    else focusNext.current = to;
  };

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
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          onKeyDown={onKeyDown}
        >
          <div style={{ blockSize: scrollSpace(g), position: 'relative' }}>
            {rowsOf(w.first, w.last).map((i) => {
              const e = at(i);
              const current = e === currentEvent;
              return (
                <div
                  key={e.id}
                  role="listitem"
                  className="elist__row"
                  style={{
                    position: 'absolute',
                    insetBlockStart: i * ROW + w.shift,
                    insetInline: 0,
                    blockSize: ROW,
                  }}
                  aria-setsize={n}
                  aria-posinset={i + 1}
                >
                  <button
                    type="button"
                    className={`elist__btn${current ? ' is-current' : ''}`}
                    aria-current={current ? 'true' : undefined}
                    data-event={e.id}
                    data-index={i}
                    onClick={() => onSelect(e.id)}
                    onMouseEnter={() => onHover(e.id)}
                    onFocus={(ev) => {
                      // a keyboard focus (Tab) brings the row whole into view; a click leaves the
                      // list where it is, so the row under the pointer stays there
                      if (ev.currentTarget.matches(':focus-visible')) show(i);
                      onHover(e.id);
                    }}
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

function rowsOf(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
}
