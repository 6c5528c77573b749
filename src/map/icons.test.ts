import { describe, expect, it } from 'vitest';
import { iconImage } from './icons';
import { SHAPES } from '../theme/shapes';

const alphaAt = (img: ReturnType<typeof iconImage>, x: number, y: number) =>
  img.data[(y * img.width + x) * 4 + 3]!;

describe('SDF symbols', () => {
  it.each(SHAPES)('%s is opaque at its centre and transparent at the corners', (shape) => {
    const img = iconImage(shape);
    const c = img.width / 2;
    expect(alphaAt(img, c, c)).toBeGreaterThan(192);
    expect(alphaAt(img, 0, 0)).toBe(0);
    expect(alphaAt(img, img.width - 1, img.height - 1)).toBe(0);
  });
  it('shapes differ from one another', () => {
    const sigs = SHAPES.map((s) => iconImage(s).data.join(','));
    expect(new Set(sigs).size).toBe(SHAPES.length);
  });
});
