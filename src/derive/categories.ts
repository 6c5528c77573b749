/**
 * A dataset's categories, in the order the legend, the filters and the colours use: the story's
 * own in their fixed order, then an imported dataset's by how many events have each (most first,
 * then by name), so the commonest get the clearest colours.
 */
import { category as storyCategory, type Category, type StoryEvent } from '../data/schema';

const STORY_ORDER: ReadonlyMap<string, number> = new Map(storyCategory.options.map((c, i) => [c, i]));

export function datasetCategories(events: readonly StoryEvent[]): Category[] {
  const counts = new Map<Category, number>();
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => {
    const sa = STORY_ORDER.get(a);
    const sb = STORY_ORDER.get(b);
    if (sa !== undefined || sb !== undefined) return (sa ?? Infinity) - (sb ?? Infinity);
    return counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0);
  });
}
