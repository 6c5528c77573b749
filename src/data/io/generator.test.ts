import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations, shared with the CLI
import * as untyped from '../../../scripts/gen-events-lib.mjs';
import { category, event, type StoryEvent } from '../schema';
import { parseEventsCsv } from './csvFormat';
import { parseEventsGeoJson } from './geojsonFormat';

const lib = untyped as {
  generateEvents: (n: number, seed?: number) => Iterable<StoryEvent>;
  fileChunks: (
    n: number,
    o?: { seed?: number; format?: 'csv' | 'geojson'; chunkChars?: number },
  ) => Iterable<string>;
  sizeLabel: (n: number) => string;
  CATEGORIES: string[];
  REGION: { west: number; east: number; south: number; north: number };
};
const file = (n: number, o: { seed?: number; format?: 'csv' | 'geojson'; chunkChars?: number } = {}) =>
  [...lib.fileChunks(n, o)].join('');

describe('synthetic events (scripts/gen-events-lib.mjs)', () => {
  const events = [...lib.generateEvents(1000, 7)];
  /** As the schema returns them (defaults filled in). */
  const parsed = events.map((e) => event.parse(e));

  it('generates valid events over the region and the period', () => {
    expect(events).toHaveLength(1000);
    expect(events.map((e) => e.id).slice(0, 3)).toEqual(['S1', 'S2', 'S3']);
    expect(new Set(events.map((e) => e.id)).size).toBe(1000);
    for (const e of events) {
      expect(event.safeParse(e).success).toBe(true);
      expect(e.lon).toBeGreaterThanOrEqual(35.5);
      expect(e.lon).toBeLessThanOrEqual(42.5);
      expect(e.lat).toBeGreaterThanOrEqual(32.3);
      expect(e.lat).toBeLessThanOrEqual(37.3);
      expect(e.date >= '2025-01-01' && e.date <= '2026-06-30').toBe(true);
      if (e.endDate) expect(e.endDate > e.date && e.endDate <= '2026-06-30').toBe(true);
      expect(e.sources).toHaveLength(1);
      expect(e.sources[0]!.url).toMatch(/^https:\/\/example\.org\//);
    }
    expect(events[122]!.title).toEqual({ en: 'Synthetic event 123', ar: 'حدث تجريبي 123' });
  });

  it('mixes categories, precisions and dates, clustered in space', () => {
    expect([...lib.CATEGORIES].sort()).toEqual([...category.options].sort());
    expect(new Set(events.map((e) => e.category)).size).toBe(5);
    expect(new Set(events.map((e) => e.precision)).size).toBe(4);
    expect(new Set(events.map((e) => e.date.slice(0, 7))).size).toBeGreaterThanOrEqual(15);
    // clustered: a hot spot's 0.5°×0.5° cell holds far more than an even spread would (1000 / 140 ≈ 7)
    const cells = new Map<string, number>();
    for (const e of events) {
      const k = `${Math.floor(e.lon! * 2)},${Math.floor(e.lat! * 2)}`;
      cells.set(k, (cells.get(k) ?? 0) + 1);
    }
    expect(Math.max(...cells.values())).toBeGreaterThan(60);
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify([...lib.generateEvents(1000, 7)])).toBe(JSON.stringify(events));
    expect(JSON.stringify([...lib.generateEvents(1000, 8)])).not.toBe(JSON.stringify(events));
  });

  it('writes GeoJSON that parseEventsGeoJson accepts, chunk by chunk', () => {
    const chunks = [...lib.fileChunks(1000, { seed: 7, chunkChars: 50_000 })];
    expect(chunks.length).toBeGreaterThan(5);
    const r = parseEventsGeoJson(chunks.join(''));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.events).toEqual(parsed);
    expect(r.unmapped).toBe(0);
  });

  it('writes CSV that parseEventsCsv accepts', () => {
    const r = parseEventsCsv(file(1000, { seed: 7, format: 'csv' }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.events).toEqual(parsed);
  });

  it('names files by size', () => {
    expect([1000, 10_000, 100_000, 1_000_000, 2500, 50].map(lib.sizeLabel)).toEqual([
      '1k',
      '10k',
      '100k',
      '1m',
      '2.5k',
      '50',
    ]);
  });
});
