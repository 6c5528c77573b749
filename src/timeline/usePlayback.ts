import { useEffect, useMemo, useState } from 'react';

/** Autoplay: calls `advance` every `intervalMs` while playing; stops itself at the end. */
export function usePlayback(atEnd: boolean, advance: () => void, intervalMs = 2600) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    if (atEnd) {
      setPlaying(false);
      return;
    }
    const t = window.setTimeout(advance, intervalMs);
    return () => window.clearTimeout(t);
  }, [playing, atEnd, advance, intervalMs]);
  // stable controls: handlers that use them are not re-created on every render
  const controls = useMemo(
    () => ({ toggle: () => setPlaying((p) => !p), stop: () => setPlaying(false) }),
    [],
  );
  return useMemo(() => ({ playing, ...controls }), [playing, controls]);
}
