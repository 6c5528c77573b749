import { describe, expect, it } from 'vitest';
import { arPlural } from './plural';
import { ar } from './ar';

const EVENTS = { one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثاً', other: '# حدث' };

describe('Arabic counted nouns', () => {
  it.each([
    [1, 'حدث واحد'],
    [2, 'حدثان'],
    [3, '3 أحداث'],
    [10, '10 أحداث'],
    [11, '11 حدثاً'],
    [99, '99 حدثاً'],
    [100, '100 حدث'],
    [103, '103 أحداث'],
    [1000, '1,000 حدث'],
  ])('%i → %s', (n, want) => {
    expect(arPlural(n, EVENTS)).toBe(want);
  });
  it('the UI strings use them', () => {
    expect(ar.shownOfTotal(3, 5)).toBe('3 من 5 أحداث');
    expect(ar.shownOfTotal(20, 20)).toBe('20 من 20 حدثاً');
    expect(ar.chipCategories(2)).toBe('فئتان');
    expect(ar.dataIssuesTitle(4)).toBe('4 مشكلات في البيانات');
  });
});
