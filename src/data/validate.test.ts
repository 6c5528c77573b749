import { describe, expect, it } from 'vitest';
import { readPublic } from '../test/storyData';
import { crossCheck, parseEvents, parsePlaces, parseRoutes } from './validate';

const places = readPublic('data/places.json') as { version: 1; places: Record<string, unknown>[] };
const routes = readPublic('data/routes.json') as { version: 1; routes: Record<string, unknown>[] };
const events = readPublic('data/events.json') as { version: 1; events: Record<string, unknown>[] };

const clone = <T>(x: T): T => structuredClone(x);
const FILES = { routes: 'data/routes.json', events: 'data/events.json' };

describe('the shipped data', () => {
  it('passes validation with no issue', () => {
    const d = crossCheck(parsePlaces('p', places), parseRoutes('r', routes), parseEvents('e', events), FILES);
    expect(d.issues).toEqual([]);
    expect(d.places).toHaveLength(places.places.length);
    expect(d.routes).toHaveLength(routes.routes.length);
    expect(d.events).toHaveLength(events.events.length);
  });
});

describe('broken records are reported by file, record and field; the rest is kept', () => {
  it('an impossible date (2026-02-30)', () => {
    const f = clone(events);
    f.events[5]!.date = '2026-02-30';
    const r = parseEvents('data/events.json', f);
    expect(r.records).toHaveLength(f.events.length - 1);
    expect(r.issues).toEqual([
      {
        file: 'data/events.json',
        index: 5,
        recordId: f.events[5]!.id,
        field: 'date',
        problem: { code: 'not-a-day' },
        outcome: 'record-dropped',
      },
    ]);
  });

  it('an event with no source', () => {
    const f = clone(events);
    f.events[0]!.sources = [];
    const r = parseEvents('data/events.json', f);
    expect(r.issues[0]).toMatchObject({
      recordId: 'C1',
      field: 'sources',
      problem: { code: 'no-source' },
    });
  });

  it('an unknown category and a missing Arabic title', () => {
    const f = clone(events);
    f.events[2]!.category = 'rumour';
    (f.events[2]!.title as { ar: string }).ar = 'English only';
    const issues = parseEvents('data/events.json', f).issues;
    expect(issues.map((i) => i.field).sort()).toEqual(['category', 'title.ar']);
    expect(issues.find((i) => i.field === 'title.ar')?.problem).toEqual({ code: 'not-arabic' });
    expect(issues.find((i) => i.field === 'category')?.problem).toEqual({
      code: 'not-an-option',
      options: [
        'base-handover',
        'base-evacuation',
        'convoy-movement',
        'reinforcement',
        'announcement/report',
      ],
    });
  });

  it('a place with out-of-range or missing coordinates and an unknown confidence', () => {
    const f = clone(places);
    f.places[0]!.lat = 123;
    delete f.places[1]!.lon;
    f.places[2]!.confidence = 'certain';
    const r = parsePlaces('data/places.json', f);
    expect(r.records).toHaveLength(f.places.length - 3);
    expect(r.issues.map((i) => `${i.recordId}:${i.field}`)).toEqual([
      `${String(f.places[0]!.id)}:lat`,
      `${String(f.places[1]!.id)}:lon`,
      `${String(f.places[2]!.id)}:confidence`,
    ]);
    expect(r.issues.map((i) => i.problem)).toEqual([
      { code: 'too-big', what: 'number', max: 90, inclusive: true },
      { code: 'missing' },
      { code: 'not-an-option', options: ['high', 'medium', 'low'] },
    ]);
  });

  it('a source URL that is not http(s)', () => {
    const f = clone(events);
    (f.events[3]!.sources as { url: string }[])[0]!.url = 'javascript:alert(1)';
    expect(parseEvents('e', f).issues[0]).toMatchObject({
      field: 'sources.0.url',
      problem: { code: 'bad-url' },
    });
  });

  it('duplicate ids keep the first record', () => {
    const f = clone(places);
    f.places.push(clone(f.places[0]!));
    const r = parsePlaces('p', f);
    expect(r.records).toHaveLength(places.places.length);
    expect(r.issues).toEqual([
      {
        file: 'p',
        index: places.places.length,
        recordId: f.places[0]!.id,
        field: 'id',
        problem: { code: 'duplicate-id', id: f.places[0]!.id },
        outcome: 'record-dropped',
      },
    ]);
  });

  it('a file without the expected wrapper is one file-level issue', () => {
    const r = parseEvents('data/events.json', [1, 2, 3]);
    expect(r.records).toEqual([]);
    expect(r.issues).toEqual([
      {
        file: 'data/events.json',
        index: null,
        recordId: null,
        field: '',
        problem: { code: 'wrong-type', expected: 'object', received: 'array' },
        outcome: 'file-unreadable',
      },
    ]);
    // a wrapper without its version or list names what is missing
    expect(parseEvents('data/events.json', { events: [] }).issues).toEqual([
      expect.objectContaining({ field: 'version', problem: { code: 'missing' } }),
    ]);
  });

  it('a route through an unknown place is left out; events keep everything but the unknown reference', () => {
    const e = clone(events);
    const target = e.events.findIndex((x) => x.id === 'E11');
    (e.events[target]!.places as string[]).push('atlantis');
    const r = clone(routes);
    const convoy = r.routes.findIndex((x) => x.id === 'convoy-qasrak-kri');
    (r.routes[convoy]!.waypoints as string[])[1] = 'nowhere';
    const d = crossCheck(
      parsePlaces('p', places),
      parseRoutes('data/routes.json', r),
      parseEvents('data/events.json', e),
      FILES,
    );
    expect(d.events).toHaveLength(events.events.length);
    expect(d.routes.map((x) => x.id)).not.toContain('convoy-qasrak-kri');
    const e11 = d.events.find((x) => x.id === 'E11')!;
    expect(e11.places).not.toContain('atlantis');
    expect(e11.places).toContain('qasrak');
    // only the leg through the dropped route goes; the onward leg from Qamishli stays
    expect(e11.movements).toEqual([{ route: 'convoy-qamishli-kri', direction: 'forward' }]);
    expect(d.issues).toContainEqual({
      file: 'data/events.json',
      index: target,
      recordId: 'E11',
      field: `places.${(e.events[target]!.places as string[]).length - 1}`,
      problem: { code: 'unknown-place', id: 'atlantis' },
      outcome: 'reference-ignored',
    });
    expect(d.issues).toContainEqual({
      file: 'data/events.json',
      index: target,
      recordId: 'E11',
      field: 'movements.0.route',
      problem: { code: 'unknown-route', id: 'convoy-qasrak-kri' },
      outcome: 'reference-ignored',
    });
    expect(d.issues).toContainEqual({
      file: 'data/routes.json',
      index: convoy,
      recordId: 'convoy-qasrak-kri',
      field: 'waypoints.1',
      problem: { code: 'unknown-place', id: 'nowhere' },
      outcome: 'record-dropped',
    });
  });

  it('events with nothing to drop are kept as they are, not copied (a million imported events: no second million)', () => {
    const e = clone(events);
    (e.events[4]!.places as string[]).push('atlantis');
    const parsed = parseEvents('data/events.json', e);
    const d = crossCheck(parsePlaces('p', places), parseRoutes('r', routes), parsed, FILES);
    d.events.forEach((x, i) => {
      if (i === 4) expect(x).not.toBe(parsed.records[4]);
      else expect(x).toBe(parsed.records[i]);
    });
    expect(d.events[4]!.places).not.toContain('atlantis');
  });

  const crossCheckEvents = (e: typeof events) =>
    crossCheck(parsePlaces('p', places), parseRoutes('r', routes), parseEvents('data/events.json', e), FILES);

  it('an end date before the start drops the event', () => {
    const e = clone(events);
    e.events[2]!.endDate = '2020-01-01';
    const d = crossCheckEvents(e);
    expect(d.events.map((x) => x.id)).not.toContain(e.events[2]!.id);
    expect(d.issues).toEqual([
      expect.objectContaining({
        recordId: e.events[2]!.id,
        field: 'endDate',
        problem: { code: 'end-before-start', date: e.events[2]!.date },
        outcome: 'record-dropped',
      }),
    ]);
  });

  it('an end date before the start drops an event that names no place too (an imported one)', () => {
    const e = clone(events);
    Object.assign(e.events[2]!, { endDate: '2020-01-01', places: [], effects: [], movements: [] });
    const d = crossCheckEvents(e);
    expect(d.events.map((x) => x.id)).not.toContain(e.events[2]!.id);
    expect(d.issues.map((i) => i.problem.code)).toEqual(['end-before-start']);
  });
});
