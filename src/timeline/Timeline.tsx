import { useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { TimeIndex } from '../derive/timeIndex';
import type { OrderedEvents } from '../derive/eventRange';
import { RangeBar, type Extent } from './RangeBar';
import { dayNumber } from '../data/days';
import { dayFraction, dodge, domainOfDays, monthStarts, nearestPosition } from '../derive/timeAxis';
import { dirOf, formatEventDate, formatMonth, pick } from '../i18n';
import { useMessages } from '../state/useMessages';
import { useCategories } from '../ui/useCategories';
import { actionForKey, type TimelineAction } from '../ui/stepKeys';
import { useWidth } from './useWidth';

interface Props {
  /** The events the timeline steps through (those passing the filters). */
  events: OrderedEvents;
  /** The first and last day of `events` (null: none), from the model's time index. */
  days: { first: number; last: number } | null;
  index: number;
  playing: boolean;
  onAction: (a: TimelineAction) => void;
  onSelect: (index: number) => void;
  /** The time index of the events passing every filter but the range, and the dataset's first/last day: the range bar's histogram. */
  rangeIndex: TimeIndex;
  extent: Extent | undefined;
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}

/**
 * Month ticks labelled where the labels do not collide (widths estimated from their length at the
 * tick's 11.5 px type), the year said on the first and at each January.
 */
function monthLabels(
  months: readonly string[],
  x: (iso: string) => number,
  label: (iso: string, withYear: boolean) => string,
) {
  const out: { iso: string; text: string }[] = [];
  let lastEnd = -Infinity;
  for (const iso of months) {
    const text = label(iso, out.length === 0 || iso.slice(5, 7) === '01');
    const half = (text.length * 6.6 + 12) / 2;
    if (x(iso) - half < lastEnd) continue;
    out.push({ iso, text });
    lastEnd = x(iso) + half;
  }
  return out;
}

/** The least gap between two dots' centres (px): dots of a busy week spread just enough to be told apart. */
const DOT_GAP = 14;

/** Above this many events, per-event ticks give way to the histogram. */
const MAX_TICKS = 300;

export function Timeline({
  events,
  days,
  index,
  playing,
  onAction,
  onSelect,
  rangeIndex,
  extent,
  from,
  to,
  onRange,
}: Props) {
  const { t, lang } = useMessages();
  const cats = useCategories();
  const current = index >= 0 ? events.at(index) : undefined;
  const total = events.length;
  const valueText = current
    ? t.sliderValue(formatEventDate(current, lang), pick(current.title, lang), index + 1, total)
    : '';

  const onKeyDown = (e: KeyboardEvent) => {
    const a = actionForKey(e.key, dirOf(lang));
    if (!a) return;
    e.preventDefault();
    e.stopPropagation();
    onAction(a);
  };

  // time to scale: each dot near its own date (dodged apart in busy weeks), months ticked below
  const slider = useRef<HTMLDivElement>(null);
  const width = useWidth(slider) || 1000;
  const domain = useMemo(() => domainOfDays(days), [days]);
  const ticks = total <= MAX_TICKS;
  // each dot's position, dodged, when there are few enough to draw; past that only the current
  // event's position is needed, worked out from its date (no loop over the events per range change)
  const xs = useMemo(
    () =>
      ticks
        ? dodge(
            events.map((e) => dayFraction(dayNumber(e.date), domain) * width),
            DOT_GAP,
            width,
          )
        : null,
    [events, domain, width, ticks],
  );
  const x = (i: number) => {
    if (xs) return xs[i] ?? 0;
    const e = events.at(i);
    return e ? dayFraction(dayNumber(e.date), domain) * width : 0;
  };
  const pos = (i: number) => (x(i) / width) * 100;
  const months = useMemo(
    () =>
      monthLabels(
        monthStarts(domain),
        (iso) => dayFraction(dayNumber(iso), domain) * width,
        (iso, withYear) => formatMonth(iso, lang, withYear),
      ),
    [domain, width, lang],
  );

  const onTrackClick = (e: MouseEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    let f = (e.clientX - r.left) / r.width;
    if (dirOf(lang) === 'rtl') f = 1 - f;
    // the nearest dot to where the track was clicked
    if (total > 0) onSelect(nearestPosition(total, x, f * width));
  };
  return (
    <section className="timeline" aria-label={t.timelineLabel} id="timeline" tabIndex={-1} data-overlay>
      {extent && <RangeBar index={rangeIndex} extent={extent} from={from} to={to} onChange={onRange} />}
      <div className="timeline__row">
        <div className="timeline__controls">
          <button
            type="button"
            className="btn btn--icon"
            onClick={() => onAction('prev')}
            disabled={index <= 0}
            aria-label={t.previous}
            title={t.previous}
          >
            <span aria-hidden="true" className="flip-rtl">
              ◀
            </span>
          </button>
          <button
            type="button"
            className="btn btn--icon btn--play"
            onClick={() => onAction('toggle-play')}
            disabled={total === 0}
            aria-label={playing ? t.pause : t.play}
            aria-pressed={playing}
            title={playing ? t.pause : t.play}
          >
            <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          </button>
          <button
            type="button"
            className="btn btn--icon"
            onClick={() => onAction('next')}
            disabled={index >= total - 1}
            aria-label={t.next}
            title={t.next}
          >
            <span aria-hidden="true" className="flip-rtl">
              ▶
            </span>
          </button>
          <span className="timeline__count" aria-hidden="true">
            {total > 0 ? t.stepOf(index + 1, total) : '0 / 0'}
          </span>
        </div>
        <div className="timeline__body">
          <div className="timeline__now" aria-hidden="true">
            {current ? (
              <>
                <span className="timeline__date">{formatEventDate(current, lang)}</span>
                <span className="timeline__cat">
                  <span
                    className="chip__dot"
                    style={{ backgroundColor: cats.color(current.category) }}
                    aria-hidden="true"
                  />
                  {cats.label(current.category)}
                </span>
                <span className="timeline__title" dir="auto">
                  {pick(current.title, lang)}
                </span>
              </>
            ) : (
              <span className="muted">{t.noneVisible}</span>
            )}
          </div>
          <div
            ref={slider}
            className="timeline__slider"
            role="slider"
            tabIndex={0}
            aria-label={t.sliderLabel}
            aria-valuemin={total > 0 ? 1 : 0}
            aria-valuemax={total}
            aria-valuenow={index + 1}
            aria-valuetext={valueText || t.noneVisible}
            aria-orientation="horizontal"
            aria-disabled={total === 0 ? true : undefined}
            onKeyDown={onKeyDown}
            onClick={onTrackClick}
          >
            <div className="timeline__track" />
            <div className="timeline__fill" style={{ inlineSize: `${pos(Math.max(0, index))}%` }} />
            {/* an event over several days or months: its span, to scale, under its dot */}
            {ticks &&
              events.map((e) =>
                e.endDate && e.endDate !== e.date ? (
                  <div
                    key={`span-${e.id}`}
                    className="timeline__span"
                    style={{
                      insetInlineStart: `${dayFraction(dayNumber(e.date), domain) * 100}%`,
                      inlineSize: `${(dayFraction(dayNumber(e.endDate), domain) - dayFraction(dayNumber(e.date), domain)) * 100}%`,
                      backgroundColor: cats.color(e.category),
                    }}
                  />
                ) : null,
              )}
            {ticks
              ? events.map((e, i) => (
                  <div
                    key={e.id}
                    className={`timeline__tick${i === index ? ' is-current' : ''}${e.context ? ' is-context' : ''}`}
                    style={{ insetInlineStart: `${pos(i)}%`, backgroundColor: cats.color(e.category) }}
                    title={`${formatEventDate(e, lang)} — ${pick(e.title, lang)}`}
                    data-event={e.id}
                  />
                ))
              : current && (
                  <div
                    className="timeline__tick is-current"
                    style={{
                      insetInlineStart: `${pos(index)}%`,
                      backgroundColor: cats.color(current.category),
                    }}
                  />
                )}
            {months.map(({ iso, text }) => (
              <span
                key={iso}
                className="timeline__month"
                style={{ insetInlineStart: `${dayFraction(dayNumber(iso), domain) * 100}%` }}
                aria-hidden="true"
              >
                {text}
              </span>
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}
