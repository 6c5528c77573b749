/**
 * How the page shows the dataset's categories — their order, colour and name — read by the
 * legend, the filters, the cards, the list and the timeline alike, so they always agree.
 */
import { useMemo } from 'react';
import type { Category } from '../data/schema';
import { categoryName } from '../i18n';
import { useStory } from '../model/StoryContext';
import { useMessages } from '../state/useMessages';
import { categoryColors } from '../theme/colors';

export interface CategoryLook {
  /** The dataset's categories, in legend order. */
  ids: readonly Category[];
  color: (c: Category) => string;
  label: (c: Category) => string;
}

const NO_COLOR = '#555555';

export function useCategories(): CategoryLook {
  const { categories } = useStory().model;
  const { t } = useMessages();
  const colors = useMemo(() => categoryColors(categories), [categories]);
  return useMemo(
    () => ({
      ids: categories,
      color: (c) => colors.get(c) ?? NO_COLOR,
      label: (c) => categoryName(t, c),
    }),
    [categories, colors, t],
  );
}
