/**
 * Entering and leaving presentation mode. Leaving — by key or button alike — stops autoplay,
 * leaves full screen and goes back to the dashboard, where focus returns to the Present button
 * that started the presentation.
 */
import { useCallback, useRef } from 'react';
import { useViewState } from '../state/viewState';

export function usePresentation(stopPlayback: () => void) {
  const { setMode } = useViewState();
  const focusPresent = useRef(false);
  const exit = useCallback(() => {
    stopPlayback();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    focusPresent.current = true;
    setMode('full');
  }, [stopPlayback, setMode]);
  const start = useCallback(() => setMode('present'), [setMode]);
  /** For the Present button: takes focus when the dashboard comes back from a presentation. */
  const presentButtonRef = useCallback((el: HTMLButtonElement | null) => {
    if (el && focusPresent.current) {
      focusPresent.current = false;
      el.focus();
    }
  }, []);
  return { start, exit, presentButtonRef };
}
