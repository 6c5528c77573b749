import { describe, expect, it } from 'vitest';
import { shippedStory } from '../test/storyData';
import { eventsForPlace, eventsForRoute, routesAlong } from './related';

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
