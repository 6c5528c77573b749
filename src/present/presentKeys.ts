/** Presentation mode's keys, as a slide clicker sends them. Pure. */
export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'exit';

export function presentActionForKey(key: string, dir: 'ltr' | 'rtl'): PresentAction | null {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case back:
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'exit';
    default:
      return null;
  }
}
