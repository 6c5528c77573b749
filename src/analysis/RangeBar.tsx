/**
 * The date range: a histogram of events behind a two-handle range, plus typed date inputs.
 * Each handle is a slider (keyboard: arrows ±1 day, PageUp/PageDown ±7 days, Home/End).
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Histogram } from '../derive/histogram';
import { dayNumber, isoOfDay } from '../derive/histogram';
import { dirOf, formatDate } from '../i18n';
import { useMessages } from '../i18n/useMessages';

interface Props {
  histogram: Histogram;
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

export function RangeBar({ histogram: h, from, to, onChange }: Props) {
  const { t, lang } = useMessages();
  const rtl = dirOf(lang) === 'rtl';
  const track = useRef<HTMLDivElement>(null);
  const span = Math.max(1, h.last - h.first);
  const lo = from ? Math.max(h.first, Math.min(h.last, dayNumber(from))) : h.first;
  const hi = to ? Math.max(h.first, Math.min(h.last, dayNumber(to))) : h.last;
  const pct = (d: number) => ((d - h.first) / span) * 100;

  /** Open ends stay open (null) when a handle is at the extent. */
  const emit = (a: number, b: number) => {
    const [x, y] = a <= b ? [a, b] : [b, a];
    onChange(x <= h.first ? null : isoOfDay(x), y >= h.last ? null : isoOfDay(y));
  };

  const dayAt = (clientX: number) => {
    const r = track.current!.getBoundingClientRect();
    let f = (clientX - r.left) / r.width;
    if (rtl) f = 1 - f;
    return Math.round(h.first + Math.min(1, Math.max(0, f)) * span);
  };

  const drag = (which: 'lo' | 'hi') => (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    const move = (ev: globalThis.PointerEvent) => {
      const d = dayAt(ev.clientX);
      if (which === 'lo') emit(Math.min(d, hi), hi);
      else emit(lo, Math.max(d, lo));
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
    const cur = which === 'lo' ? lo : hi;
    let next: number;
    switch (e.key) {
      case forward: case 'ArrowUp': next = cur + 1; break;
      case back: case 'ArrowDown': next = cur - 1; break;
      case 'PageUp': next = cur + 7; break;
      case 'PageDown': next = cur - 7; break;
      case 'Home': next = h.first; break;
      case 'End': next = h.last; break;
      default: return;
    }
    e.preventDefault();
    e.stopPropagation();
    next = Math.max(h.first, Math.min(h.last, next));
    if (which === 'lo') emit(Math.min(next, hi), hi);
    else emit(lo, Math.max(next, lo));
  };

  // one path per colour keeps the DOM small whatever the number of bins
  const n = h.counts.length;
  const inside: string[] = [];
  const outside: string[] = [];
  h.counts.forEach((c, i) => {
    if (c === 0) return;
    const start = h.starts[i]!;
    const end = (h.starts[i + 1] ?? h.last + 1) - 1;
    const bar = `M${i} ${h.max}h0.86v-${c}h-0.86z`;
    (end >= lo && start <= hi ? inside : outside).push(bar);
  });

  return (
    <div className="range">
      <div className="range__inputs">
        {(['lo', 'hi'] as const).map((which) => (
          <label key={which}>
            <span>{which === 'lo' ? t.rangeFrom : t.rangeTo}</span>
            <input
              type="date"
              value={isoOfDay(which === 'lo' ? lo : hi)}
              min={isoOfDay(h.first)}
              max={isoOfDay(h.last)}
              onChange={(e) => {
                if (!e.target.value) return;
                const d = dayNumber(e.target.value);
                if (which === 'lo') emit(d, hi);
                else emit(lo, d);
              }}
            />
          </label>
        ))}
        <span className="range__unit muted small">{t.histogramUnit[h.unit]}</span>
      </div>
      <div className="range__track" ref={track}>
        <svg className="range__hist" viewBox={`0 0 ${n} ${h.max || 1}`} preserveAspectRatio="none" aria-hidden="true" style={rtl ? { transform: 'scaleX(-1)' } : undefined}>
          <path d={outside.join('')} className="range__bars range__bars--out" />
          <path d={inside.join('')} className="range__bars" />
        </svg>
        <div className="range__sel" style={{ insetInlineStart: `${pct(lo)}%`, inlineSize: `${pct(hi) - pct(lo)}%` }} />
        {(['lo', 'hi'] as const).map((which) => {
          const d = which === 'lo' ? lo : hi;
          return (
            <div
              key={which}
              role="slider"
              tabIndex={0}
              className={`range__handle range__handle--${which}`}
              style={{ insetInlineStart: `${pct(d)}%` }}
              aria-label={which === 'lo' ? t.rangeStartLabel : t.rangeEndLabel}
              aria-valuemin={h.first}
              aria-valuemax={h.last}
              aria-valuenow={d}
              aria-valuetext={formatDate(isoOfDay(d), lang)}
              onPointerDown={drag(which)}
              onKeyDown={key(which)}
            />
          );
        })}
      </div>
    </div>
  );
}
