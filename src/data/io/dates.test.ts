import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cachedDateParser,
  dateReader,
  inferDateFormat,
  inferDecimalComma,
  parseDate,
  parseExcelSerial,
  parseNumber,
  westernDigits,
} from './dates';

const D = '2026-02-21';

describe('parseDate', () => {
  it('ISO days, with or without a time (the day written, never shifted to UTC)', () => {
    for (const t of [
      '2026-02-21',
      ' 2026-02-21 ',
      '2026-2-21',
      '2026/02/21',
      '2026.02.21',
      '2026-02-21T10:00:00Z',
      '2026-02-21T23:30:00-05:00',
      '2026-02-21T00:15:00.000+03:00',
      '2026-02-21 10:00',
      '2026-02-21 10:00:00.000',
    ])
      expect(parseDate(t, 'dmy'), t).toBe(D);
  });

  it('year-last numbers: the order decides, and a reading that is no real day is null', () => {
    for (const t of ['21/02/2026', '21-02-2026', '21.02.2026', '21/2/2026', '21/02/2026 10:00'])
      expect(parseDate(t, 'dmy'), t).toBe(D);
    for (const t of ['02/21/2026', '2/21/2026', '02-21-2026', '2/21/2026 4:30 PM'])
      expect(parseDate(t, 'mdy'), t).toBe(D);
    expect(parseDate('01/02/2026', 'dmy')).toBe('2026-02-01');
    expect(parseDate('01/02/2026', 'mdy')).toBe('2026-01-02');
    // month 21 is not a month: never swapped to make it fit
    expect(parseDate('02/21/2026', 'dmy')).toBeNull();
    expect(parseDate('21/02/2026', 'mdy')).toBeNull();
    // a year-first column reads nothing else
    expect(parseDate('21/02/2026', 'ymd')).toBeNull();
    // mixed separators are not a date
    expect(parseDate('21/02-2026', 'dmy')).toBeNull();
  });

  it('GDELT SQLDATE (YYYYMMDD)', () => {
    expect(parseDate('20260221', 'ymd')).toBe(D);
    expect(parseDate('20260230', 'ymd')).toBeNull();
    expect(parseDate('2026022', 'ymd')).toBeNull();
  });

  it('English month names, full and short, in any case and order', () => {
    for (const t of [
      '21 February 2026',
      '21 february 2026',
      '21 FEB 2026',
      '21 Feb 2026',
      '21 Feb. 2026',
      'February 21, 2026',
      'Feb 21 2026',
      '21-Feb-2026',
      '2026 February 21',
      'Saturday, 21 February 2026',
      'Sat 21st of February 2026',
      'the 21st of February, 2026',
      '21 February 2026 10:00',
      '21 February 2026, 10:00',
    ])
      expect(parseDate(t, 'dmy'), t).toBe(D);
    expect(parseDate('3 Sept 2026', 'mdy')).toBe('2026-09-03');
    expect(parseDate('1 May 2026', 'ymd')).toBe('2026-05-01');
  });

  it('Arabic month names: Levantine, Egyptian/Gulf and Maghreb, with either digits', () => {
    for (const t of [
      '21 شباط 2026',
      '٢١ شباط ٢٠٢٦',
      '21 فبراير 2026',
      '٢١ فبراير ٢٠٢٦',
      '21 فيفري 2026',
      '21 شباط/فبراير 2026',
      '21 شباط (فبراير) 2026',
      'السبت 21 شباط 2026',
      'السبت، ٢١ شباط ٢٠٢٦',
      '21 شباط عام 2026',
      '21 شباط 2026م',
      '\u200f21 فبراير 2026\u200f',
    ])
      expect(parseDate(t, 'dmy'), t).toBe(D);
    expect(parseDate('3 كانون الثاني 2026', 'dmy')).toBe('2026-01-03');
    expect(parseDate('3 كانون ثاني 2026', 'dmy')).toBe('2026-01-03');
    expect(parseDate('3 كانون الأول 2025', 'dmy')).toBe('2025-12-03');
    expect(parseDate('3 تشرين الأول 2025', 'dmy')).toBe('2025-10-03');
    expect(parseDate('3 تشرين الاول 2025', 'dmy')).toBe('2025-10-03');
    expect(parseDate('3 تشرين الثاني 2025', 'dmy')).toBe('2025-11-03');
    expect(parseDate('١ آذار ٢٠٢٦', 'dmy')).toBe('2026-03-01');
    expect(parseDate('1 اذار 2026', 'dmy')).toBe('2026-03-01');
    expect(parseDate('9 أيار 2026', 'dmy')).toBe('2026-05-09');
    expect(parseDate('9 آب 2026', 'dmy')).toBe('2026-08-09');
    expect(parseDate('9 إبريل 2026', 'dmy')).toBe('2026-04-09');
    expect(parseDate('9 أبريل 2026', 'dmy')).toBe('2026-04-09');
    expect(parseDate('9 يونيه 2026', 'dmy')).toBe('2026-06-09');
    expect(parseDate('9 غشت 2026', 'dmy')).toBe('2026-08-09');
    expect(parseDate('9 جويلية 2026', 'dmy')).toBe('2026-07-09');
    // كانون alone is not a month
    expect(parseDate('3 كانون 2026', 'dmy')).toBeNull();
    // two names that disagree
    expect(parseDate('21 شباط/مارس 2026', 'dmy')).toBeNull();
  });

  it('Arabic-Indic digits anywhere', () => {
    expect(parseDate('٢٠٢٦-٠٢-٢١', 'ymd')).toBe(D);
    expect(parseDate('۲۰۲۶-۰۲-۲۱', 'ymd')).toBe(D);
    expect(parseDate('٢١/٠٢/٢٠٢٦', 'dmy')).toBe(D);
    expect(parseDate('٢٠٢٦٠٢٢١', 'ymd')).toBe(D);
    expect(westernDigits('٣٦٫٧ ۴')).toBe('36٫7 4');
  });

  it('refuses what it could only guess, and what is no real day', () => {
    for (const t of [
      '',
      '  ',
      'yesterday',
      '21/02/26',
      'Feb 2026',
      '21 Febuary 2026',
      '2026-02-30',
      '2026-13-01',
      '2025-02-29',
      '30 February 2026',
      '21 Feb 26',
      '21 Feb 2026 12',
      '46074',
      '0999-01-01',
      '2026-02-21 noon',
    ])
      expect(parseDate(t, 'dmy'), t).toBeNull();
    expect(parseDate('2024-02-29', 'ymd')).toBe('2024-02-29');
    expect(parseDate('2000-02-29', 'ymd')).toBe('2000-02-29');
    expect(parseDate('1900-02-29', 'ymd')).toBeNull();
  });

  it('never throws, and what it returns is always a real YYYY-MM-DD day', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('dmy' as const, 'mdy' as const, 'ymd' as const), (s, o) => {
        const d = parseDate(s, o);
        if (d !== null) {
          expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
        }
      }),
    );
  });

  it('every real day written every way reads back the same', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (dt) => {
          const iso = dt.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          const long = dt.toLocaleDateString('en-GB', {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          });
          const us = dt.toLocaleDateString('en-US', {
            month: 'short',
            day: 'numeric',
            year: 'numeric',
            timeZone: 'UTC',
          });
          expect(parseDate(`${d}/${m}/${y}`, 'dmy')).toBe(iso);
          expect(parseDate(`${m}/${d}/${y}`, 'mdy')).toBe(iso);
          expect(parseDate(`${y}${m}${d}`, 'ymd')).toBe(iso);
          expect(parseDate(long, 'ymd')).toBe(iso);
          expect(parseDate(us, 'ymd')).toBe(iso);
        },
      ),
    );
  });
});

