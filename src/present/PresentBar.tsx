/**
 * Presentation mode's controls: progress "3 / 17", previous/next, autoplay with its pace,
 * full screen and exit. Keys (presentKeys.ts) do the same from anywhere on the page.
 */
import { useEffect, useState } from 'react';
import { useSizeVar } from '../ui/useSizeVar';
import { useMessages } from '../state/useMessages';
import { PACE } from '../state/params';

interface Props {
  index: number;
  total: number;
  playing: boolean;
  pace: number;
  onStep: (delta: 1 | -1) => void;
  onTogglePlay: () => void;
  onPace: (seconds: number) => void;
  onExit: () => void;
}

const PACES = [3, 6, 10, 15, 30].filter((p) => p >= PACE.min && p <= PACE.max);

export function useFullScreen() {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const on = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);
  const toggle = () => {
    // browsers may refuse (no user gesture, iframe without allowfullscreen): the mode still works
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return { full, toggle };
}

export function PresentBar({ index, total, playing, pace, onStep, onTogglePlay, onPace, onExit }: Props) {
  const { t } = useMessages();
  const fs = useFullScreen();
  // the legend sits below the bar, however many lines it wraps onto on a phone (styles.css)
  const ref = useSizeVar<HTMLDivElement>('--present-bar-end', 'end');
  const paces = PACES.includes(pace) ? PACES : [...PACES, pace].sort((a, b) => a - b);
  return (
    <div ref={ref} className="present__bar" role="toolbar" aria-label={t.presentation} data-overlay>
      <button
        type="button"
        className="btn btn--icon"
        onClick={() => onStep(-1)}
        disabled={index <= 0}
        aria-label={t.previous}
        title={t.previous}
      >
        <span aria-hidden="true" className="flip-rtl">
          ◀
        </span>
      </button>
      <span className="present__progress" aria-label={t.slideProgress(index + 1, total)}>
        {t.stepOf(index + 1, total)}
      </span>
      <button
        type="button"
        className="btn btn--icon"
        onClick={() => onStep(1)}
        disabled={index >= total - 1}
        aria-label={t.next}
        title={t.next}
      >
        <span aria-hidden="true" className="flip-rtl">
          ▶
        </span>
      </button>
      <button type="button" className="btn" aria-pressed={playing} onClick={onTogglePlay}>
        {playing ? t.pause : t.play}
      </button>
      <label className="present__pace">
        {t.pace}
        <select value={pace} onChange={(e) => onPace(Number(e.target.value))}>
          {paces.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" aria-pressed={fs.full} onClick={fs.toggle}>
        {fs.full ? t.leaveFullScreen : t.fullScreen}
      </button>
      <button type="button" className="btn" onClick={onExit}>
        {t.exitPresentation}
      </button>
    </div>
  );
}
