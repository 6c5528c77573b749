import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations, shared with the CLI
import * as untyped from '../../../scripts/gen-events-lib.mjs';
import { importedEvent, type StoryEvent } from '../schema';
import { encodeEvents, packColumns, transferables, type EventColumns } from './eventColumns';
import { attributeOf, eventViews, plainEvent } from './eventViews';

const { generateEvents } = untyped as { generateEvents: (n: number, seed?: number) => Iterable<StoryEvent> };

/** 1,000 synthetic events (own titles and links) with an ACLED-like note and a repeated actor. */
const events: StoryEvent[] = [...generateEvents(1000, 3)].map((e, i) =>
  importedEvent.parse({
    ...e,
    attributes: { note: `Note ${i}: ${'x'.repeat(i % 7)}`, actor: `Actor ${i % 5}`, fatalities: i % 3 },
  }),
);

/** As the page receives a slice: packed, a structured clone with its buffers moved. */
const received = (c: EventColumns) => {
  const packed = packColumns(c);
  return structuredClone(packed, { transfer: transferables(packed) });
};
const viewsOf = (c: EventColumns) => {
  const view = eventViews(c);
  return Array.from({ length: c.length }, (_, i) => view(i));
};

describe('events read from their columns (views)', () => {
  it('packs the columns whose values hardly repeat, and no other', () => {
    const c = received(encodeEvents(events));
    expect(c.fields.title!.packed).toMatchObject({ json: true });
    expect(c.fields.sources!.packed).toMatchObject({ json: true });
    expect(c.attributes.note!.packed).toMatchObject({ json: false });
    expect(c.fields.title!.values).toEqual([]);
    // the core's columns (dates, categories), repeated values and numbers stay lists
    for (const k of ['date', 'category', 'precision', 'summary'])
      expect(c.fields[k]?.packed, k).toBeUndefined();
    expect(c.attributes.actor!.packed).toBeUndefined();
    expect(c.attributes.fatalities!.packed).toBeUndefined();
    // the page holds one string per packed column, not a thousand values
    expect(c.fields.title!.packed!.text).toContain('Synthetic event 1000');
  });

  it('each view reads as the event it stands for, field for field', () => {
    const views = viewsOf(received(encodeEvents(events)));
    expect(views.map(plainEvent)).toStrictEqual(events);
    const e = events[41]!;
    const v = views[41]!;
    expect(v.id).toBe(e.id);
    expect(v.title).toEqual(e.title);
    expect(v.sources).toEqual(e.sources);
    expect(v.attributes).toEqual(e.attributes);
    expect(v.endDate).toBe(e.endDate);
    expect(JSON.parse(JSON.stringify(v))).toEqual(JSON.parse(JSON.stringify(e)));
    // an absent field reads undefined
    const noEnd = views.find((x) => x.endDate === undefined)!;
    expect(plainEvent(noEnd)).not.toHaveProperty('endDate');
  });

  it('in a small slice nothing is packed, and the views still read the same', () => {
    const c = received(encodeEvents(events.slice(0, 100)));
    expect(Object.values(c.fields).some((f) => f.packed)).toBe(false);
    expect(viewsOf(c).map(plainEvent)).toStrictEqual(events.slice(0, 100));
  });

  it('events without their own place or attributes, and one with empty attributes', () => {
    const { lon: _lon, lat: _lat, attributes: _a, ...bare } = events[0]!;
    const list: StoryEvent[] = Array.from({ length: 600 }, (_, i) =>
      i === 5 ? { ...bare, id: `b${i}`, attributes: {} } : { ...bare, id: `b${i}`, title: { en: `T ${i}` } },
    );
    const views = viewsOf(received(encodeEvents(list)));
    expect(views[0]!.lon).toBeUndefined();
    expect(views[0]!.attributes).toBeUndefined();
    expect(views[5]!.attributes).toEqual({});
    expect(views.map(plainEvent)).toStrictEqual(list);
  });

  it('a plain event is its own plain event', () => {
    expect(plainEvent(events[0]!)).toBe(events[0]);
  });
});

describe('one attribute of an event', () => {
  it('a view reads the column; a plain event its own key; neither finds an inherited name', () => {
    const views = viewsOf(received(encodeEvents(events)));
    for (const i of [0, 7, 999]) {
      expect(attributeOf(views[i]!, 'note')).toBe(events[i]!.attributes!.note);
      expect(attributeOf(views[i]!, 'fatalities')).toBe(events[i]!.attributes!.fatalities);
      expect(attributeOf(events[i]!, 'actor')).toBe(events[i]!.attributes!.actor);
    }
    expect(attributeOf(views[0]!, 'constructor')).toBeUndefined();
    expect(attributeOf(events[0]!, 'constructor')).toBeUndefined();
    expect(attributeOf(views[0]!, 'missing')).toBeUndefined();
  });
});
