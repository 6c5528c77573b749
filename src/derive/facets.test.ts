import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventsFile } from '../data/io/detect';
import { sortEvents } from '../data/order';
import type { StoryEvent } from '../data/schema';
import { NO_FILTER, type FacetFilter } from '../state/filter';
import {
  datasetAttributes,
  facetCodes,
  facetCounts,
  FACET_RULES,
  subsetCodes,
  matchesFacets,
  usableFacets,
  usableRanges,
} from './facets';
import { filterEvents } from './filters';
import { buildTimeIndex, eventsInRange, positionsInRange } from './timeIndex';

const example = (file: string) =>
  sortEvents(
    parseEventsFile(file, readFileSync(resolve(__dirname, '../../public/examples', file), 'utf8')).events,
  );

/** A bare event with these attributes, on day `day` of January 2026. */
function ev(i: number, attributes?: Record<string, string | number>, day = 1 + (i % 28)): StoryEvent {
  return {
    id: `e${i}`,
    date: `2026-01-${String(day).padStart(2, '0')}`,
    precision: 'exact',
    category: 'Battles',
    title: { en: `event ${i}` },
    summary: { en: '' },
    places: [],
    effects: [],
    movements: [],
    disputes: [],
    context: false,
    sources: [{ url: 'https://example.org' }],
    ...(attributes ? { attributes } : {}),
  } as unknown as StoryEvent;
}
const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name);
const ids = (es: readonly StoryEvent[]) => es.map((e) => e.id);

