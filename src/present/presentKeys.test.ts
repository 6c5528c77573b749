import { describe, expect, it } from 'vitest';
import { presentActionForKey } from './presentKeys';

describe('presentation keys', () => {
  it('steps like a slide clicker', () => {
    expect(presentActionForKey('PageDown', 'ltr')).toBe('next');
    expect(presentActionForKey('PageUp', 'ltr')).toBe('prev');
    expect(presentActionForKey(' ', 'ltr')).toBe('next');
    expect(presentActionForKey('ArrowRight', 'ltr')).toBe('next');
    expect(presentActionForKey('ArrowLeft', 'ltr')).toBe('prev');
    expect(presentActionForKey('Escape', 'ltr')).toBe('exit');
    expect(presentActionForKey('a', 'ltr')).toBeNull();
  });
  it('arrows follow the reading direction in Arabic; clicker keys do not change', () => {
    expect(presentActionForKey('ArrowLeft', 'rtl')).toBe('next');
    expect(presentActionForKey('ArrowRight', 'rtl')).toBe('prev');
    expect(presentActionForKey('PageDown', 'rtl')).toBe('next');
  });
});
