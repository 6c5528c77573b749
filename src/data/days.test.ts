import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay } from './days';

describe('days', () => {
  it('round-trips calendar dates, including leap days', () => {
    for (const d of ['1970-01-01', '2024-02-29', '2026-02-12', '2026-12-31'])
      expect(isoOfDay(dayNumber(d))).toBe(d);
    expect(dayNumber('2026-02-12') - dayNumber('2026-02-11')).toBe(1);
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});
