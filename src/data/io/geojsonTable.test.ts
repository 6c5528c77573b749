import { describe, expect, it } from 'vitest';
import { GEOMETRY_COLUMNS, geojsonAsTable } from './geojsonTable';
import { applyMapping, proposeMapping } from './mapping';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const feature = (properties: unknown, geometry: unknown = point(40.5, 36.7), extra: object = {}) => ({
  type: 'Feature',
  properties,
  geometry,
  ...extra,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('geojsonAsTable', () => {
  it('one row per feature: the geometry first, then the properties in the order they appear', () => {
    const t = geojsonAsTable(
      collection(
        feature({ name: 'a', date: '2026-02-21' }),
        feature({ date: '2026-02-22', url: 'https://example.org/b' }, point(38.618, 33.492)),
      ),
    );
    expect(t).toEqual({
      header: ['geometry.lat', 'geometry.lon', 'name', 'date', 'url'],
      rows: [
        ['36.7', '40.5', 'a', '2026-02-21', ''],
        ['33.492', '38.618', '', '2026-02-22', 'https://example.org/b'],
      ],
      coordinates: [
        [40.5, 36.7],
        [38.618, 33.492],
      ],
      notPoints: 0,
    });
  });

  it('flattens properties: nested objects by dotted names, lists joined, values as text', () => {
    const t = geojsonAsTable(
      collection(
        feature({
          n: 3.5,
          big: 1e21,
          ok: true,
          none: null,
          tags: ['convoy', 'night', 2],
          parts: [{ a: 1 }],
          address: { city: 'Hasakah', geo: { admin1: 'Al-Hasakeh', deep: { deeper: { x: 1 } } } },
          empty: {},
        }),
      ),
    );
    expect(t?.header.slice(2)).toEqual([
      'n',
      'big',
      'ok',
      'none',
      'tags',
      'parts',
      'address.city',
      'address.geo.admin1',
      'address.geo.deep',
      'empty',
    ]);
    expect(t?.rows[0]?.slice(2)).toEqual([
      '3.5',
      '1e+21',
      'true',
      '',
      'convoy; night; 2',
      '[{"a":1}]',
      'Hasakah',
      'Al-Hasakeh',
      '{"deeper":{"x":1}}',
      '{}',
    ]);
  });

  it("takes the feature's own id when no property is called id", () => {
    const t = geojsonAsTable(collection(feature({ name: 'a' }, null, { id: 7 }), feature({ name: 'b' })));
    expect(t?.header).toEqual(['geometry.lat', 'geometry.lon', 'id', 'name']);
    expect(t?.rows).toEqual([
      ['', '', '7', 'a'],
      ['36.7', '40.5', '', 'b'],
    ]);
    const own = geojsonAsTable(collection(feature({ id: 'P-1' }, null, { id: 7 })));
    expect(own?.header).toEqual(['geometry.lat', 'geometry.lon', 'id']);
    expect(own?.rows).toEqual([['', '', 'P-1']]);
  });

  it('places lines and areas at the centre of their bounding box, and counts them', () => {
    const t = geojsonAsTable(
      collection(
        feature(
          {},
          {
            type: 'LineString',
            coordinates: [
              [40, 36],
              [41, 37],
              [42, 36.5],
            ],
          },
        ),
        feature(
          {},
          {
            type: 'Polygon',
            coordinates: [
              [
                [38, 33],
                [39, 33],
                [39, 34],
                [38, 34],
                [38, 33],
              ],
            ],
          },
        ),
        feature(
          {},
          {
            type: 'MultiPoint',
            coordinates: [
              [40, 35],
              [40, 36],
            ],
          },
        ),
        feature(
          {},
          {
            type: 'GeometryCollection',
            geometries: [
              point(40, 36),
              {
                type: 'LineString',
                coordinates: [
                  [42, 37],
                  [42, 38],
                ],
              },
            ],
          },
        ),
        feature({}, null),
        feature({}, { type: 'Point', coordinates: ['40', 36] }),
        feature(
          {},
          {
            type: 'LineString',
            coordinates: [
              [40, 36],
              [null, 37],
            ],
          },
        ),
        feature({}, { type: 'Polygon', coordinates: [] }),
      ),
    );
    expect(t?.coordinates).toEqual([[41, 36.5], [38.5, 33.5], [40, 35.5], [41, 37], null, null, null, null]);
    expect(t?.notPoints).toBe(4);
    expect(t?.rows[4]).toEqual(['', '']);
  });

  it('accepts a single Feature or a plain list of features; anything else is not a table', () => {
    expect(geojsonAsTable(feature({ a: 1 }))?.rows).toEqual([['36.7', '40.5', '1']]);
    expect(geojsonAsTable([feature({ a: 1 })])?.rows).toEqual([['36.7', '40.5', '1']]);
    expect(geojsonAsTable(collection())).toEqual({
      header: ['geometry.lat', 'geometry.lon'],
      rows: [],
      coordinates: [],
      notPoints: 0,
    });
    for (const doc of [
      null,
      3,
      'x',
      {},
      { type: 'Point', coordinates: [1, 2] },
      [1, 2],
      { type: 'FeatureCollection' },
    ])
      expect(geojsonAsTable(doc), JSON.stringify(doc)).toBeNull();
    // a feature that is not an object is a row without values (its number still counts)
    expect(geojsonAsTable(collection(null, feature({ a: 1 })))?.rows).toEqual([
      ['', '', ''],
      ['36.7', '40.5', '1'],
    ]);
  });

  it('renames its geometry columns rather than hide a property of the same name', () => {
    const t = geojsonAsTable(collection(feature({ [GEOMETRY_COLUMNS.lat]: 'mine' })));
    expect(t?.header).toEqual(['geometry.lat (2)', 'geometry.lon', 'geometry.lat']);
  });

  it('goes through the mapping with the geometry pre-filled, even beside lat/lon properties', () => {
    const t = geojsonAsTable(
      collection(
        feature({ title: 'a', when: '2026-02-21', lat: '1', lon: '2' }, point(40.5, 36.7)),
        feature(
          { title: 'b', when: '2026-02-22', lat: '3', lon: '4' },
          {
            type: 'LineString',
            coordinates: [
              [40, 36],
              [41, 37],
            ],
          },
        ),
      ),
    );
    if (!t) throw new Error('not a table');
    const p = proposeMapping(t.header, t.rows);
    expect(p.mapping.roles).toMatchObject({
      lat: 'geometry.lat',
      lon: 'geometry.lon',
      title: 'title',
      date: 'when',
    });
    const out = applyMapping(t.header, t.rows, p.mapping, 1);
    expect(out.records.map((r) => [r.lon, r.lat])).toEqual(t.coordinates);
    expect(out.records[0]?.attributes).toEqual({ lat: 1, lon: 2 });
  });
});
