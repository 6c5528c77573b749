import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../data/schema';
import { shippedStory } from '../test/storyData';
import {
  compareEvents,
  eventsForPlace,
  eventsForRoute,
  routesAlong,
  sortEvents,
  stepIndex,
} from './timeline';
import { currentIndex } from './current';

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

  it('orders the shipped story from the 2025 context to March 2026', () => {
    const ids = shippedStory().events.map((e) => e.id);
    expect(ids.slice(0, 5)).toEqual(['C1', 'C2', 'C3', 'C4', 'E01']);
    expect(ids.indexOf('E06')).toBeLessThan(ids.indexOf('E07'));
    expect(ids.at(-1)).toBe('E17');
    expect(ids).toHaveLength(24);
  });
});

describe('stepping', () => {
  it('clamps at both ends', () => {
    expect(stepIndex(0, -1, 5)).toBe(0);
    expect(stepIndex(4, 1, 5)).toBe(4);
    expect(stepIndex(2, 1, 5)).toBe(3);
    expect(stepIndex(0, 1, 0)).toBe(0);
  });
  it('an unknown or missing id starts at the first event', () => {
    const list = [ev('a', '2026-01-01'), ev('b', '2026-01-02')];
    // as the story view resolves the URL's event id: look it up, then place it in the list
    const byId = new Map(list.map((e) => [e.id, e]));
    const at = (id: string | null) => currentIndex(list, id ? byId.get(id) : undefined);
    expect(at('b')).toBe(1);
    expect(at('nope')).toBe(0);
    expect(at(null)).toBe(0);
  });
});

describe('events for a place or route', () => {
  const story = shippedStory();
  const route = (id: string) => story.routes.find((r) => r.id === id)!;
  it('lists every event naming Al-Tanf, in order', () => {
    expect(eventsForPlace(story.events, 'al-tanf-garrison').map((e) => e.id)).toEqual(['E19', 'E06', 'E07']);
  });
  it('lists the convoys on both legs of the Qasrak–Kurdistan route', () => {
    expect(eventsForRoute(story.events, route('convoy-qasrak-kri')).map((e) => e.id)).toEqual([
      'C3',
      'E10',
      'E11',
      'E14',
      'E16',
    ]);
    expect(eventsForRoute(story.events, route('convoy-qamishli-kri')).map((e) => e.id)).toEqual([
      'C3',
      'E10',
      'E11',
      'E14',
      'E16',
    ]);
  });
  it('a road lists the convoys that travelled along it: the M4 carried the Qasrak convoys (Tell Baydar → Qamishli)', () => {
    expect(routesAlong(route('m4-highway'), story.routes).map((r) => r.id)).toEqual(['convoy-qasrak-kri']);
    expect(eventsForRoute(story.events, route('m4-highway'), story.routes).map((e) => e.id)).toEqual([
      'C3',
      'E10',
      'E11',
      'E14',
      'E16',
    ]);
    // a convoy route does not list the roads' other traffic
    expect(eventsForRoute(story.events, route('convoy-zakho-erbil'), story.routes).map((e) => e.id)).toEqual(
      [],
    );
  });
});
