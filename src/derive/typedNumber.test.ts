import { describe, expect, it } from 'vitest';
import { parseTypedNumber } from './typedNumber';

const value = (s: string) => {
  const r = parseTypedNumber(s);
  return r.kind === 'number' ? r.value : r.kind;
};

describe('typed numbers', () => {
  it('reads Latin and Arabic-Indic digits, a point or ٫ for decimals, either minus', () => {
    expect(value('12')).toBe(12);
    expect(value(' 2.5 ')).toBe(2.5);
    expect(value('-6.5')).toBe(-6.5);
    expect(value('−3')).toBe(-3);
    expect(value('١٢')).toBe(12);
    expect(value('۱۲٫۵')).toBe(12.5);
    expect(value('٣.٥')).toBe(3.5);
    expect(value('.5')).toBe(0.5);
    expect(value('5.')).toBe(5);
    expect(value('007')).toBe(7);
    expect(Object.is(value('-0'), 0)).toBe(true);
  });
  it('empty, a start of a number, or not a number', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    for (const s of ['-', '.', '-.']) expect(value(s), s).toBe('incomplete');
    for (const s of [
      '1,5',
      '1,000',
      '1 000',
      'abc',
      '1e3',
      '--1',
      '1-',
      '1.2.3',
      'Infinity',
      'NaN',
      '0x10',
      '+1',
      '٫٫',
    ])
      expect(value(s), s).toBe('invalid');
    expect(value('9'.repeat(400))).toBe('invalid'); // beyond any double
  });
});
