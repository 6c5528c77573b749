/** Web Mercator in 0..1 (y down, as tiles count): where the point tiles and the GPU dots put a point. */

/** Longitude → Web Mercator x in 0..1. */
export const mercatorX = (lon: number): number => lon / 360 + 0.5;

/** Latitude → Web Mercator y in 0..1 (down, as tiles count). */
export function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85.051129, Math.min(85.051129, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}

/** Longitude, latitude → Web Mercator x, y in 0..1 (y down, as tiles count). */
export function mercator(lon: number, lat: number): [number, number] {
  return [mercatorX(lon), mercatorY(lat)];
}
