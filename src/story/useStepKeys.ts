/**
 * Keys that step through the story from anywhere on the page. On the dashboard, arrow keys step
 * when nothing else has focus (the page or the map; arrows on the map pan it). Presenting,
 * clicker keys step from anywhere except a form control or a button being activated with
 * Space/Enter, and Escape leaves (after leaving full screen, which the browser does).
 */
import { useEffect } from 'react';
import { dirOf } from '../i18n';
import { presentActionForKey } from '../present/presentKeys';
import { useViewState } from '../state/viewState';
import { actionForKey, type TimelineAction } from '../ui/stepKeys';

export function useStepKeys(onAction: (a: TimelineAction) => void, exitPresentation: () => void) {
  const { mode, lang } = useViewState();
  const presenting = mode === 'present';

  useEffect(() => {
    if (presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const el = document.activeElement;
      const onMap = el?.classList.contains('maplibregl-canvas') ?? false;
      const idle = !el || el === document.body || onMap;
      if (!idle || e.altKey || e.ctrlKey || e.metaKey) return;
      const a = actionForKey(e.key, dirOf(lang));
      if (!a || (onMap && e.key.startsWith('Arrow'))) return;
      e.preventDefault();
      onAction(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onAction, lang, presenting]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target as HTMLElement | null;
      const tag = el?.tagName;
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
      if (tag === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
      const a = presentActionForKey(e.key, dirOf(lang));
      if (!a) return;
      e.preventDefault();
      if (a === 'exit') exitPresentation();
      else onAction(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, onAction, lang, exitPresentation]);
}
