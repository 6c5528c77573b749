import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editRangeEnd, formatTypedDate, parseTypedDate } from './typedDate';

const date = (iso: string) => ({ kind: 'date', iso });

describe('typed dates', () => {
  it('reads day, month, year with any separator, and eight digits in a row', () => {
    for (const s of [
      '01/02/2026',
      '1/2/2026',
      '01 02 2026',
      '1.2.2026',
      '1-2-2026',
      '01022026',
      ' 1 / 2 / 2026 ',
    ]) {
      expect(parseTypedDate(s), s).toEqual(date('2026-02-01'));
    }
  });

  it('reads ISO dates and month names in English and Arabic, and Arabic-Indic digits', () => {
    expect(parseTypedDate('2026-02-01')).toEqual(date('2026-02-01'));
    expect(parseTypedDate('1 Feb 2026')).toEqual(date('2026-02-01'));
    expect(parseTypedDate('18 April 2025')).toEqual(date('2025-04-18'));
    expect(parseTypedDate('1 شباط 2026')).toEqual(date('2026-02-01'));
    expect(parseTypedDate('١ كانون الثاني ٢٠٢٦')).toEqual(date('2026-01-01'));
    expect(parseTypedDate('12 كانون الأول 2025')).toEqual(date('2025-12-12'));
  });

  it('a date typed digit by digit is incomplete until its year has four digits (nothing half-typed applies)', () => {
    const typed = '02 01 2026';
    const seen = [...typed].map((_, i) => parseTypedDate(typed.slice(0, i + 1)).kind);
    expect(seen.slice(0, -1).every((k) => k === 'incomplete')).toBe(true);
    expect(parseTypedDate(typed)).toEqual(date('2026-01-02'));
    expect(parseTypedDate('0201202')).toEqual({ kind: 'incomplete' });
  });

  it('an impossible date is reported as such', () => {
    for (const s of [
      '31/02/2026',
      '29/02/2025',
      '1/13/2026',
      '0/1/2026',
      '1/2/20266',
      '123/1/2026',
      '1/2/3/2026',
    ]) {
      expect(parseTypedDate(s).kind, s).toBe('impossible');
    }
    expect(parseTypedDate('29/02/2024')).toEqual(date('2024-02-29'));
  });

  it('empty and non-dates', () => {
    expect(parseTypedDate('  ')).toEqual({ kind: 'empty' });
    expect(parseTypedDate('soon')).toEqual({ kind: 'incomplete' });
  });

  it('what the field shows reads back as the same day, for any day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseTypedDate(formatTypedDate(iso))).toEqual(date(iso));
        },
      ),
    );
  });
});

describe('setting one end of the range', () => {
  const r = { first: 100, last: 200, lo: 120, hi: 180 };
  it('moves only that end', () => {
    expect(editRangeEnd('lo', 130, r)).toEqual({ kind: 'range', lo: 130, hi: 180, clamped: null });
    expect(editRangeEnd('hi', 150, r)).toEqual({ kind: 'range', lo: 120, hi: 150, clamped: null });
  });
  it('clamps a day outside the data and says which end', () => {
    expect(editRangeEnd('lo', 50, r)).toEqual({ kind: 'range', lo: 100, hi: 180, clamped: 'start' });
    expect(editRangeEnd('hi', 999, r)).toEqual({ kind: 'range', lo: 120, hi: 200, clamped: 'end' });
  });
  it('refuses an end that crosses the other (does not swap them)', () => {
    expect(editRangeEnd('lo', 190, r)).toEqual({ kind: 'reversed' });
    expect(editRangeEnd('hi', 110, r)).toEqual({ kind: 'reversed' });
  });
});
