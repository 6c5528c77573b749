import { useSyncExternalStore } from 'react';
import { PHONE_QUERY as NARROW } from './layout';

// module-level, so React subscribes once per component rather than on every render
const subscribe = (onChange: () => void) => {
  const q = window.matchMedia(NARROW);
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
};
const narrowNow = () => window.matchMedia(NARROW).matches;

/** True on a phone-sized screen: parts that exist in one layout only are rendered, not hidden. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, narrowNow);
}
