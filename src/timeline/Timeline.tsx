import type { KeyboardEvent, MouseEvent } from 'react';
import type { StoryEvent } from '../data/schema';
import { RangeBar } from '../analysis/RangeBar';
import { dirOf, formatEventDate, formatMonth, pick } from '../i18n';
import { useMessages } from '../i18n/useMessages';
import { CATEGORY_COLORS } from '../panels/categoryColors';
import { actionForKey, type TimelineAction } from './keys';

interface Props {
  /** The events the timeline steps through (those passing the filters). */
  events: readonly StoryEvent[];
  index: number;
  playing: boolean;
  onAction: (a: TimelineAction) => void;
  onSelect: (index: number) => void;
  /** Events passing every filter but the range, and the dataset's first/last day: the range bar's histogram. */
  rangeEvents: readonly StoryEvent[];
  extent: { first: number; last: number } | undefined;
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}

/** Month labels under the ticks: the first event of each month, skipping any too close to the last one shown. */
function monthLabels(events: readonly StoryEvent[], pos: (i: number) => number, minGapPct = 7) {
  const out: { i: number; e: StoryEvent }[] = [];
  events.forEach((e, i) => {
    const newMonth = i === 0 || e.date.slice(0, 7) !== events[i - 1]!.date.slice(0, 7);
    const last = out.at(-1);
    if (newMonth && (!last || pos(i) - pos(last.i) >= minGapPct)) out.push({ i, e });
  });
  return out;
}

/** Above this many events, per-event ticks give way to the histogram. */
const MAX_TICKS = 300;

export function Timeline({ events, index, playing, onAction, onSelect, rangeEvents, extent, from, to, onRange }: Props) {
  const { t, lang } = useMessages();
  const current = events[index];
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

  const onTrackClick = (e: MouseEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    let f = (e.clientX - r.left) / r.width;
    if (dirOf(lang) === 'rtl') f = 1 - f;
    onSelect(Math.round(Math.min(1, Math.max(0, f)) * (total - 1)));
  };

  const pos = (i: number) => (total <= 1 ? 0 : (i / (total - 1)) * 100);

  const ticks = total <= MAX_TICKS;
  return (
    <section className="timeline" aria-label={t.timelineLabel} id="timeline" tabIndex={-1} data-overlay>
      {extent && <RangeBar events={rangeEvents} extent={extent} from={from} to={to} onChange={onRange} />}
      <div className="timeline__row">
        <div className="timeline__controls">
          <button type="button" className="btn btn--icon" onClick={() => onAction('prev')} disabled={index <= 0} aria-label={t.previous} title={t.previous}>
            <span aria-hidden="true" className="flip-rtl">◀</span>
          </button>
          <button type="button" className="btn btn--icon btn--play" onClick={() => onAction('toggle-play')} disabled={total === 0} aria-label={playing ? t.pause : t.play} aria-pressed={playing} title={playing ? t.pause : t.play}>
            <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          </button>
          <button type="button" className="btn btn--icon" onClick={() => onAction('next')} disabled={index >= total - 1} aria-label={t.next} title={t.next}>
            <span aria-hidden="true" className="flip-rtl">▶</span>
          </button>
          <span className="timeline__count" aria-hidden="true">{total > 0 ? t.stepOf(index + 1, total) : '0 / 0'}</span>
        </div>
        <div className="timeline__body">
          <div className="timeline__now" aria-hidden="true">
            {current ? (
              <>
                <span className="timeline__date">{formatEventDate(current, lang)}</span>
                <span className="timeline__title">{pick(current.title, lang)}</span>
              </>
            ) : (
              <span className="muted">{t.noneVisible}</span>
            )}
          </div>
          <div
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
            {ticks
              ? events.map((e, i) => (
                  <div
                    key={e.id}
                    className={`timeline__tick${i === index ? ' is-current' : ''}${e.context ? ' is-context' : ''}`}
                    style={{ insetInlineStart: `${pos(i)}%`, backgroundColor: CATEGORY_COLORS[e.category] }}
                    title={`${formatEventDate(e, lang)} — ${pick(e.title, lang)}`}
                    data-event={e.id}
                  />
                ))
              : current && (
                  <div className="timeline__tick is-current" style={{ insetInlineStart: `${pos(index)}%`, backgroundColor: CATEGORY_COLORS[current.category] }} />
                )}
            {ticks &&
              monthLabels(events, pos).map(({ i, e }) => (
                <span key={`m-${e.id}`} className="timeline__month" style={{ insetInlineStart: `${pos(i)}%` }} aria-hidden="true">
                  {formatMonth(e.date, lang)}
                </span>
              ))}
          </div>
        </div>
      </div>
    </section>
  );
}
