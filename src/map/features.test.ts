import { describe, expect, it } from 'vitest';
import { shippedStory } from '../test/storyData';
import { haversineKm } from '../derive/geometry';
import {
  categoryBits,
  eventFeatures,
  MAX_UNCERTAINTY_CIRCLES,
  placeFeatures,
  uncertaintyFeatures,
  zoom0Pixels,
} from './features';
import type { StoryEvent } from '../data/schema';

const story = shippedStory();

describe('map features from the story', () => {
  it('every place becomes a point carrying both names', () => {
    const fc = placeFeatures(story.places);
    expect(fc.features).toHaveLength(story.places.length);
    const q = fc.features.find((f) => f.properties?.id === 'qasrak');
    expect(q?.properties).toMatchObject({ shape: 'square', hasStatus: true });
    expect(String(q?.properties?.name_en)).toMatch(/Qasrak/);
    expect(String(q?.properties?.name_ar)).toMatch(/قسرك/);
  });
  it('a base carries its status in words in both languages when given one; other places do not', () => {
    const fc = placeFeatures(
      story.places,
      new Map(),
      undefined,
      new Map([['qasrak', { en: 'evacuating', ar: 'قيد الإخلاء' }]]),
    );
    const props = (id: string) => fc.features.find((f) => f.properties?.id === id)?.properties;
    expect(props('qasrak')).toMatchObject({ status_en: 'evacuating', status_ar: 'قيد الإخلاء' });
    expect(props('hasakah')).not.toHaveProperty('status_en');
  });
  it('low- and medium-confidence places get a ring sized to their error; high ones none', () => {
    const rings = uncertaintyFeatures(story.places);
    const ids = rings.features.map((f) => String(f.properties?.id));
    expect(ids).toContain('al-walid-crossing-ne');
    expect(ids).not.toContain('hasakah');
    const walid = story.places.find((p) => p.id === 'al-walid-crossing-ne')!;
    const ring = rings.features.find((f) => f.properties?.id === walid.id)!.geometry;
    if (ring.type !== 'Polygon') throw new Error('ring is not a polygon');
    expect(haversineKm([walid.lon, walid.lat], ring.coordinates[0]![0] as [number, number])).toBeCloseTo(
      walid.uncertaintyKm!,
      1,
    );
  });
});

describe('label decluttering', () => {
  it('Tell Baydar (7.5 km from Qasrak) waits for a closer zoom; Qasrak and Al-Tanf show at once', async () => {
    const { labelMinZooms, CROWDED_LABEL_MINZOOM } = await import('./features');
    const { mentionCounts } = await import('../derive/related');
    const z = labelMinZooms(story.places, mentionCounts(story.events));
    expect(z.get('qasrak')).toBe(0);
    expect(z.get('al-tanf-garrison')).toBe(0);
    expect(z.get('tell-baydar')).toBe(CROWDED_LABEL_MINZOOM);
    expect(z.get('hasakah')).toBe(0);
  });
});

describe('label sides', () => {
  it('puts Qasrak’s label above or below (Tell Tamr lies west, Tell Baydar east) and a lone place’s to the right', async () => {
    const { labelSides } = await import('./features');
    const sides = labelSides(story.places);
    expect(['above', 'below']).toContain(sides.get('qasrak'));
    expect(sides.get('muwaffaq-salti-ab')).toBe('right');
    // Tell Baydar's only close neighbour is Qasrak to its west-south-west: label goes east
    expect(sides.get('tell-baydar')).toBe('right');
  });
});

describe('event points', () => {
  const ev = (i: number, over: Partial<StoryEvent> = {}): StoryEvent => ({
    id: `e${i}`,
    date: '2026-02-21',
    precision: 'exact',
    category: i % 2 ? 'Battles' : 'Protests',
    title: { en: `Event ${i}` },
    places: [],
    effects: [],
    movements: [],
    disputes: [],
    context: false,
    sources: [],
    lat: 36,
    lon: 40,
    uncertaintyKm: 25,
    ...over,
  });
  const bits = categoryBits(['Battles', 'Protests']);
  const colors = new Map([
    ['Battles', '#111111'],
    ['Protests', '#222222'],
  ]);

  it('carry their category bit and colour, a size factor when sized, and their uncertainty circle', () => {
    const fc = eventFeatures([ev(1), ev(2, { uncertaintyKm: undefined })], new Map(), bits, colors, {
      colorOf: null,
      sizeOf: () => 2,
    });
    // day numbers are the dates' (data/days.ts); what matters here is the rest
    const props = fc.features.map((f) => {
      const { t, t2, ...rest } = f.properties as Record<string, unknown>;
      return t === t2 ? rest : { t, t2, ...rest };
    });
    expect(props).toEqual([
      {
        id: 'e1',
        c: 1,
        color: '#111111',
        k: 2,
        atPlace: false,
        u0: zoom0Pixels(25, 36),
      },
      {
        id: 'e2',
        c: 2,
        color: '#222222',
        k: 2,
        atPlace: false,
      },
    ]);
    // 25 km at 36°N is ~0.4 px at zoom 0, so ~200 px at zoom 9
    expect(zoom0Pixels(25, 36) * 2 ** 9).toBeGreaterThan(190);
    expect(zoom0Pixels(25, 36) * 2 ** 9).toBeLessThan(210);
  });

  it('past a few thousand points, leave the circles to the card: the map would be one wash', () => {
    const many = Array.from({ length: MAX_UNCERTAINTY_CIRCLES + 1 }, (_, i) => ev(i));
    const fc = eventFeatures(many, new Map(), bits, colors);
    expect(fc.features.some((f) => f.properties?.u0 !== undefined)).toBe(false);
  });
});
