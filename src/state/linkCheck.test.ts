import { describe, expect, it } from 'vitest';
import { checkLink } from './linkCheck';

const known = { events: new Set(['E07']), places: new Set(['qasrak']), routes: new Set(['m4-highway']) };

describe('link check', () => {
  it('a good link has nothing to report', () => {
    expect(checkLink('?event=E07&place=qasrak&from=2026-02-01&to=2026-02-28&cat=base-handover,reinforcement&lang=ar&cam=40,36,7&q=tanf&tab=list', known)).toEqual([]);
  });
  it('reports invalid values, unknown ids and parameters, reversed ranges', () => {
    const r = checkLink('?event=E99&from=2026-02-30&to=2026-01-01&cat=rumour&lang=fr&cam=abc&zzz=1&place=<script>', known);
    expect(r.map((x) => `${x.name}:${x.reason}`)).toEqual([
      'event:not-found',
      'from:invalid',
      'cat:invalid',
      'lang:invalid',
      'cam:invalid',
      'zzz:unknown-param',
      'place:invalid',
    ]);
    expect(checkLink('?from=2026-03-01&to=2026-02-01', known)).toEqual([{ name: 'from/to', value: '2026-03-01 > 2026-02-01', reason: 'reversed' }]);
  });
  it('shortens very long values', () => {
    const [r] = checkLink(`?q=${'x'.repeat(5000)}`, known);
    expect(r!.value.length).toBeLessThanOrEqual(61);
  });
});
