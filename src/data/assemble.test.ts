import { describe, expect, it } from 'vitest';
import { readPublic } from '../test/storyData';
import { assembleStory, DATA_FILES } from './assemble';
import { sortEvents } from './order';
import { event as eventSchema } from './schema';
import { crossCheck, parseEvents, parsePlaces, parseRoutes } from './validate';

type File<K extends string> = { version: 1 } & Record<K, Record<string, unknown>[]>;
const places = readPublic('data/places.json') as File<'places'>;
const routes = readPublic('data/routes.json') as File<'routes'>;
const events = readPublic('data/events.json') as File<'events'>;
const clone = <T>(x: T): T => structuredClone(x);

describe('assembleStory', () => {
  it('assembles the shipped files with no issue, every record kept, the events in date order', () => {
    const d = assembleStory({ places: { json: places }, routes: { json: routes }, events: { json: events } });
    expect(d.issues).toEqual([]);
    expect(d.places).toHaveLength(places.places.length);
    expect(d.routes).toHaveLength(routes.routes.length);
    expect(d.events).toHaveLength(events.events.length);
    expect(d.events).toEqual(sortEvents(d.events));
  });

  it('is parse, cross-check and sort, as each caller did it before: records, issues and order', () => {
    const e = clone(events);
    e.events.reverse();
    e.events[0]!.date = '2026-02-30';
    (e.events[1]!.places as string[]).push('atlantis');
    const r = clone(routes);
    (r.routes[0]!.waypoints as unknown[] | undefined)?.splice(0, 1, 'nowhere');
    const p = clone(places);
    p.places[0]!.lat = 123;
    const old = crossCheck(
      parsePlaces(DATA_FILES.places, p),
      parseRoutes(DATA_FILES.routes, r),
      parseEvents(DATA_FILES.events, e),
      { routes: DATA_FILES.routes, events: DATA_FILES.events },
    );
    const d = assembleStory({ places: { json: p }, routes: { json: r }, events: { json: e } });
    expect(d).toEqual({ ...old, events: sortEvents(old.events) });
    expect(d.issues.length).toBeGreaterThanOrEqual(3);
  });

  it('reads text as JSON; a file that is not JSON is a file-level issue, listed first, and the rest loads', () => {
    const text = (x: unknown) => ({ text: JSON.stringify(x) });
    expect(assembleStory({ places: text(places), routes: text(routes), events: text(events) })).toEqual(
      assembleStory({ places: { json: places }, routes: { json: routes }, events: { json: events } }),
    );

    const d = assembleStory({
      places: text(places),
      routes: { text: '{"version":1,"routes":[' },
      events: text(events),
    });
    expect(d.routes).toEqual([]);
    expect(d.places).toHaveLength(places.places.length);
    expect(d.events).toHaveLength(events.events.length);
    expect(d.issues[0]).toMatchObject({
      file: 'data/routes.json',
      index: null,
      recordId: null,
      field: '',
      outcome: 'file-unreadable',
    });
    expect(d.issues[0]!.problem).toEqual({ code: 'not-json', detail: expect.any(String) as string });
    // the events that named a route keep everything but the reference
    expect(d.issues.slice(1).length).toBeGreaterThan(0);
    for (const i of d.issues.slice(1))
      expect(i).toMatchObject({ file: 'data/events.json', outcome: 'reference-ignored' });
  });

  it('cross-checks records validated elsewhere (an import) under the import’s name, without parsing them again', () => {
    const story = assembleStory({
      places: { json: places },
      routes: { json: routes },
      events: { json: events },
    });
    const imported = [
      eventSchema.parse({ ...events.events[3], id: 'late', date: '2026-06-01', places: ['atlantis'] }),
      eventSchema.parse({ ...events.events[3], id: 'early', date: '2020-01-01' }),
    ];
    const d = assembleStory(
      { places: { records: story.places }, routes: { records: story.routes }, events: { records: imported } },
      { ...DATA_FILES, events: 'mine.csv' },
    );
    expect(d.places).toEqual(story.places);
    expect(d.routes).toEqual(story.routes);
    expect(d.events.map((e) => e.id)).toEqual(['early', 'late']);
    expect(d.issues).toEqual([
      {
        file: 'mine.csv',
        index: 0,
        recordId: 'late',
        field: `places.${imported[0]!.places.length - 1}`,
        problem: { code: 'unknown-place', id: 'atlantis' },
        outcome: 'reference-ignored',
      },
    ]);
  });

  it('imported records already in order are kept in their order; others are sorted', () => {
    const story = assembleStory({
      places: { json: places },
      routes: { json: routes },
      events: { json: events },
    });
    const late = eventSchema.parse({ ...events.events[3], id: 'late', date: '2026-06-01' });
    const early = eventSchema.parse({ ...events.events[3], id: 'early', date: '2020-01-01' });
    const files = (ordered?: boolean) => ({
      places: { records: story.places },
      routes: { records: story.routes },
      events: { records: [early, late], ...(ordered !== undefined && { ordered }) },
    });
    const d = assembleStory(files(true));
    expect(d.events.map((e) => e.id)).toEqual(['early', 'late']);
    // the caller vouches for the order: it is not checked again
    const vouched = assembleStory({ ...files(true), events: { records: [late, early], ordered: true } });
    expect(vouched.events.map((e) => e.id)).toEqual(['late', 'early']);
    const sorted = assembleStory({ ...files(), events: { records: [late, early] } });
    expect(sorted.events.map((e) => e.id)).toEqual(['early', 'late']);
  });

  it('an ordered import kept whole is the same list (its core goes with it); a dropped event makes a new list', () => {
    const story = assembleStory({
      places: { json: places },
      routes: { json: routes },
      events: { json: events },
    });
    const base = { ...events.events[3], places: [], effects: [], movements: [] };
    const list = ['a', 'b', 'c'].map((id, i) =>
      eventSchema.parse({ ...base, id, date: `2026-01-0${i + 1}` }),
    );
    const files = (records: typeof list) => ({
      places: { records: story.places },
      routes: { records: story.routes },
      events: { records, ordered: true },
    });
    const whole = assembleStory(files(list));
    expect(whole.events).toBe(list);
    expect(whole.issues).toEqual([]);
    // an event ending before it starts is dropped: a new list, the given one untouched
    const bad = eventSchema.parse({ ...base, id: 'b', date: '2026-01-05', endDate: '2026-01-01' });
    const withBad = [list[0]!, bad, list[2]!];
    const d = assembleStory(files(withBad));
    expect(d.events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(withBad.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(d.issues).toMatchObject([{ index: 1, recordId: 'b', outcome: 'record-dropped' }]);
  });
});
