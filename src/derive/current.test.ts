import { describe, expect, it } from 'vitest';
import { shippedStory } from '../test/storyData';
import { filterEvents, NO_FILTER } from './filters';
import { currentIndex } from './current';

const { events } = shippedStory();
const byId = (id: string) => events.find((e) => e.id === id);

describe('current event within the filter', () => {
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
