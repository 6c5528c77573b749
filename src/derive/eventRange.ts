/**
 * The events a date range keeps, in date order, as a view over the date-sorted list they come
 * from: the longer events reaching in from before the range, then the slice [lo, hi) of events
 * starting in it. A range step at a million events makes this view instead of copying up to a
 * million references (~8–13 ms a step, and as much garbage); what reads it reads by position.
 */
import type { StoryEvent } from '../data/schema';
import { dayNumber } from '../data/days';
import { firstAtLeast } from './sorted';

export class EventRange implements Iterable<StoryEvent> {
  readonly length: number;

  /**
   * @param events the date-sorted list
   * @param starts each event's first day (the time index's)
   * @param before positions before `lo` of events lasting into the range, ascending
   */
  constructor(
    private readonly events: readonly StoryEvent[],
    private readonly starts: Int32Array,
    private readonly lo: number,
    private readonly hi: number,
    private readonly before: readonly number[],
  ) {
    this.length = before.length + Math.max(0, hi - lo);
  }

  /** The event at position i (0 ≤ i < length), else undefined. */
  at(i: number): StoryEvent | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return undefined;
    const b = this.before.length;
    return this.events[i < b ? this.before[i]! : this.lo + i - b];
  }

  /**
   * The position of this very event (by identity), else -1: a binary search on its first day,
   * then a walk over that day's events, not a scan of the range.
   */
  indexOf(e: StoryEvent | undefined): number {
    if (!e) return -1;
    for (let k = 0; k < this.before.length; k++) if (this.events[this.before[k]!] === e) return k;
    const day = dayNumber(e.date);
    for (
      let i = firstAtLeast(this.starts, day, this.lo, this.hi);
      i < this.hi && this.starts[i] === day;
      i++
    ) {
      if (this.events[i] === e) return this.before.length + i - this.lo;
    }
    return -1;
  }

  /** The first event, in date order, that `test` accepts. */
  find(test: (e: StoryEvent) => boolean): StoryEvent | undefined {
    for (const e of this) if (test(e)) return e;
    return undefined;
  }

  /** One value per event, in date order (for short ranges: the timeline's ticks). */
  map<T>(f: (e: StoryEvent, i: number) => T): T[] {
    const out = new Array<T>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = f(this.at(i)!, i);
    return out;
  }

  /** The events as a list (a copy, except for the whole list): for an export, not a range step. */
  toArray(): readonly StoryEvent[] {
    if (this.before.length === 0 && this.lo === 0 && this.hi === this.events.length) return this.events;
    return [...this.before.map((i) => this.events[i]!), ...this.events.slice(this.lo, this.hi)];
  }

  *[Symbol.iterator](): Iterator<StoryEvent> {
    for (const i of this.before) yield this.events[i]!;
    for (let i = this.lo; i < this.hi; i++) yield this.events[i]!;
  }
}

/** What reads events by position in date order: a range's view, or a plain list (a small story, a test). */
export type OrderedEvents = Pick<EventRange, 'length' | 'find' | 'map'> & {
  at(i: number): StoryEvent | undefined;
  indexOf(e: StoryEvent): number;
};
