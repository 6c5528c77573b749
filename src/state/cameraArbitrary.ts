/** Test support (fast-check): cameras as they appear in URLs. Used by the property tests only. */
import fc from 'fast-check';
import { CAMERA_LIMITS, type Camera } from './camera';

/** lon/lat to 4 decimals, zoom to 2, bearing and pitch to 1: what serializeCamera writes. */
export const urlCamera: fc.Arbitrary<Camera> = fc
  .record({
    lon: fc.integer({ min: -1_800_000, max: 1_800_000 }),
    lat: fc.integer({ min: -850_000, max: 850_000 }),
    zoom: fc.integer({ min: CAMERA_LIMITS.minZoom * 100, max: CAMERA_LIMITS.maxZoom * 100 }),
    bearing: fc.integer({ min: -1800, max: 1799 }),
    pitch: fc.integer({ min: 0, max: CAMERA_LIMITS.maxPitch * 10 }),
  })
  .map((c) => ({
    lon: c.lon / 1e4,
    lat: c.lat / 1e4,
    zoom: c.zoom / 100,
    bearing: c.bearing / 10,
    pitch: c.pitch / 10,
  }));
