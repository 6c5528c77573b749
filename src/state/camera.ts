/**
 * The camera in the URL: `cam=lon,lat,zoom,bearing,pitch` (the last two optional).
 * Values are clamped to what the map allows; anything that does not parse is ignored.
 */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export const CAMERA_LIMITS = { minZoom: 3, maxZoom: 12, maxPitch: 60 };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const NUM = /^-?\d+(\.\d+)?$/;

export function parseCamera(s: string): Camera | null {
  if (s.length > 80) return null;
  const parts = s.split(',');
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => NUM.test(p))) return null;
  const [lon, lat, zoom, bearing = 0, pitch = 0] = parts.map(Number) as [
    number,
    number,
    number,
    number?,
    number?,
  ];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85) return null;
  return {
    lon,
    lat,
    zoom: clamp(zoom, CAMERA_LIMITS.minZoom, CAMERA_LIMITS.maxZoom),
    bearing: wrapBearing(bearing),
    pitch: clamp(pitch, 0, CAMERA_LIMITS.maxPitch),
  };
}

const r = (v: number, d: number) => String(Number(v.toFixed(d)));

/** A bearing in [-180, 180); values already in range are returned untouched (no float drift). */
function wrapBearing(b: number): number {
  return b >= -180 && b < 180 ? b : ((((b + 180) % 360) + 360) % 360) - 180;
}

export function serializeCamera(c: Camera): string {
  const base = `${r(c.lon, 4)},${r(c.lat, 4)},${r(c.zoom, 2)}`;
  // wrap after rounding: 179.96 rounds to 180, which is written as -180
  const bearing = wrapBearing(Number(c.bearing.toFixed(1)));
  const pitch = Number(c.pitch.toFixed(1));
  return bearing === 0 && pitch === 0 ? base : `${base},${bearing},${pitch}`;
}

/** Two cameras are the same view within URL precision. */
export function sameCamera(a: Camera, b: Camera): boolean {
  return serializeCamera(a) === serializeCamera(b);
}
