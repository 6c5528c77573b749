import { describe, expect, it } from 'vitest';
import type { StoryEvent } from './schema';
import { shippedStory } from '../test/storyData';
import { chronologicalOrder, compareEvents, sortEvents } from './order';

const ev = (id: string, date: string, endDate?: string) => ({ id, date, endDate }) as StoryEvent;

describe('event ordering', () => {
  it('sorts by date, then by end date, then by id with numeric order', () => {
    const sorted = sortEvents([
      ev('E10', '2026-02-21'),
      ev('E2', '2026-02-21'),
      ev('C3', '2025-06-01', '2025-10-31'),
      ev('C2', '2025-06-01'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['C2', 'C3', 'E2', 'E10']);
  });

  it('does not mutate its input and is a total order', () => {
    const input = [ev('b', '2026-01-02'), ev('a', '2026-01-01')];
    sortEvents(input);
    expect(input[0]!.id).toBe('b');
    expect(compareEvents(ev('x', '2026-01-01'), ev('x', '2026-01-01'))).toBe(0);
  });

  it('gives a new list for events already in order too, equal to sorting them', () => {
    const sorted = [ev('C2', '2025-06-01'), ev('C3', '2025-06-01', '2025-10-31'), ev('E2', '2026-02-21')];
    const again = sortEvents(sorted);
    expect(again).not.toBe(sorted);
    expect(again).toEqual(sorted);
    // one pair out of order anywhere: the whole list is sorted
    const late = [...sorted, ev('E10', '2026-02-21'), ev('E1', '2026-02-21')];
    expect(sortEvents(late).map((e) => e.id)).toEqual(['C2', 'C3', 'E1', 'E2', 'E10']);
  });

  it('orders the shipped story from the 2025 context to March 2026', () => {
    const ids = shippedStory().events.map((e) => e.id);
    expect(ids.slice(0, 5)).toEqual(['C1', 'C2', 'C3', 'C4', 'E01']);
    expect(ids.indexOf('E06')).toBeLessThan(ids.indexOf('E07'));
    expect(ids.at(-1)).toBe('E17');
    expect(ids).toHaveLength(24);
  });

  it('gives the positions of the chronological order, leaving the list as it is', () => {
    const list = [
      ev('E10', '2026-02-21'),
      ev('C3', '2025-06-01', '2025-10-31'),
      ev('E2', '2026-02-21'),
      ev('C2', '2025-06-01'),
    ];
    const order = chronologicalOrder(list);
    expect(Array.from(order)).toEqual([3, 1, 2, 0]);
    expect(Array.from(order, (i) => list[i]!)).toEqual(sortEvents(list));
    expect(list[0]!.id).toBe('E10');
    expect(chronologicalOrder([])).toHaveLength(0);
  });
});