describe('parseExcelSerial', () => {
  it('the 1900 date system, with its 29 February 1900 that never was', () => {
    expect(parseExcelSerial('46074')).toBe(D);
    expect(parseExcelSerial('46074.75')).toBe(D);
    expect(parseExcelSerial('٤٦٠٧٤')).toBe(D);
    expect(parseExcelSerial('1')).toBe('1900-01-01');
    expect(parseExcelSerial('59')).toBe('1900-02-28');
    expect(parseExcelSerial('60')).toBeNull();
    expect(parseExcelSerial('61')).toBe('1900-03-01');
    expect(parseExcelSerial('0')).toBeNull();
    expect(parseExcelSerial('-3')).toBeNull();
    expect(parseExcelSerial('2958465')).toBe('9999-12-31');
    expect(parseExcelSerial('2958466')).toBeNull();
    expect(parseExcelSerial('4.6e4')).toBeNull();
    expect(parseExcelSerial('2026-02-21')).toBeNull();
  });
});

describe('inferDateFormat', () => {
  it('the form most values have', () => {
    expect(inferDateFormat(['2026-02-21', '2026-02-22T10:00', ''])).toEqual({ kind: 'iso', share: 1 });
    expect(inferDateFormat(['20260221', '20260301'])).toEqual({ kind: 'compact', share: 1 });
    expect(inferDateFormat(['21 February 2026', '٢ آذار ٢٠٢٦', '3 Mar 2026'])).toEqual({
      kind: 'month-name',
      share: 1,
    });
    expect(inferDateFormat(['46074', '46075', '46100'])).toEqual({ kind: 'excel-serial', share: 1 });
  });

  it('day or month first, decided by the values that prove it', () => {
    expect(inferDateFormat(['01/02/2026', '21/02/2026', '03/03/2026'])).toEqual({
      kind: 'numeric',
      order: 'dmy',
      share: 1,
    });
    expect(inferDateFormat(['01/02/2026', '02/21/2026'])).toEqual({
      kind: 'numeric',
      order: 'mdy',
      share: 1,
    });
    expect(inferDateFormat(['21.02.2026', '1.3.2026'])).toEqual({ kind: 'numeric', order: 'dmy', share: 1 });
  });

  it('ambiguous when every value could be either: never a guess', () => {
    expect(inferDateFormat(['01/02/2026', '03/04/2026'])).toEqual({ kind: 'ambiguous', share: 1 });
    // the same day either way proves nothing either
    expect(inferDateFormat(['01/01/2026', '05/05/2026']).kind).toBe('ambiguous');
    expect(dateReader({ kind: 'ambiguous', share: 1 })).toBeNull();
  });

  it('a mixed column: the order that reads more wins, its share showing the rest; a tie is ambiguous', () => {
    const mixed = inferDateFormat(['21/02/2026', '22/02/2026', '02/23/2026']);
    expect(mixed).toEqual({ kind: 'numeric', order: 'dmy', share: 2 / 3 });
    expect(inferDateFormat(['21/02/2026', '02/23/2026']).kind).toBe('ambiguous');
  });

  it('share is the part of the non-empty values the reader reads', () => {
    const inf = inferDateFormat(['2026-02-21', '2026-02-22', '2026-02-23', 'unknown', '']);
    expect(inf).toEqual({ kind: 'iso', share: 3 / 4 });
    // a stray year-last date in a year-first column is refused, not guessed
    const read = dateReader(inf);
    expect(read?.('01/02/2026')).toBeNull();
    expect(read?.('2026-02-21')).toBe(D);
  });

  it('not dates', () => {
    expect(inferDateFormat([])).toEqual({ kind: 'none', share: 0 });
    expect(inferDateFormat(['', ' '])).toEqual({ kind: 'none', share: 0 });
    expect(inferDateFormat(['Raqqa', 'Hasakah', 'Deir ez-Zor'])).toEqual({ kind: 'none', share: 0 });
    expect(inferDateFormat(['12', '7', '0'])).toEqual({ kind: 'none', share: 0 });
    // five-digit numbers outside the plausible serial range are counts, not days
    expect(inferDateFormat(['12000', '95000']).kind).toBe('none');
    // fewer than half readable
    expect(inferDateFormat(['2026-02-21', 'x', 'y'])).toEqual({ kind: 'none', share: 1 / 3 });
  });

  it('each convention has its reader', () => {
    expect(dateReader({ kind: 'excel-serial', share: 1 })?.('46074')).toBe(D);
    expect(dateReader({ kind: 'numeric', order: 'mdy', share: 1 })?.('02/21/2026')).toBe(D);
    expect(dateReader({ kind: 'month-name', share: 1 })?.('21 شباط 2026')).toBe(D);
    expect(dateReader({ kind: 'none', share: 0 })).toBeNull();
  });
});

