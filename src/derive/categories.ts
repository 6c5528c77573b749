/**
 * A dataset's categories, in the order the legend, the filters and the colours use: the story's
 * own in their fixed order, then an imported dataset's by how many events have each (most first,
 * then by name), so the commonest get the clearest colours.
 */
import { eventCore } from '../data/eventCore';
import { category as storyCategory, type Category, type StoryEvent } from '../data/schema';

const STORY_ORDER: ReadonlyMap<string, number> = new Map(storyCategory.options.map((c, i) => [c, i]));

export function datasetCategories(events: readonly StoryEvent[]): Category[] {
  // counted by the list's core's category codes (data/eventCore.ts), not by reading each event
  const { category, categories } = eventCore(events);
  const byCode = new Int32Array(categories.length);
  for (let i = 0; i < category.length; i++) byCode[category[i]!]!++;
  const counts = new Map(categories.map((c, code) => [c, byCode[code]!]));
  return [...categories].sort((a, b) => {
    const sa = STORY_ORDER.get(a);
    const sb = STORY_ORDER.get(b);
    if (sa !== undefined || sb !== undefined) return (sa ?? Infinity) - (sb ?? Infinity);
    return counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0);
  });
}
