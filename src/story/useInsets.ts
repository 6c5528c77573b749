import { useEffect, useMemo, useState } from 'react';

export const PANEL_W = 404;
export const LEGEND_W = 250;
export const TIMELINE_H = 168;

/** Screen space covered by panels (the card panel on the start side, the legend on the end side, the timeline at the foot). */
export function useInsets(dir: 'ltr' | 'rtl', legendOpen: boolean) {
  const [wide, setWide] = useState(() => window.innerWidth >= 900);
  useEffect(() => {
    const onResize = () => setWide(window.innerWidth >= 900);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return useMemo(() => {
    const start = wide ? PANEL_W : 0;
    const end = wide && legendOpen ? LEGEND_W + 24 : 0;
    return { top: 0, bottom: TIMELINE_H, left: dir === 'ltr' ? start : end, right: dir === 'rtl' ? start : end };
  }, [wide, dir, legendOpen]);
}
