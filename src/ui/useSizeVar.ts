/**
 * Publishes where an element ends, as a CSS custom property on the `.story` around it, and keeps
 * it current as the element changes size (ResizeObserver): parts laid out beside it in CSS then
 * keep clear of it however its content wraps. Removed when the element goes.
 */
import { useLayoutEffect, useRef } from 'react';

/** `end`: its offsetTop + height (something below it); `height`: its height (something above it). */
export function useSizeVar<E extends HTMLElement>(name: `--${string}`, of: 'end' | 'height') {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const story = el?.closest<HTMLElement>('.story');
    if (!el || !story) return;
    const measure = () =>
      story.style.setProperty(name, `${of === 'end' ? el.offsetTop + el.offsetHeight : el.offsetHeight}px`);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => {
      ro.disconnect();
      story.style.removeProperty(name);
    };
  }, [name, of]);
  return ref;
}
