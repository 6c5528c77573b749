/** Timeline keyboard map, shared by the slider and the page-level handler. Pure. */
export type TimelineAction = 'prev' | 'next' | 'first' | 'last' | 'toggle-play';

export function actionForKey(key: string, dir: 'ltr' | 'rtl'): TimelineAction | null {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowUp':
    case 'PageDown':
      return 'next';
    case back:
    case 'ArrowDown':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
    case 'Spacebar':
      return 'toggle-play';
    default:
      return null;
  }
}
