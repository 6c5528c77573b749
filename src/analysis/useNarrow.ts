import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint (styles.css uses the same width). */
const NARROW = '(max-width: 599px)';

/** True on a phone-sized screen: parts that exist in one layout only are rendered, not hidden. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const q = window.matchMedia(NARROW);
      q.addEventListener('change', onChange);
      return () => q.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}