describe('cachedDateParser', () => {
  it('reads as parseDate does', () => {
    const read = cachedDateParser('dmy');
    for (const t of ['21/02/2026', '21/02/2026', 'x', 'x', '21 February 2026'])
      expect(read(t)).toBe(parseDate(t, 'dmy'));
  });
});

describe('parseNumber', () => {
  it('plain decimals', () => {
    expect(parseNumber('36.7062', false)).toBe(36.7062);
    expect(parseNumber(' -0.5 ', false)).toBe(-0.5);
    expect(parseNumber('+40', false)).toBe(40);
    expect(parseNumber('.5', false)).toBe(0.5);
    expect(parseNumber('5.', false)).toBe(5);
    expect(parseNumber('-1.5E-3', false)).toBe(-0.0015);
    expect(parseNumber('12', true)).toBe(12);
  });

  it('decimal commas only when the column uses them', () => {
    expect(parseNumber('36,7062', true)).toBe(36.7062);
    expect(parseNumber('-0,5', true)).toBe(-0.5);
    expect(parseNumber('36,7062', false)).toBeNull();
    // in a decimal-comma column a dot groups thousands: refused
    expect(parseNumber('36.7062', true)).toBeNull();
  });

  it('no thousands separators, whatever the flag', () => {
    for (const t of ['1,234.5', '1.234,5', '1 234', '1٬234', '1,234,567'])
      for (const dc of [false, true]) expect(parseNumber(t, dc), `${t} ${dc}`).toBeNull();
  });

  it('Arabic-Indic digits, the Arabic decimal separator, the minus sign', () => {
    expect(parseNumber('٣٦٫٧٠٦٢', false)).toBe(36.7062);
    expect(parseNumber('٣٦٫٧٠٦٢', true)).toBe(36.7062);
    expect(parseNumber('۴۰', false)).toBe(40);
    expect(parseNumber('\u2212' + '0.5', false)).toBe(-0.5);
    expect(parseNumber('٣٦٫٧,١', true)).toBeNull();
  });

  it('not numbers', () => {
    for (const t of [
      '',
      ' ',
      'north',
      '12abc',
      'NaN',
      'Infinity',
      '-Infinity',
      '0x10',
      '1e999',
      '--1',
      '1-',
      '.',
      'e5',
    ])
      expect(parseNumber(t, false), t).toBeNull();
  });
});

describe('inferDecimalComma', () => {
  it('decides by the values that prove a convention', () => {
    expect(inferDecimalComma(['36,7062', '40,1', '12'])).toBe(true);
    expect(inferDecimalComma(['36.7062', '40.1'])).toBe(false);
    expect(inferDecimalComma(['12', '13'])).toBe(false);
    expect(inferDecimalComma([])).toBe(false);
    // three digits after a comma may be thousands: proves nothing
    expect(inferDecimalComma(['1,234', '5,678'])).toBe(false);
    expect(inferDecimalComma(['0,234', '5,678'])).toBe(true);
    expect(inferDecimalComma(['1,234', '36,70'])).toBe(true);
    expect(inferDecimalComma(['٣٦,٧٠٦٢'])).toBe(true);
    // more dots than commas
    expect(inferDecimalComma(['36,7062', '40.1', '41.25'])).toBe(false);
  });
});
