/** Load the shipped data files the way the app does (validation + cross-check), for unit tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleStory } from '../data/assemble';
import type { StoryData } from '../data/validate';

export const readPublic = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../../public', file), 'utf8')) as unknown;

export function shippedStory(): StoryData {
  return assembleStory({
    places: { json: readPublic('data/places.json') },
    routes: { json: readPublic('data/routes.json') },
    events: { json: readPublic('data/events.json') },
  });
}
