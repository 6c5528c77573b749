import { describe, expect, it } from 'vitest';
import { insetsFromRects } from './overlays';

const map = { left: 0, top: 56, right: 1440, bottom: 900 };
const box = (left: number, top: number, w: number, h: number) => ({ left, top, right: left + w, bottom: top + h });

describe('what covers the map', () => {
  it('charges each panel to the edge it costs least: side panel, legend, timeline, zoom buttons', () => {
    const insets = insetsFromRects(map, [
      box(12, 68, 380, 300), // a short card in the side panel: still the left edge, not the top
      box(1178, 68, 250, 480), // legend, top right
      box(0, 732, 1440, 168), // timeline
      box(1400, 620, 30, 90), // zoom buttons above the timeline
    ]);
    expect(insets).toEqual({ left: 392, right: 262, top: 0, bottom: 168 });
  });

  it('a closed legend button in a corner is charged to the top, where it costs least', () => {
    expect(insetsFromRects(map, [box(1300, 68, 128, 44)])).toEqual({ left: 0, right: 0, top: 56, bottom: 0 });
  });

  it('on a phone the sheet and the timeline are charged to the bottom, the zoom buttons to the side', () => {
    const phone = { left: 0, top: 52, right: 390, bottom: 844 };
    const insets = insetsFromRects(phone, [box(0, 844 - 190 - 300, 390, 300), box(0, 844 - 190, 390, 190), box(346, 400, 44, 100)]);
    expect(insets).toEqual({ left: 0, right: 44, top: 0, bottom: 490 });
  });

  it('ignores what lies outside the map, and clips what straddles its edge', () => {
    expect(insetsFromRects(map, [box(0, 0, 1440, 56)])).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
    expect(insetsFromRects(map, [box(-100, 100, 300, 700)])).toMatchObject({ left: 200 });
  });
});
