import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';
import { formatDate, formatEventDate, preferredLang } from '.';

describe('dates as the source gives them', () => {
  it('formats the calendar day without shifting by time zone', () => {
    expect(formatDate('2026-02-12', 'en')).toBe('12 Feb 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
  });
  it('shows precision', () => {
    expect(formatDate('2026-02-12', 'en', 'exact±1d')).toBe('12 Feb 2026 (±1)');
    expect(formatDate('2025-05-01', 'en', 'approx-month')).toBe('May 2025');
    expect(formatDate('2026-02-01', 'en', 'approx-week')).toBe('c. 1 Feb 2026');
  });
  it('spans', () => {
    expect(
      formatEventDate({ date: '2025-06-01', endDate: '2025-10-31', precision: 'approx-month' }, 'en'),
    ).toBe('June 2025 – October 2025');
  });
  it('Arabic month names', () => {
    expect(formatDate('2026-02-12', 'ar')).toMatch(/فبراير|شباط/);
  });
});

describe('messages', () => {
  it('Arabic has every English key, in Arabic', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]: [string, unknown]) =>
        v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k],
      );
    // knownCategories translates datasets' own names; English shows them as the data writes them
    const own = (k: string) => !k.startsWith('knownCategories.');
    expect(keys(ar).filter(own).sort()).toEqual(keys(en).filter(own).sort());
    expect(ar.statuses['handed-over']).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('preferredLang', () => {
  it('takes the first preferred language the app speaks, by its base tag', () => {
    expect(preferredLang(['ar-SY', 'en-US'])).toBe('ar');
    expect(preferredLang(['fr-FR', 'en-GB', 'ar'])).toBe('en');
    expect(preferredLang(['de', 'AR'])).toBe('ar');
    expect(preferredLang(['fr'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
