import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../data/schema';
import { datasetCategories } from './categories';

const ev = (category: string, i: number) => ({ id: `e${i}`, date: '2026-01-01', category }) as StoryEvent;

describe('datasetCategories', () => {
  it("keeps the story's own order, whatever the counts", () => {
    const events = ['reinforcement', 'base-handover', 'reinforcement', 'convoy-movement'].map(ev);
    expect(datasetCategories(events)).toEqual(['base-handover', 'convoy-movement', 'reinforcement']);
  });
  it("orders an imported dataset's own by count, then by name", () => {
    const events = ['Protests', 'Battles', 'Riots', 'Battles', 'Protests', 'Battles', 'Explosions'].map(ev);
    expect(datasetCategories(events)).toEqual(['Battles', 'Protests', 'Explosions', 'Riots']);
  });
  it('is empty for no events', () => {
    expect(datasetCategories([])).toEqual([]);
  });
});
