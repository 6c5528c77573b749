import type { Category } from '../data/schema';

export const CATEGORY_COLORS: Record<Category, string> = {
  'base-handover': '#1e7a3c',
  'base-evacuation': '#c26a00',
  'convoy-movement': '#d2571d',
  reinforcement: '#6a2c91',
  'announcement/report': '#4d6a8a',
};
