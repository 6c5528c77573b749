import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script shared with the CLI
import { generateEvents } from '../../../scripts/gen-events-lib.mjs';
import { parseEventsFile } from './detect';

describe('synthetic events', () => {
  it('1,000 generated events validate, deterministically', () => {
    const gen = (seed: number) => [...(generateEvents as (n: number, s: number) => Iterable<unknown>)(1000, seed)];
    const text = JSON.stringify({ type: 'FeatureCollection', features: gen(7) });
    const r = parseEventsFile('synthetic.geojson', text);
    expect(r.errors).toEqual([]);
    expect(r.events).toHaveLength(1000);
    expect(r.unmapped).toBe(0);
    expect(JSON.stringify(gen(7))).toBe(JSON.stringify(gen(7)));
    expect(JSON.stringify(gen(8))).not.toBe(JSON.stringify(gen(7)));
  });
});
