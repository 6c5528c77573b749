/**
 * The date range: a histogram of events behind a two-handle range, plus typed date fields.
 * Each handle is a slider (keyboard: arrows ±1 day, PageUp/PageDown ±7 days, Home/End).
 */
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { dayNumber, isoOfDay } from '../data/days';
import { countsOutside, histogram } from '../derive/histogram';
import type { TimeIndex } from '../derive/timeIndex';
import { dirOf, formatDate } from '../i18n';
import { useMessages } from '../state/useMessages';
import { RangeFields } from '../ui/RangeFields';
import { useNarrow } from '../ui/useNarrow';

/**
 * First and last day of the whole dataset; `loaded`: the days whose events are all on the page, when
 * some are not (a pack read a range at a time); the rest of the track is marked as not loaded.
 */
export interface Extent {
  first: number;
  last: number;
  loaded?: { first: number; last: number };
  /** Events per day by start date (from day `first`), for the bars of the days not loaded. */
  perDay?: { first: number; counts: readonly number[] };
}

interface Props {
  /** The time index of the events passing every filter but the range (the histogram counts them). */
  index: TimeIndex;
  /** First and last day of the whole dataset. */
  extent: Extent;
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

export function RangeBar({ index, extent, from, to, onChange }: Props) {
  const { t, lang } = useMessages();
  // on a phone the typed dates live in the filters tab (there is no room here)
  const narrow = useNarrow();
  const rtl = dirOf(lang) === 'rtl';
  const track = useRef<HTMLDivElement>(null);
  const clampFull = (d: number) => Math.max(extent.first, Math.min(extent.last, d));
  const selLo = from ? clampFull(dayNumber(from)) : extent.first;
  const selHi = to ? clampFull(dayNumber(to)) : extent.last;
  // Zoomed, the axis shows the selected range with a margin, binned finer (days instead of weeks).
  const [zoom, setZoom] = useState(false);
  const zoomed = zoom && (from !== null || to !== null);
  const pad = Math.max(3, Math.round((selHi - selLo) * 0.15));
  const view = zoomed ? { first: clampFull(selLo - pad), last: clampFull(selHi + pad) } : extent;
  // counted from the time index's start days
  const { first: viewFirst, last: viewLast } = view;
  const h = useMemo(
    () => histogram(index.events, { first: viewFirst, last: viewLast }, index.starts),
    [index, viewFirst, viewLast],
  );
  if (!h) return null;
  const span = h.last - h.first + 1; // days shown; a day's position is its middle
  const lo = Math.max(h.first, selLo);
  const hi = Math.min(h.last, selHi);
  const pct = (d: number) => ((d - h.first + 0.5) / span) * 100;

  /** Open ends stay open (null) when a handle is at the dataset's first or last day. */
  const emit = (a: number, b: number) => {
    const [x, y] = a <= b ? [a, b] : [b, a];
    onChange(x <= extent.first ? null : isoOfDay(x), y >= extent.last ? null : isoOfDay(y));
  };

  const dayAt = (clientX: number) => {
    const r = track.current!.getBoundingClientRect();
    let f = (clientX - r.left) / r.width;
    if (rtl) f = 1 - f;
    return Math.max(h.first, Math.min(h.last, Math.floor(h.first + Math.min(1, Math.max(0, f)) * span)));
  };

  const drag = (which: 'lo' | 'hi') => (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    const move = (ev: globalThis.PointerEvent) => {
      const d = dayAt(ev.clientX);
      if (which === 'lo') emit(Math.min(d, selHi), selHi);
      else emit(selLo, Math.max(d, selLo));
    };
    const target = e.currentTarget;
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };

  const key = (which: 'lo' | 'hi') => (e: KeyboardEvent) => {
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const cur = which === 'lo' ? selLo : selHi;
    let next: number;
    switch (e.key) {
      case forward:
      case 'ArrowUp':
        next = cur + 1;
        break;
      case back:
      case 'ArrowDown':
        next = cur - 1;
        break;
      case 'PageUp':
        next = cur + 7;
        break;
      case 'PageDown':
        next = cur - 7;
        break;
      case 'Home':
        next = extent.first;
        break;
      case 'End':
        next = extent.last;
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
    next = clampFull(next);
    if (which === 'lo') emit(Math.min(next, selHi), selHi);
    else emit(selLo, Math.max(next, selLo));
  };

  // the events of days not loaded (a pack read a range at a time), stacked on the loaded ones' bars
  const extra = extent.loaded && extent.perDay ? countsOutside(h, extent.perDay, extent.loaded) : null;
  const top = Math.max(h.max, ...h.counts.map((c, i) => c + (extra?.[i] ?? 0)));
  // one path per colour keeps the DOM small whatever the number of bins
  const inside: string[] = [];
  const outside: string[] = [];
  const notLoaded: string[] = [];
  h.counts.forEach((c, i) => {
    const u = extra?.[i] ?? 0;
    if (c === 0 && u === 0) return;
    const start = h.starts[i]!;
    const end = (h.starts[i + 1] ?? h.last + 1) - 1;
    // bars in day units, so they line up with the handles whatever the bin size
    const x = Math.max(0, start - h.first);
    const w = (Math.min(end, h.last) + 1 - h.first - x) * 0.86;
    if (c > 0) (end >= lo && start <= hi ? inside : outside).push(`M${x} ${top}h${w}v-${c}h-${w}z`);
    if (u > 0) notLoaded.push(`M${x} ${top - c}h${w}v-${u}h-${w}z`);
  });

  // days whose events are not loaded (a pack read a range at a time), within the days shown
  const loaded = extent.loaded;
  const unloaded: [number, number][] = loaded
    ? (
        [
          [h.first, Math.min(h.last, loaded.first - 1)],
          [Math.max(h.first, loaded.last + 1), h.last],
        ] as [number, number][]
      ).filter(([a, b]) => a <= b)
    : [];

  return (
    <div className="range">
      {!narrow && (
        <div className="range__inputs">
          <RangeFields
            days={{ first: extent.first, last: extent.last, lo: selLo, hi: selHi }}
            onChange={onChange}
          />
          <span className="range__unit muted small">{t.histogramUnit[h.unit]}</span>
          <button
            type="button"
            className="btn btn--small"
            aria-pressed={zoomed}
            disabled={from === null && to === null}
            onClick={() => setZoom((z) => !z)}
          >
            {zoomed ? t.zoomOut : t.zoomToRange}
          </button>
        </div>
      )}
      <div className="range__track" ref={track}>
        <svg
          className="range__hist"
          viewBox={`0 0 ${span} ${top || 1}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          style={rtl ? { transform: 'scaleX(-1)' } : undefined}
        >
          <path d={notLoaded.join('')} className="range__bars range__bars--unloaded" />
          <path d={outside.join('')} className="range__bars range__bars--out" />
          <path d={inside.join('')} className="range__bars" />
        </svg>
        {unloaded.map(([a, b]) => (
          <div
            key={a}
            className="range__unloaded"
            style={{
              insetInlineStart: `${((a - h.first) / span) * 100}%`,
              inlineSize: `${((b - a + 1) / span) * 100}%`,
            }}
          />
        ))}
        <div
          className="range__sel"
          style={{ insetInlineStart: `${pct(lo)}%`, inlineSize: `${pct(hi) - pct(lo)}%` }}
        />
        {(['lo', 'hi'] as const).map((which) => {
          const d = which === 'lo' ? lo : hi;
          const value = which === 'lo' ? selLo : selHi;
          return (
            <div
              key={which}
              role="slider"
              tabIndex={0}
              className={`range__handle range__handle--${which}`}
              style={{ insetInlineStart: `${pct(d)}%` }}
              aria-label={which === 'lo' ? t.rangeStartLabel : t.rangeEndLabel}
              aria-valuemin={extent.first}
              aria-valuemax={extent.last}
              aria-valuenow={value}
              aria-valuetext={formatDate(isoOfDay(value), lang)}
              onPointerDown={drag(which)}
              onKeyDown={key(which)}
            />
          );
        })}
      </div>
      {loaded && (
        <p className="range__loaded small muted">
          {t.rangeLoaded(formatDate(isoOfDay(loaded.first), lang), formatDate(isoOfDay(loaded.last), lang))}
        </p>
      )}
    </div>
  );
}