describe('which columns are facets, which are numbers', () => {
  it('ACLED: labels and codes are facets, fatalities a number; one-value columns are neither', () => {
    const a = datasetAttributes(example('acled-sample.csv'));
    expect(names(a.facets)).toEqual(
      expect.arrayContaining(['disorder_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'inter1']),
    );
    for (const single of ['iso', 'region', 'country', 'civilian_targeting', 'timestamp'])
      expect([...names(a.facets), ...names(a.numbers)], single).not.toContain(single);
    expect(a.numbers).toEqual([{ name: 'fatalities', min: 0, max: 4, integer: true, present: 11 }]);
    const disorder = a.facets.find((f) => f.name === 'disorder_type')!;
    expect(disorder.present).toBe(11);
    expect(disorder.values).toHaveLength(3);
  });

  it('UCDP GED: the sides and areas are facets, best/low/high numbers', () => {
    const a = datasetAttributes(example('ucdp-ged-sample.csv'));
    expect(names(a.facets)).toEqual(expect.arrayContaining(['side_a', 'side_b', 'adm_1']));
    expect(names(a.numbers)).toEqual(expect.arrayContaining(['best', 'low', 'high', 'deaths_civilians']));
  });

  it('GDELT: actor names are facets, tone and Goldstein scale numbers (not whole)', () => {
    const a = datasetAttributes(example('gdelt-sample.CSV'));
    expect(names(a.facets)).toEqual(expect.arrayContaining(['Actor1Name', 'Actor2Name']));
    expect(a.numbers.find((n) => n.name === 'GoldsteinScale')).toMatchObject({ min: -10, integer: false });
  });

  it('values are ordered by how many events have them, then by name', () => {
    const events = ['b', 'a', 'c', 'c', 'b', 'c'].map((v, i) => ev(i, { x: v }));
    expect(datasetAttributes(events).facets[0]!.values).toEqual(['c', 'b', 'a']);
  });

  it('too many values, an id, long text, a rare column, blanks and a constant are not facets', () => {
    const events = Array.from({ length: 100 }, (_, i) =>
      ev(i, {
        many: `v${i % 51}`,
        fifty: `v${i % 50}`,
        id: `ID-${i}`,
        notes: i % 2 ? 'short' : 'x'.repeat(FACET_RULES.maxLength + 1),
        ...(i < 4 ? { rare: `r${i % 2}` } : {}),
        ...(i < 5 ? { fivePercent: `r${i % 2}` } : {}),
        blankish: i % 2 ? '  ' : 'only',
        constant: 'same',
        mixed: i % 2 ? 1 : 'one',
        n: i % 3,
        nConst: 7,
      }),
    );
    const a = datasetAttributes(events);
    expect(names(a.facets)).toEqual(['fifty', 'fivePercent', 'mixed']);
    expect(names(a.numbers)).toEqual(['n']);
  });

  it('a few rows: every column with 2+ values is offered, even when each value differs', () => {
    const events = Array.from({ length: 5 }, (_, i) => ev(i, { actor: `A${i}` }));
    expect(names(datasetAttributes(events).facets)).toEqual(['actor']);
  });
});

describe('facet and number filters', () => {
  const events = [
    ev(0, { type: 'Battles', admin1: 'Aleppo', fatalities: 0 }),
    ev(1, { type: 'Riots', admin1: 'Aleppo', fatalities: 3 }),
    ev(2, { type: 'Battles', admin1: 'Idlib', fatalities: 10 }),
    ev(3, { type: 'Protests', admin1: 'Idlib' }),
    ev(4, { admin1: 'Aleppo', fatalities: 1 }),
    ev(5),
  ];
  const facets = (o: Record<string, string[]>): FacetFilter =>
    new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));

  it('OR within a facet, AND across facets; an event without the attribute is left out', () => {
    const f = (o: Record<string, string[]>) => ids(filterEvents(events, { ...NO_FILTER, facets: facets(o) }));
    expect(f({ type: ['Battles', 'Riots'] })).toEqual(['e0', 'e1', 'e2']);
    expect(f({ type: ['Battles', 'Riots'], admin1: ['Idlib'] })).toEqual(['e2']);
    expect(f({ admin1: ['Aleppo'] })).toEqual(['e0', 'e1', 'e4']);
  });

  it('a number range is inclusive, open at a null end, and leaves out events without the number', () => {
    const f = (min: number | null, max: number | null) =>
      ids(filterEvents(events, { ...NO_FILTER, ranges: new Map([['fatalities', { min, max }]]) }));
    expect(f(1, 3)).toEqual(['e1', 'e4']);
    expect(f(1, null)).toEqual(['e1', 'e2', 'e4']);
    expect(f(null, 0)).toEqual(['e0']);
  });

  it('names are looked up as own keys (a column called constructor or __proto__ is just a column)', () => {
    const e = ev(9, { other: 'x' });
    expect(matchesFacets(e, facets({ constructor: ['function Object() { [native code] }'] }))).toBe(false);
    const proto: FacetFilter = new Map([['__proto__', new Set(['[object Object]'])]]);
    expect(matchesFacets(e, proto)).toBe(false);
    const named = ev(10, JSON.parse('{"__proto__":"yes"}') as Record<string, string>);
    expect(matchesFacets(named, new Map([['__proto__', new Set(['yes'])]]))).toBe(true);
  });

  it('a link’s selections the data cannot use are dropped; none left means no filter', () => {
    const a = datasetAttributes(events);
    expect(usableFacets(facets({ type: ['Riots', 'Looting'], actor1: ['X'] }), a.facets)).toEqual(
      facets({ type: ['Riots'] }),
    );
    expect(usableFacets(facets({ type: ['Looting'] }), a.facets)).toBeNull();
    expect(usableFacets(new Map(), a.facets)).toBeNull();
    const r = new Map([
      ['fatalities', { min: 1, max: null }],
      ['best', { min: 1, max: null }],
    ]);
    expect(usableRanges(r, a.numbers)).toEqual(new Map([['fatalities', { min: 1, max: null }]]));
    expect(usableRanges(new Map([['type', { min: 1, max: null }]]), a.numbers)).toBeNull();
  });
});

