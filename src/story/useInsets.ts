import { useEffect, useMemo, useState } from 'react';

export const PANEL_W = 404;
export const LEGEND_W = 250;
export const TIMELINE_H = 168;
/** Presentation: the event card on the start side, the control bar on top. */
export const PRESENT_CARD_W = 480;
export const PRESENT_BAR_H = 64;
/** Phone (< 600 px wide): a shorter timeline and the panel as a bottom sheet above it. */
export const PHONE_WIDTH = 600;
export const PHONE_TIMELINE_H = 150;
export const PHONE_SHEET_H = 112;
/** Embed: the timeline without the range bar. */
export const EMBED_TIMELINE_H = 96;

/** Screen space covered by panels (the card panel on the start side, the legend on the end side, the timeline at the foot). */
export function useInsets(dir: 'ltr' | 'rtl', legendOpen: boolean, mode: 'full' | 'present' | 'embed' = 'full') {
  const [wide, setWide] = useState(() => window.innerWidth >= 900);
  const [phone, setPhone] = useState(() => window.innerWidth < PHONE_WIDTH);
  useEffect(() => {
    const onResize = () => {
      setWide(window.innerWidth >= 900);
      setPhone(window.innerWidth < PHONE_WIDTH);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return useMemo(() => {
    const start = !wide || mode === 'embed' ? 0 : mode === 'present' ? PRESENT_CARD_W : PANEL_W;
    const end = wide && legendOpen ? LEGEND_W + 24 : 0;
    const top = mode === 'present' ? PRESENT_BAR_H : 0;
    const bottom =
      mode === 'present' ? (wide ? 0 : 260) : mode === 'embed' ? EMBED_TIMELINE_H : phone ? PHONE_TIMELINE_H + PHONE_SHEET_H : TIMELINE_H;
    return { top, bottom, left: dir === 'ltr' ? start : end, right: dir === 'rtl' ? start : end };
  }, [wide, phone, dir, legendOpen, mode]);
}
