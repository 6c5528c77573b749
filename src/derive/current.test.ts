import { describe, expect, it } from 'vitest';
import { shippedStory } from '../test/storyData';
import { filterEvents } from './filters';
import { NO_FILTER } from '../state/filter';
import type { StoryEvent } from '../data/schema';
import { currentIndex, eventWithId, stepIndex } from './current';

const { events } = shippedStory();
const byId = (id: string) => events.find((e) => e.id === id);

describe('current event within the filter', () => {
  it('finds an event by id, or none', () => {
    expect(eventWithId(events, 'E07')).toBe(byId('E07'));
    expect(eventWithId(events, 'nope')).toBeUndefined();
    expect(eventWithId(events, null)).toBeUndefined();
  });
  it('keeps the requested event when visible', () => {
    expect(currentIndex(events, byId('E07'))).toBe(events.indexOf(byId('E07')!));
  });
  it('moves to the nearest later visible event when the range excludes it', () => {
    const visible = filterEvents(events, { ...NO_FILTER, from: '2026-02-15' });
    expect(visible[currentIndex(visible, byId('E07'))]!.id).toBe('E08');
  });
  it('falls back to the last visible event when all are earlier', () => {
    const visible = filterEvents(events, { ...NO_FILTER, to: '2026-01-31' });
    expect(visible[currentIndex(visible, byId('E16'))]!.id).toBe('E03');
  });
  it('starts at the first visible event without a request, and is -1 when nothing is visible', () => {
    expect(currentIndex(events, undefined)).toBe(0);
    expect(currentIndex([], byId('E01'))).toBe(-1);
  });
});

const evAt = (id: string, date: string, endDate?: string) => ({ id, date, endDate }) as StoryEvent;

describe('stepping', () => {
  it('clamps at both ends', () => {
    expect(stepIndex(0, -1, 5)).toBe(0);
    expect(stepIndex(4, 1, 5)).toBe(4);
    expect(stepIndex(2, 1, 5)).toBe(3);
    expect(stepIndex(0, 1, 0)).toBe(0);
  });
  it('an unknown or missing id starts at the first event', () => {
    const list = [evAt('a', '2026-01-01'), evAt('b', '2026-01-02')];
    // as the story view resolves the URL's event id: look it up, then place it in the list
    const byId = new Map(list.map((e) => [e.id, e]));
    const at = (id: string | null) => currentIndex(list, id ? byId.get(id) : undefined);
    expect(at('b')).toBe(1);
    expect(at('nope')).toBe(0);
    expect(at(null)).toBe(0);
  });
});
