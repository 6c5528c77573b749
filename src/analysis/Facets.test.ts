/**
 * The column filters as markup (server-rendered, no browser): roles, labels, the data's words in
 * their own direction, counts, and the errors' words in both languages. Behaviour in a browser is
 * e2e/facets.spec.ts.
 */
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Facet, NumberAttribute } from '../derive/facets';
import { messagesFor } from '../i18n';
import { ViewStateProvider } from '../state/viewState';
import { Facets, type ColumnFilters } from './Facets';

const facets: Facet[] = [
  { name: 'disorder_type', values: ['Political violence', 'Demonstrations'], present: 11 },
  { name: 'المحافظة', values: ['حلب', 'الرقة', 'Deir ez-Zor', 'a', 'b', 'c', 'd', 'e', 'f'], present: 9 },
];
const numbers: NumberAttribute[] = [{ name: 'fatalities', min: 0, max: 4, integer: true, present: 10 }];
const columns = (over: Partial<ColumnFilters> = {}): ColumnFilters => ({
  facets,
  numbers,
  counts: new Map([
    [
      'disorder_type',
      new Map([
        ['Political violence', 7],
        ['Demonstrations', 0],
      ]),
    ],
    ['المحافظة', new Map([['حلب', 1234]])],
  ]),
  shownFacets: null,
  shownRanges: null,
  total: 11,
  setFacet: () => {},
  setNumberRange: () => {},
  ...over,
});
// (vitest runs *.test.ts: no JSX here)
const render = (c: ColumnFilters, search = '') =>
  renderToStaticMarkup(
    createElement(NuqsTestingAdapter, {
      searchParams: search,
      children: createElement(ViewStateProvider, { children: createElement(Facets, c) }),
    }),
  );

describe('column filters', () => {
  it('a labelled group; up to three columns start open, each a checklist with counts', () => {
    const html = render(columns({ numbers: [] }));
    expect(html).toContain('role="group" aria-labelledby="facets-h"');
    expect(html).toContain('Filter by column');
    expect(html.match(/<details[^>]* open=""/g)).toHaveLength(2);
    expect(html).toContain('<legend class="sr-only" dir="auto">disorder_type</legend>');
    expect(html).toMatch(
      /<input type="checkbox"\/><span dir="auto" class="facet__label">Political violence<\/span> <span class="cat__n">7<\/span>/,
    );
    expect(html).toContain('facet__value is-empty'); // Demonstrations: none among the other filters
    expect(html).toContain('>1,234<');
    // nine values: a search box named for its column
    expect(html).toContain('type="search"');
    expect(html).toContain('aria-label="Search the values of \u2068المحافظة\u2069"');
  });

  it('more columns start folded, except the ones in use', () => {
    const html = render(
      columns({
        numbers: [...numbers, { name: 'best', min: 1, max: 9, integer: true, present: 11 }],
        shownFacets: new Map([['المحافظة', new Set(['حلب'])]]),
      }),
      '?lang=ar',
    );
    expect(html.match(/<details/g)).toHaveLength(4);
    expect(html.match(/<details[^>]* open=""/g)).toHaveLength(1);
    expect(html).toContain('المختار: 1');
    expect(html).toContain(
      '<input type="checkbox" checked=""/><span dir="auto" class="facet__label">حلب</span>',
    );
  });

  it('a number column in use shows its range and the data’s span, in Arabic too', () => {
    const html = render(
      columns({ facets: [], shownRanges: new Map([['fatalities', { min: 1, max: null }]]) }),
      '?lang=ar',
    );
    expect(html).toContain('1 أو أكثر');
    expect(html).toContain('لا يقل عن');
    expect(html).toContain('في البيانات: من 0 إلى 4.');
    expect(html).toContain('تُستبعد الأحداث التي ليس لها قيمة'); // 10 of 11 events have a value
    expect(html).toMatch(/inputMode="decimal"[^>]*placeholder="0"[^>]*value="1"/);
  });

  it('no columns: nothing rendered', () => {
    expect(render(columns({ facets: [], numbers: [] }))).toBe('');
  });

  it('the errors read in both languages', () => {
    for (const lang of ['en', 'ar'] as const) {
      const t = messagesFor(lang);
      expect(t.numberInvalid('1,5')).toContain('1,5');
      expect(t.numberMinAboveMax('4')).toContain('4');
      expect(t.numberMaxBelowMin('1')).toContain('1');
    }
  });
});