describe('facet counts', () => {
  const VALUES = ['a', 'b', 'c', 'ب'];
  const anyEvents = fc
    .array(
      fc.record({
        day: fc.integer({ min: 1, max: 28 }),
        span: fc.integer({ min: 0, max: 5 }),
        x: fc.option(fc.constantFrom(...VALUES), { nil: undefined }),
        y: fc.option(fc.constantFrom(...VALUES), { nil: undefined }),
        z: fc.option(fc.constantFrom('p', 'q'), { nil: undefined }),
      }),
      { minLength: 4, maxLength: 60 },
    )
    .map((rows) =>
      sortEvents(
        rows.map((r, i) => {
          const attrs: Record<string, string> = {};
          for (const k of ['x', 'y', 'z'] as const) if (r[k] !== undefined) attrs[k] = r[k];
          const e = ev(i, attrs, r.day);
          const end = Math.min(28, r.day + r.span);
          return end > r.day ? { ...e, endDate: `2026-01-${String(end).padStart(2, '0')}` } : e;
        }),
      ),
    );
  const anySelection = fc.dictionary(
    fc.constantFrom('x', 'y', 'z'),
    fc.uniqueArray(fc.constantFrom(...VALUES, 'p', 'q'), { minLength: 1 }),
  );
  const anyDay = fc.option(fc.integer({ min: 1, max: 28 }), { nil: null });
  const iso = (d: number | null) => (d === null ? null : `2026-01-${String(d).padStart(2, '0')}`);

  it('each facet counts the events in the range that pass every other facet (as a scan would)', () => {
    fc.assert(
      fc.property(anyEvents, anySelection, anyDay, anyDay, (events, sel, d1, d2) => {
        const [from, to] = d1 !== null && d2 !== null && d1 > d2 ? [iso(d2), iso(d1)] : [iso(d1), iso(d2)];
        const { facets } = datasetAttributes(events);
        const selection = usableFacets(new Map(Object.entries(sel).map(([k, v]) => [k, new Set(v)])), facets);
        const ix = buildTimeIndex(events);
        const { lo, hi, before } = positionsInRange(ix, from, to);
        const counts = facetCounts(facetCodes(events, facets), selection, { lo, hi, extra: before });
        const inRange = eventsInRange(ix, from, to).toArray();
        for (const f of facets) {
          const others = new Map([...(selection ?? [])].filter(([k]) => k !== f.name));
          const passing = filterEvents(inRange, { ...NO_FILTER, facets: others });
          for (const v of f.values) {
            const expected = passing.filter((e) => e.attributes?.[f.name] === v).length;
            expect(counts.get(f.name)!.get(v), `${f.name}=${v}`).toBe(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a subset’s codes gathered from the whole dataset’s are the codes of the subset', () => {
    fc.assert(
      fc.property(anyEvents, fc.constantFrom('p', 'q'), (events, drop) => {
        const { facets } = datasetAttributes(events);
        const all = facetCodes(events, facets);
        expect(subsetCodes(all, events)).toBe(all);
        const subset = events.filter((e) => e.attributes?.z !== drop);
        const gathered = subsetCodes(all, subset);
        const direct = facetCodes(subset, facets);
        expect(gathered.events).toBe(subset);
        expect(gathered.codes).toEqual(direct.codes);
      }),
      { numRuns: 200 },
    );
  });

  it('the ACLED sample: picking a disorder type leaves its own counts whole and narrows the others', () => {
    const events = example('acled-sample.csv');
    const { facets } = datasetAttributes(events);
    const pick = new Map([['disorder_type', new Set(['Demonstrations'])]]);
    const all = { lo: 0, hi: events.length, extra: [] };
    const before = facetCounts(facetCodes(events, facets), null, all);
    const after = facetCounts(facetCodes(events, facets), pick, all);
    expect(after.get('disorder_type')).toEqual(before.get('disorder_type'));
    const demonstrations = before.get('disorder_type')!.get('Demonstrations')!;
    const admin1 = [...after.get('admin1')!.values()].reduce((a, b) => a + b, 0);
    expect(admin1).toBe(demonstrations);
    expect(filterEvents(events, { ...NO_FILTER, facets: pick })).toHaveLength(demonstrations);
  });
});
