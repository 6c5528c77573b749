import { describe, expect, it } from 'vitest';
import { shippedStory } from '../test/storyData';
import { haversineKm } from '../derive/geometry';
import { placeFeatures, uncertaintyFeatures } from './features';

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
