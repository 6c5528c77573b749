import { describe, expect, it } from 'vitest';
import { actionForKey } from './stepKeys';

describe('timeline keys', () => {
  it('left-to-right', () => {
    expect(actionForKey('ArrowRight', 'ltr')).toBe('next');
    expect(actionForKey('ArrowLeft', 'ltr')).toBe('prev');
    expect(actionForKey('Home', 'ltr')).toBe('first');
    expect(actionForKey('End', 'ltr')).toBe('last');
    expect(actionForKey(' ', 'ltr')).toBe('toggle-play');
    expect(actionForKey('a', 'ltr')).toBeNull();
  });
  it('right-to-left mirrors the arrows', () => {
    expect(actionForKey('ArrowLeft', 'rtl')).toBe('next');
    expect(actionForKey('ArrowRight', 'rtl')).toBe('prev');
  });
});
