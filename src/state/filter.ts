/** What the analyst asked to see — a date range, categories, a place, free text — as the link states it. */
import type { Category } from '../data/schema';

export interface EventFilter {
  /** Inclusive YYYY-MM-DD bounds; null = open. */
  from: string | null;
  to: string | null;
  /** Categories to show; null = all. */
  categories: ReadonlySet<Category> | null;
  /** Only events at this place id; null = anywhere. */
  place: string | null;
  /** Free text over titles and summaries in both languages. */
  text: string;
}

export const NO_FILTER: EventFilter = { from: null, to: null, categories: null, place: null, text: '' };

export function isFiltered(f: EventFilter): boolean {
  return (
    f.from !== null || f.to !== null || f.categories !== null || f.place !== null || f.text.trim() !== ''
  );
}
