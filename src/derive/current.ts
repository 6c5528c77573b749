import type { StoryEvent } from '../data/schema';
import type { OrderedEvents } from './eventRange';

/**
 * The event the timeline stands on, given the visible (filtered) events: the requested one when
 * it is visible, else the visible event nearest in date to it, else the first visible one.
 * Range and step therefore never contradict each other. Returns -1 when nothing is visible.
 */
export function currentIndex(visible: OrderedEvents, requested: StoryEvent | undefined): number {
  if (visible.length === 0) return -1;
  if (!requested) return 0;
  const exact = visible.indexOf(requested);
  if (exact >= 0) return exact;
  // visible is in date order: the first event on or after the requested date, or the last one
  let lo = 0;
  let hi = visible.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (visible.at(mid)!.date < requested.date) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, visible.length - 1);
}

/**
 * The event with this id. A scan, not a map: building an id → event map over a million events
 * took seconds of the page's main thread, a scan takes ~10 ms and runs when the id changes.
 */
export function eventWithId(events: Pick<OrderedEvents, 'find'>, id: string | null): StoryEvent | undefined {
  return id === null ? undefined : events.find((e) => e.id === id);
}

/** Clamp a step to the list: stepping past either end stays at the end. */
export function stepIndex(index: number, delta: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(length - 1, Math.max(0, index + delta));
}
