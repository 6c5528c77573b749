import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMERA_LIMITS, parseCamera, sameCamera, serializeCamera, type Camera } from './camera';
import { urlCamera } from './cameraArbitrary';

describe('camera in the URL', () => {
  it('round-trips', () => {
    const c = { lon: 40.512, lat: 36.7062, zoom: 7.25, bearing: 12.5, pitch: 30 };
    expect(parseCamera(serializeCamera(c))).toEqual(c);
    expect(serializeCamera({ ...c, bearing: 0, pitch: 0 })).toBe('40.512,36.7062,7.25');
  });
  it('clamps zoom and pitch, wraps bearing', () => {
    expect(parseCamera('40,36,99')).toMatchObject({ zoom: 12 });
    expect(parseCamera('40,36,-5')).toMatchObject({ zoom: 3 });
    expect(parseCamera('40,36,7,190,80')).toMatchObject({ bearing: -170, pitch: 60 });
  });
  it('ignores what does not parse or is out of the world', () => {
    for (const bad of [
      '',
      'abc',
      '40,36',
      '40,36,7,0,0,0',
      '200,36,7',
      '40,91,7',
      '40,36,7e2',
      'NaN,1,2',
      '<script>',
      '1'.repeat(100),
    ]) {
      expect(parseCamera(bad), bad).toBeNull();
    }
  });
});

const num = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(0, 3, 12, 60, 85, -85, 180, -180, 360, -360, 1e6),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    ),
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: 0, max: 8 }),
  )
  .map(([x, dx, digits]) => (x + dx / 1e4).toFixed(digits)); // offsets uniform in ±0.1 (fc.double favours tiny ones)
const camLike = fc.oneof(
  fc.array(num, { minLength: 1, maxLength: 7 }).map((p) => p.join(',')),
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', ',', 'e', '+', ' ', 'x') }),
  fc.string(),
);

describe('camera properties', () => {
  it('parsing never throws and anything parsed lies within the limits', () => {
    fc.assert(
      fc.property(camLike, (s) => {
        const c = parseCamera(s);
        if (c === null) return;
        expect(Object.values(c).every(Number.isFinite), s).toBe(true);
        expect(Math.abs(c.lon)).toBeLessThanOrEqual(180);
        expect(Math.abs(c.lat)).toBeLessThanOrEqual(85);
        expect(c.zoom).toBeGreaterThanOrEqual(CAMERA_LIMITS.minZoom);
        expect(c.zoom).toBeLessThanOrEqual(CAMERA_LIMITS.maxZoom);
        expect(c.bearing).toBeGreaterThanOrEqual(-180);
        expect(c.bearing).toBeLessThan(180);
        expect(c.pitch).toBeGreaterThanOrEqual(0);
        expect(c.pitch).toBeLessThanOrEqual(CAMERA_LIMITS.maxPitch);
        // whatever was read is written as something short that reads again
        const written = serializeCamera(c);
        expect(written.length).toBeLessThanOrEqual(80);
        expect(parseCamera(written), written).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('a camera at URL precision round-trips exactly and is written identically', () => {
    fc.assert(
      fc.property(urlCamera, (c) => {
        const written = serializeCamera(c);
        const back = parseCamera(written)!;
        // exact: an in-range bearing is not re-wrapped (no float drift)
        expect(back).toEqual(c);
        expect(serializeCamera(back)).toBe(written);
      }),
      { numRuns: 1000 },
    );
  });

  it('any camera within the limits is written stably', () => {
    const d = (min: number, max: number) => fc.double({ min, max, noNaN: true });
    const camera = fc.record({
      lon: d(-180, 180),
      lat: d(-85, 85),
      zoom: d(CAMERA_LIMITS.minZoom, CAMERA_LIMITS.maxZoom),
      bearing: fc.double({ min: -180, max: 180, maxExcluded: true, noNaN: true }),
      pitch: d(0, CAMERA_LIMITS.maxPitch),
    });
    fc.assert(
      fc.property(camera, (c) => {
        const back = parseCamera(serializeCamera(c));
        expect(back).not.toBeNull();
        expect(sameCamera(back!, c)).toBe(true);
        expect(serializeCamera(back!)).toBe(serializeCamera(c));
      }),
      { numRuns: 1000 },
    );
  });

  // serializeCamera rounds the bearing to 0.1: a bearing just below 180 rounds to 180, which must
  // be written wrapped (-180), or it reads back as a different view.
  it('a bearing that rounds to 180 reads back as the same camera', () => {
    for (const bearing of [179.96, 179.99, 180]) {
      const c: Camera = { lon: 40, lat: 36, zoom: 7, bearing, pitch: 0 };
      const back = parseCamera(serializeCamera(c))!;
      expect(sameCamera(back, c), `${bearing}: ${serializeCamera(c)} -> ${serializeCamera(back)}`).toBe(true);
    }
  });
});
