/** Imported events for unit tests: an ACLED-like category per parity, at a point of their own. */
import type { StoryEvent } from '../data/schema';

/** The two categories `importedEvent` alternates between, and a colour for each. */
export const TEST_CATEGORIES = ['Battles', 'Protests'] as const;
export const TEST_COLORS: ReadonlyMap<string, string> = new Map([
  ['Battles', '#111111'],
  ['Protests', '#222222'],
]);

/** Event `e{i}` on 21 Feb 2026 at 40°E 36°N (odd i: Battles, even: Protests), with `over` on top. */
export const importedEvent = (i: number, over: Partial<StoryEvent> = {}): StoryEvent => ({
  id: `e${i}`,
  date: '2026-02-21',
  precision: 'exact',
  category: i % 2 ? 'Battles' : 'Protests',
  title: { en: `Event ${i}` },
  places: [],
  effects: [],
  movements: [],
  disputes: [],
  context: false,
  sources: [],
  lat: 36,
  lon: 40,
  ...over,
});
