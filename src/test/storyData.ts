/** Load the shipped data files the way the app does (validation + cross-check), for unit tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sortEvents } from '../data/order';
import { crossCheck, parseEvents, parsePlaces, parseRoutes, type StoryData } from '../data/validate';

export const readPublic = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../../public', file), 'utf8')) as unknown;

export function shippedStory(): StoryData {
  const d = crossCheck(
    parsePlaces('data/places.json', readPublic('data/places.json')),
    parseRoutes('data/routes.json', readPublic('data/routes.json')),
    parseEvents('data/events.json', readPublic('data/events.json')),
    { routes: 'data/routes.json', events: 'data/events.json' },
  );
  return { ...d, events: sortEvents(d.events) };
}
