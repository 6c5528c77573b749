/**
 * Map symbols drawn in code as signed-distance-field images, so one image per shape can be
 * tinted by status (icon-color) and haloed. No sprite sheet, no request.
 * Encoding follows MapLibre's SDF convention: alpha = 255 · (0.75 − d / 8), d = signed distance in px.
 */
import type { IconShape } from '../theme/shapes';

const SIZE = 48; // image pixels (pixelRatio 2 → 24 CSS px)
const R = 13; // half-size of the shape in image pixels

function sdf(shape: IconShape, x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  switch (shape) {
    case 'circle':
      return Math.hypot(x, y) - R;
    case 'square': {
      const s = R * 0.85;
      const qx = ax - s;
      const qy = ay - s;
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
    }
    case 'diamond':
      return (ax + ay - R * 1.1) / Math.SQRT2;
    case 'cross': {
      // an × of two bars
      const u = Math.abs((x + y) / Math.SQRT2);
      const v = Math.abs((x - y) / Math.SQRT2);
      const bar = (a: number, b: number) => {
        const qx = a - R;
        const qy = b - R * 0.28;
        return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
      };
      return Math.min(bar(u, v), bar(v, u));
    }
    case 'triangle':
      return triangle(x, y + R * 0.2, R * 1.15);
    case 'arrow':
      // a triangle pointing right (rotated by the line's direction on the map)
      return triangle(-y, -x, R * 0.8);
  }
}

/** Equilateral triangle pointing up (screen y grows downward), side-length parameter r. */
function triangle(x: number, y: number, r: number): number {
  const k = Math.sqrt(3);
  let px = Math.abs(x) - r;
  let py = -y + r / k;
  if (px + k * py > 0) {
    const nx = (px - k * py) / 2;
    const ny = (-k * px - py) / 2;
    px = nx;
    py = ny;
  }
  px -= Math.min(Math.max(px, -2 * r), 0);
  return -Math.hypot(px, py) * Math.sign(py);
}

export function iconImage(shape: IconShape): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(SIZE * SIZE * 4);
  const c = SIZE / 2;
  for (let j = 0; j < SIZE; j++) {
    for (let i = 0; i < SIZE; i++) {
      const d = sdf(shape, i + 0.5 - c, j + 0.5 - c);
      const a = Math.max(0, Math.min(255, Math.round(255 * (0.75 - d / 8))));
      const o = (j * SIZE + i) * 4;
      data[o] = 255;
      data[o + 1] = 255;
      data[o + 2] = 255;
      data[o + 3] = a;
    }
  }
  return { width: SIZE, height: SIZE, data };
}

export const ICON_PIXEL_RATIO = 2;
