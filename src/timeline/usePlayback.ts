import { useEffect, useEffectEvent, useMemo, useState } from 'react';

/**
 * Autoplay: while playing, calls `advance` `intervalMs` after each step is reached; stops itself
 * at the end. `step` identifies the current step, so each step gets its full interval however
 * often the caller re-renders (and whichever way the step changed: autoplay, a key, a click).
 */
export function usePlayback(step: unknown, atEnd: boolean, advance: () => void, intervalMs = 2600) {
  const [playing, setPlaying] = useState(false);
  // reaching the end stops playback (adjusted while rendering: no effect, no extra pass)
  if (playing && atEnd) setPlaying(false);
  const next = useEffectEvent(advance);
  useEffect(() => {
    if (!playing || atEnd) return;
    const t = window.setTimeout(() => next(), intervalMs);
    return () => window.clearTimeout(t);
  }, [playing, atEnd, step, intervalMs]);
  // stable controls: handlers that use them are not re-created on every render
  const controls = useMemo(
    () => ({ toggle: () => setPlaying((p) => !p), stop: () => setPlaying(false) }),
    [],
  );
  return useMemo(() => ({ playing, ...controls }), [playing, controls]);
}
