import { describe, expect, it, vi } from 'vitest';
import { buildStyle } from './style';
import { BASEMAP, CATEGORY_COLORS, ROUTE_COLORS, STATUS_COLORS } from '../theme/colors';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** CIELAB ΔE (1976) between two #rrggbb colours: about 2 is just noticeable, 30 clearly another colour. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const [x, y, z] = [
      (r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047,
      r * 0.2126 + g * 0.7152 + bl * 0.0722,
      (r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883,
    ];
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('categories and statuses are told apart', () => {
  it('no event category colour is near a base status colour, or another category', () => {
    const cats = Object.entries(CATEGORY_COLORS);
    for (const [cat, c] of cats) {
      for (const [status, s] of Object.entries(STATUS_COLORS))
        expect(deltaE(c, s), `${cat} vs ${status}`).toBeGreaterThanOrEqual(30);
      for (const [other, o] of cats)
        if (other !== cat) expect(deltaE(c, o), `${cat} vs ${other}`).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('colour contrast (WCAG AA)', () => {
  it('the contrast function agrees with known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('status, category and route colours stand out from the land and the sea at 3:1 (graphical objects)', () => {
    const marks = {
      ...STATUS_COLORS,
      ...CATEGORY_COLORS,
      ...Object.fromEntries(Object.entries(ROUTE_COLORS).filter(([k]) => k !== 'zone')),
    };
    for (const [name, c] of Object.entries(marks)) {
      expect(contrast(c, BASEMAP.land), `${name} on land`).toBeGreaterThanOrEqual(3);
      expect(contrast(c, BASEMAP.focusLand), `${name} on Syria`).toBeGreaterThanOrEqual(3);
    }
  });
  it('every map label colour reaches 4.5:1 against its halo', () => {
    vi.stubGlobal('document', { baseURI: 'https://example.org/' }); // the style resolves its data URLs
    const style = buildStyle('en');
    vi.unstubAllGlobals();
    let checked = 0;
    for (const layer of style.layers) {
      if (layer.type !== 'symbol' || !layer.paint?.['text-color']) continue;
      const text = layer.paint['text-color'] as string;
      const halo = (layer.paint['text-halo-color'] as string) ?? '#ffffff';
      expect(contrast(text, halo), layer.id).toBeGreaterThanOrEqual(4.5);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});
