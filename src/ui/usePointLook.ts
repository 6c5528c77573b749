/**
 * How the map draws the points beyond their category: coloured by one of the data's own text
 * columns, sized by one of its number columns (the `color` and `size` link parameters). The map's
 * scene and the legend read the same look, so they always agree. A column the data lacks is
 * ignored here (the link check reports it).
 */
import { useMemo } from 'react';
import type { StoryEvent } from '../data/schema';
import { attributeOf } from '../data/io/eventViews';
import { facetKey, type Facet, type NumberAttribute } from '../derive/facets';
import { useStory } from '../model/StoryContext';
import { useViewState } from '../state/viewState';
import { DATASET_PALETTE } from '../theme/colors';

/** The colour of values past the palette's, and of events without a value. */
export const OTHER_COLOR = '#8a8a8a';
/** Point size factors: the smallest and largest value of the size column. */
export const SIZE_RANGE = [0.6, 2.4] as const;

export interface PointLook {
  colorBy: Facet | null;
  sizeBy: NumberAttribute | null;
  /** Each colour column value's colour, most common first (the palette's length at most). */
  valueColors: ReadonlyMap<string, string>;
  /** An event's colour by the colour column (null when colouring by category). */
  colorOf: ((e: StoryEvent) => string) | null;
  /** An event's size factor by the size column (null when all are one size). */
  sizeOf: ((e: StoryEvent) => number) | null;
}

/** A number's size factor between the column's smallest and largest (by area, not radius). */
export function sizeFactor(v: number, min: number, max: number): number {
  const t = max > min ? Math.min(1, Math.max(0, (v - min) / (max - min))) : 0.5;
  return SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * Math.sqrt(t);
}

export function usePointLook(): PointLook {
  const { attributes } = useStory().model;
  const { colorBy: colorName, sizeBy: sizeName } = useViewState();
  return useMemo(() => {
    const colorBy = attributes.facets.find((f) => f.name === colorName) ?? null;
    const sizeBy = attributes.numbers.find((n) => n.name === sizeName) ?? null;
    const valueColors = new Map(
      (colorBy?.values ?? []).slice(0, DATASET_PALETTE.length).map((v, i) => [v, DATASET_PALETTE[i]!]),
    );
    return {
      colorBy,
      sizeBy,
      valueColors,
      colorOf: colorBy
        ? (e) => {
            const k = facetKey(attributeOf(e, colorBy.name));
            return (k !== null && valueColors.get(k)) || OTHER_COLOR;
          }
        : null,
      sizeOf: sizeBy
        ? (e) => {
            const v = attributeOf(e, sizeBy.name);
            return typeof v === 'number' ? sizeFactor(v, sizeBy.min, sizeBy.max) : SIZE_RANGE[0];
          }
        : null,
    };
  }, [attributes, colorName, sizeName]);
}
