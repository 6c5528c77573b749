import { describe, expect, it } from 'vitest';
import { localLink, parseLocalLink } from './localLink';

describe('local dataset links', () => {
  it('round-trips an id and a file name, slashes and Arabic included', () => {
    for (const name of ['acled.csv', 'نشرة/الأحداث.csv', 'a b, c.geojson', '']) {
      expect(parseLocalLink(localLink('k3x9', name))).toEqual({ id: 'k3x9', name });
    }
  });
  it('is null for anything else: a path on the site, a bad id', () => {
    for (const v of [
      '/data/events.csv',
      'https://example.org/x.csv',
      'local:',
      'local:<script>/x',
      'LOCAL:ab/x',
    ]) {
      expect(parseLocalLink(v), v).toBeNull();
    }
  });
});
