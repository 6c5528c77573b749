import { useEffect, useMemo, useState } from 'react';

export const PANEL_W = 404;
export const LEGEND_W = 250;
export const TIMELINE_H = 168;
/** Presentation: the event card on the start side, the control bar on top. */
export const PRESENT_CARD_W = 480;
export const PRESENT_BAR_H = 64;
/** Embed: the timeline without the range bar. */
export const EMBED_TIMELINE_H = 96;

/** Screen space covered by panels (the card panel on the start side, the legend on the end side, the timeline at the foot). */
export function useInsets(dir: 'ltr' | 'rtl', legendOpen: boolean, mode: 'full' | 'present' | 'embed' = 'full') {
  const [wide, setWide] = useState(() => window.innerWidth >= 900);
  useEffect(() => {
    const onResize = () => setWide(window.innerWidth >= 900);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return useMemo(() => {
    const start = !wide || mode === 'embed' ? 0 : mode === 'present' ? PRESENT_CARD_W : PANEL_W;
    const end = wide && legendOpen ? LEGEND_W + 24 : 0;
    const top = mode === 'present' ? PRESENT_BAR_H : 0;
    const bottom = mode === 'present' ? (wide ? 0 : 260) : mode === 'embed' ? EMBED_TIMELINE_H : TIMELINE_H;
    return { top, bottom, left: dir === 'ltr' ? start : end, right: dir === 'rtl' ? start : end };
  }, [wide, dir, legendOpen, mode]);
}
