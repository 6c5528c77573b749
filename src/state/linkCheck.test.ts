import { describe, expect, it } from 'vitest';
import { checkLink } from './linkCheck';
import { parseAsCategories, parseAsFacets, parseAsRanges } from './params';

const known = {
  events: new Set(['E07']),
  places: new Set(['qasrak']),
  routes: new Set(['m4-highway']),
  categories: new Set(['base-handover', 'reinforcement', 'announcement/report']),
  facets: new Map([
    ['disorder_type', new Set(['Political violence', 'Demonstrations'])],
    ['نوع العنف', new Set(['اشتباك، مسلح', '50% done'])],
  ]),
  numbers: new Set(['fatalities', 'best']),
};

describe('link check', () => {
  it('a good link has nothing to report', () => {
    expect(
      checkLink(
        '?event=E07&place=qasrak&from=2026-02-01&to=2026-02-28&cat=base-handover,reinforcement&lang=ar&cam=40,36,7&q=tanf&tab=list',
        known,
      ),
    ).toEqual([]);
  });
  it('reports invalid values, unknown ids and parameters, reversed ranges', () => {
    const r = checkLink(
      '?event=E99&from=2026-02-30&to=2026-01-01&cat=rumour&lang=fr&cam=abc&zzz=1&place=<script>',
      known,
    );
    expect(r.map((x) => `${x.name}:${x.reason}`)).toEqual([
      'event:not-found',
      'from:invalid',
      'cat:not-found',
      'lang:invalid',
      'cam:invalid',
      'zzz:unknown-param',
      'place:invalid',
    ]);
    expect(checkLink('?from=2026-03-01&to=2026-02-01', known)).toEqual([
      { name: 'from/to', value: '2026-03-01 > 2026-02-01', reason: 'reversed' },
    ]);
  });
  it('knows the presentation, layer and version parameters', () => {
    expect(checkLink('?mode=present&pace=6&hide=routes,labels&v=1', known)).toEqual([]);
    expect(checkLink('?mode=embed&pace=2&hide=events&v=1', known)).toEqual([]);
    expect(checkLink('?pace=60', known)).toEqual([]);
    const bad = checkLink('?mode=slides&pace=1&hide=routes,bogus&v=2', known);
    expect(bad).toEqual([
      { name: 'mode', value: 'slides', reason: 'invalid' },
      { name: 'pace', value: '1', reason: 'invalid' },
      { name: 'hide', value: 'routes,bogus', reason: 'invalid' },
      { name: 'v', value: '2', reason: 'invalid' },
    ]);
    for (const pace of ['1', '6x', '999', '61', '0', '', '-6', '6.5', ' 6', '1e1']) {
      expect(checkLink(`?pace=${encodeURIComponent(pace)}`, known), pace).toEqual([
        { name: 'pace', value: pace, reason: 'invalid' },
      ]);
    }
  });
  it('a list is valid only if every item is (nuqs itself would drop the bad ones) and it is not empty', () => {
    for (const q of [
      'cat=',
      'cat=base-handover,',
      'cat=,',
      'hide=',
      'hide=,',
      'hide=routes,bogus',
      'hide=routes%252Clabels',
    ]) {
      expect(
        checkLink(`?${q}`, known).map((x) => x.reason),
        q,
      ).toEqual(['invalid']);
    }
    expect(checkLink('?cat=announcement%2Freport,reinforcement&hide=zone,zone', known)).toEqual([]);
  });
  it('a category the data lacks is reported by name, the ones it has are not', () => {
    expect(checkLink('?cat=base-handover,rumour,Battles', known)).toEqual([
      { name: 'cat', value: 'rumour, Battles', reason: 'not-found' },
    ]);
  });
  it("any dataset's category names fit in the list, commas and percent signs included", () => {
    const names = ['Battles', 'Explosions/Remote violence', 'Riots, looting', '50% done', 'معارك'];
    const text = parseAsCategories.serialize(names);
    expect(text.split(',')).toHaveLength(names.length);
    expect(parseAsCategories.parse(text)).toEqual(names);
  });
  it('prototype names are unknown parameters, not checks', () => {
    for (const name of ['hasOwnProperty', '__proto__', 'constructor', 'toString']) {
      expect(checkLink(`?${name}=1`, known), name).toEqual([{ name, value: '1', reason: 'unknown-param' }]);
    }
  });
  it('shortens very long values', () => {
    const [r] = checkLink(`?q=${'x'.repeat(5000)}`, known);
    expect(r!.value.length).toBeLessThanOrEqual(61);
  });
  it('facets and number ranges the data has are used silently', () => {
    const fv = parseAsFacets.serialize([
      { name: 'disorder_type', values: ['Demonstrations'] },
      { name: 'نوع العنف', values: ['اشتباك، مسلح', '50% done'] },
    ]);
    const fr = parseAsRanges.serialize([{ name: 'fatalities', min: 1, max: null }]);
    expect(checkLink(`?${new URLSearchParams({ fv, fr })}`, known)).toEqual([]);
  });
  it('an attribute or a value the data lacks is reported by name, not silently applied as nothing', () => {
    const fv = parseAsFacets.serialize([
      { name: 'disorder_type', values: ['Demonstrations', 'Riots'] },
      { name: 'actor1', values: ['X'] },
      { name: 'fatalities', values: ['3'] }, // a number attribute is not a facet
    ]);
    const fr = parseAsRanges.serialize([
      { name: 'best', min: 0, max: 10 },
      { name: 'deaths, civilians', min: 1, max: null },
      { name: 'disorder_type', min: 1, max: null }, // a facet is not a number
    ]);
    expect(checkLink(`?${new URLSearchParams({ fv, fr })}`, known)).toEqual([
      { name: 'fv', value: 'disorder_type: Riots, actor1, fatalities', reason: 'not-found' },
      { name: 'fr', value: 'deaths, civilians, disorder_type', reason: 'not-found' },
    ]);
  });
  it('an unreadable facet or range value is invalid as a whole', () => {
    expect(checkLink('?fv=2;disorder_type:Demonstrations&fr=1;fatalities:5..1', known)).toEqual([
      { name: 'fv', value: '2;disorder_type:Demonstrations', reason: 'invalid' },
      { name: 'fr', value: '1;fatalities:5..1', reason: 'invalid' },
    ]);
  });
});
