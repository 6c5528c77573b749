import { describe, expect, it } from 'vitest';
import { parseCamera, serializeCamera } from './camera';

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
    for (const bad of ['', 'abc', '40,36', '40,36,7,0,0,0', '200,36,7', '40,91,7', '40,36,7e2', 'NaN,1,2', '<script>', '1'.repeat(100)]) {
      expect(parseCamera(bad), bad).toBeNull();
    }
  });
});
