/** Presentation mode's keys, as a slide clicker sends them. Pure. */
import { actionForKey } from '../ui/stepKeys';

export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'exit';

/** The timeline's keys (arrows follow the reading direction, PageDown/PageUp, Home/End), except
 * that Space steps forward, as on a clicker, instead of playing; Escape leaves. */
export function presentActionForKey(key: string, dir: 'ltr' | 'rtl'): PresentAction | null {
  if (key === ' ' || key === 'Spacebar') return 'next';
  if (key === 'Escape' || key === 'Esc') return 'exit';
  const a = actionForKey(key, dir);
  return a === 'toggle-play' ? null : a;
}
