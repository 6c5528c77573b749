import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../schema';
import { parseEventsFile } from './detect';
import { encodeEvents, packColumns, transferables } from './eventColumns';
import { decodeEvents } from './eventViews';

const example = (f: string) => readFileSync(resolve(__dirname, '../../../public/examples', f), 'utf8');
const story = JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/events.json'), 'utf8')) as {
  events: StoryEvent[];
};

/** As the page receives it: a structured clone, the codes' buffers moved. */
const handedOver = (events: readonly StoryEvent[]) => {
  const c = packColumns(encodeEvents(events));
  return decodeEvents(structuredClone(c, { transfer: transferables(c) }));
};

describe('events as columns: what the page receives is what the worker made', () => {
  const files = [
    'acled-sample.csv',
    'acled-api-sample.csv',
    'ucdp-ged-sample.csv',
    'gdelt-sample.CSV',
    'events-example.csv',
    'timemap-sample.json',
    'events-example.geojson',
  ];
  for (const f of files) {
    it(f, () => {
      const { events } = parseEventsFile(f, example(f));
      expect(events.length).toBeGreaterThan(0);
      expect(handedOver(events)).toStrictEqual(events);
    });
  }

  it("the story's own events, with their effects, movements, disputes and places", () => {
    expect(story.events.length).toBeGreaterThan(10);
    expect(handedOver(story.events)).toStrictEqual(story.events);
  });

  it('keeps absent fields absent, empty attributes empty, and zero and negative numbers', () => {
    const base = story.events[0]!;
    const { lon: _lon, lat: _lat, attributes: _a, uncertaintyKm: _u, ...bare } = base;
    const events: StoryEvent[] = [
      { ...bare, id: 'a', lon: 0, lat: -33.5, uncertaintyKm: 2 },
      { ...bare, id: 'b', attributes: {} },
      { ...bare, id: 'c', attributes: { fatalities: 0, actor: 'X', note: '' } },
      { ...bare, id: 'd', attributes: { actor: 'X' } },
      { ...bare, id: 'e' },
    ];
    const back = handedOver(events);
    expect(back).toStrictEqual(events);
    expect('lon' in back[1]!).toBe(false);
    expect('attributes' in back[4]!).toBe(false);
  });

  it('sends each repeated value once, and the buffers are moved, not copied', () => {
    const { events } = parseEventsFile('acled-sample.csv', example('acled-sample.csv'));
    const c = encodeEvents(events);
    const outlets = new Set(events.map((e) => JSON.stringify(e.sources)));
    expect(c.fields.sources!.values.length - 1).toBe(outlets.size);
    const countries = new Set(events.map((e) => e.attributes?.country));
    expect(c.attributes.country!.values.length - 1).toBe(countries.size);
    const buffers = transferables(c);
    structuredClone(c, { transfer: buffers });
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
  });

  it('an empty slice', () => {
    expect(handedOver([])).toStrictEqual([]);
  });
});
