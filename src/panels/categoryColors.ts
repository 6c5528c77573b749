import type { Category } from '../data/schema';

/**
 * Event categories, in a palette of their own: no category shares a hue family with a base
 * status (map/colors.ts), so an evacuation event's dot is not read as a base "being evacuated"
 * (colors.test.ts keeps them at least ΔE 30 apart, and at 3:1 on the land).
 */
export const CATEGORY_COLORS: Record<Category, string> = {
  'base-handover': '#008b8b',
  'base-evacuation': '#5e3a1a',
  'convoy-movement': '#c8102e',
  reinforcement: '#6b7a00',
  'announcement/report': '#1d1d1b',
};
