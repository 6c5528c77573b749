/** The product's colours: the map draws with them and the panels and legend show the same ones. */
import type { BaseStatus, Category, RouteKind, StoryCategory } from '../data/schema';

/** Status colours: chosen to stay distinct for common colour-vision deficiencies and ≥3:1 on the land colour. */
export const STATUS_COLORS: Record<BaseStatus, string> = {
  held: '#1f4e9c',
  reinforced: '#6a2c91',
  evacuating: '#c26a00',
  vacated: '#6b6b6b',
  'handed-over': '#1e7a3c',
  disputed: '#b0186a',
};

export const ROUTE_COLORS: Record<RouteKind, string> = {
  highway: '#8c6d46',
  convoy: '#d2571d',
  alternative: '#8a735c',
  relocation: '#7a4fa3',
  zone: '#8a6d1f',
};

export const BASEMAP = {
  sea: '#c9dbe6',
  land: '#ece7dc',
  focusLand: '#fbf8f1',
  border: '#8e8373',
  syriaIraq: '#a1281c',
  syriaJordan: '#6e4a2a',
  governorate: '#b9ae9c',
  river: '#6f9fc7',
  countryLabel: '#5e564b',
  text: '#222222',
  halo: '#ffffff',
  highlight: '#ffcc00',
  movement: '#e8431b',
  town: '#4a4a4a',
  crossing: '#333333',
};

/**
 * Event categories, in a palette of their own: no category shares a hue family with a base
 * status (above), so an evacuation event's dot is not read as a base "being evacuated"
 * (map/colors.test.ts keeps them at least ΔE 30 apart, and at 3:1 on the land).
 */
export const CATEGORY_COLORS: Record<StoryCategory, string> = {
  'base-handover': '#008b8b',
  'base-evacuation': '#5e3a1a',
  'convoy-movement': '#c8102e',
  reinforcement: '#6b7a00',
  'announcement/report': '#1d1d1b',
};

/**
 * Colours for an imported dataset's own categories, in order (the commonest first): dark enough
 * for 3:1 on the land, and after the twelfth they repeat — the legend and filters name each one.
 */
export const DATASET_PALETTE = [
  '#1b7f6b',
  '#c0580f',
  '#5b55a3',
  '#c2237a',
  '#4f7f16',
  '#8a6116',
  '#1f6aa5',
  '#a31c2e',
  '#4d4d4d',
  '#7a4a0a',
  '#01665e',
  '#762a83',
] as const;

const isStoryCategory = (c: Category): c is StoryCategory => Object.hasOwn(CATEGORY_COLORS, c);

/** Each category's colour: the story's fixed ones, the palette in order for a dataset's own. */
export function categoryColors(ids: readonly Category[]): ReadonlyMap<Category, string> {
  let next = 0;
  return new Map(
    ids.map((c) => [
      c,
      isStoryCategory(c) ? CATEGORY_COLORS[c] : DATASET_PALETTE[next++ % DATASET_PALETTE.length]!,
    ]),
  );
}
