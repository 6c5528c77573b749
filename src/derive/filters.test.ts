import { describe, expect, it } from 'vitest';
import type { Category, StoryEvent } from '../data/schema';
import { shippedStory } from '../test/storyData';
import { filterEvents, inRange } from './filters';
import { eventCore } from '../data/eventCore';
import { isFiltered, NO_FILTER, type EventFilter } from '../state/filter';
import { normalizeSearch } from './text';

const story = shippedStory();
const f = (over: Partial<EventFilter>): EventFilter => ({ ...NO_FILTER, ...over });
const ids = (es: StoryEvent[]) => es.map((e) => e.id);

describe('date range', () => {
  it('is inclusive on both ends', () => {
    // spans overlapping the range count: E05 (detainee transfers, 21 Jan – 12 Feb 2026),
    // E19 (Al-Tanf emptied, to 11 Feb) and E20 (al-Shaddadi emptied, 5–15 Feb)
    expect(ids(filterEvents(story.events, f({ from: '2026-02-11', to: '2026-02-12' })))).toEqual([
      'E05',
      'E19',
      'E20',
      'E06',
      'E07',
    ]);
  });
  it('open ends', () => {
    expect(ids(filterEvents(story.events, f({ from: '2026-03-01' })))).toEqual(['E18', 'E16', 'E17']);
    expect(ids(filterEvents(story.events, f({ to: '2025-05-31' })))).toEqual(['C1', 'C2']);
  });
  it('a span overlapping the range counts (C3 runs Jun–Oct 2025)', () => {
    expect(inRange({ date: '2025-06-01', endDate: '2025-10-31' }, '2025-09-01', '2025-09-30')).toBe(true);
    expect(inRange({ date: '2025-06-01', endDate: '2025-10-31' }, '2025-11-01', null)).toBe(false);
  });
});

describe('categories, place and text combine', () => {
  it('category', () => {
    const cats = new Set<Category>(['base-handover']);
    expect(ids(filterEvents(story.events, f({ categories: cats })))).toEqual(['E07', 'E08', 'E12']);
  });
  it('place (listed or affected)', () => {
    // E17 (drone downed near an unnamed base) is scoped to the Hasakah countryside, not pinned on Qasrak
    expect(ids(filterEvents(story.events, f({ place: 'qasrak' })))).toEqual(['C3', 'E10', 'E11', 'E16']);
  });
  it('all together', () => {
    const r = filterEvents(
      story.events,
      f({
        place: 'qasrak',
        from: '2026-01-01',
        categories: new Set<Category>(['reinforcement', 'convoy-movement']),
      }),
    );
    expect(ids(r)).toEqual(['E10', 'E16']);
  });
  it('text in English, case-insensitive, all terms', () => {
    expect(ids(filterEvents(story.events, f({ text: 'TANF syrian' })))).toContain('E07');
    expect(filterEvents(story.events, f({ text: 'zzzz' }))).toEqual([]);
  });
  it('text in Arabic ignores hamza/alef variants and taa marbuta', () => {
    // "قسرك" written plainly must match; "الاردن" without hamza matches "الأردن"
    expect(ids(filterEvents(story.events, f({ text: 'قسرك' }))).length).toBeGreaterThan(2);
    const withHamza = filterEvents(story.events, f({ text: 'الأردن' }));
    expect(withHamza.length).toBeGreaterThan(0);
    expect(ids(filterEvents(story.events, f({ text: 'الاردن' })))).toEqual(ids(withHamza));
  });
  it('no filter returns the same array', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(filterEvents(story.events, NO_FILTER)).toBe(story.events);
  });
});

describe('Arabic normalisation', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إسرائيل', 'اسراييل'],
    ['آذار', 'اذار'],
    ['مدرسة', 'مدرسه'],
    ['مُسَيَّرَة', 'مسيره'],
    ['على', 'علي'],
    ['مؤتمر', 'موتمر'],
    ['قـــسرك', 'قسرك'],
    ['Café  ÉTÉ', 'cafe ete'],
  ])('%s → %s', (input, out) => {
    expect(normalizeSearch(input)).toBe(out);
  });
});

describe("a filtered list's core", () => {
  it('is read from the list’s core and equals the one its events make', () => {
    const kept = filterEvents(story.events, {
      ...NO_FILTER,
      categories: new Set<Category>(['base-handover']),
    });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(story.events.length);
    // a copy has no recorded core: its own is made from its events
    expect(eventCore(kept)).toEqual(eventCore([...kept]));
  });
});
