import { describe, expect, it, vi } from 'vitest';
import { buildStyle } from './style';
import { BASEMAP, ROUTE_COLORS, STATUS_COLORS } from './colors';
import { CATEGORY_COLORS } from '../panels/categoryColors';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('colour contrast (WCAG AA)', () => {
  it('the contrast function agrees with known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('status, category and route colours stand out from the land and the sea at 3:1 (graphical objects)', () => {
    const marks = { ...STATUS_COLORS, ...CATEGORY_COLORS, ...Object.fromEntries(Object.entries(ROUTE_COLORS).filter(([k]) => k !== 'zone')) };
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
