/** The symbols' shapes: which shape stands for what, on the map and in the legend. */
export type IconShape = 'square' | 'triangle' | 'diamond' | 'circle' | 'cross' | 'arrow';

export const SHAPES: readonly IconShape[] = ['square', 'triangle', 'diamond', 'circle', 'cross', 'arrow'];

/** Which shape stands for which place type (the legend reads this too). */
export const SHAPE_FOR_TYPE = {
  base: 'square',
  airbase: 'triangle',
  'border-crossing': 'diamond',
  'border-tripoint': 'cross',
  town: 'circle',
  city: 'circle',
} as const satisfies Record<string, IconShape>;
