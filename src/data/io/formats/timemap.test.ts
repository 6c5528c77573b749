import { describe, expect, it } from 'vitest';
import { readTimemap } from './timemap';

const EVENT = {
  id: 'T1',
  description: 'Fictional: trucks seen on the road.',
  date: '8/23/2025',
  time: '18:30',
  location: 'Qasrak',
  latitude: '36.7062',
  longitude: '40.512',
  category: 'Convoy',
  sources: ['https://www.example.org/v/1'],
};

describe('readTimemap: what is timemap-shaped', () => {
  it('an array of events, or { events }', () => {
    expect(readTimemap([EVENT])?.records).toHaveLength(1);
    expect(readTimemap({ events: [EVENT] })?.records).toHaveLength(1);
  });

  it('not timemap: the app’s own events file, GeoJSON, empty or other JSON', () => {
    expect(
      readTimemap({
        version: 1,
        events: [
          { id: 'E1', date: '2026-02-21', title: { en: 'T', ar: 'ت' }, summary: { en: 'S', ar: 'م' } },
        ],
      }),
    ).toBeNull();
    expect(readTimemap({ type: 'FeatureCollection', features: [] })).toBeNull();
    expect(readTimemap([])).toBeNull();
    expect(readTimemap({ events: [] })).toBeNull();
    expect(readTimemap([1, 2, 3])).toBeNull();
    expect(readTimemap('text')).toBeNull();
    expect(readTimemap(null)).toBeNull();
    expect(readTimemap([{ date: '1/2/2026', title: 'no description' }])).toBeNull();
  });
});

describe('readTimemap: an event', () => {
  it('the core fields, timemap’s month-first dates', () => {
    expect(readTimemap([EVENT])).toEqual({
      records: [
        {
          id: 'T1',
          date: '2025-08-23',
          precision: 'exact',
          category: 'Convoy',
          title: 'Convoy — Qasrak',
          summary: 'Fictional: trucks seen on the road.',
          location: 'Qasrak',
          lat: 36.7062,
          lon: 40.512,
          sources: [{ outlet: 'example.org', url: 'https://www.example.org/v/1' }],
          attributes: { time: '18:30' },
        },
      ],
      problems: [],
      warnings: [],
    });
  });

  it('older field names (desc, lat, long, source), numbers for coordinates, ISO dates', () => {
    const r = readTimemap([
      {
        desc: 'Old style',
        date: '2026-02-21',
        lat: 36.7,
        long: 40.5,
        source: 'Example Wire',
        filters: [['A', 'B'], 'C'],
      },
    ]);
    expect(r?.records[0]).toMatchObject({
      date: '2026-02-21',
      lat: 36.7,
      lon: 40.5,
      summary: 'Old style',
      title: 'Old style',
      sources: [{ outlet: 'Example Wire' }],
      attributes: { filters: 'A/B; C' },
    });
  });

  it('sources by id from the document, objects, links and names; other schemes refused', () => {
    const r = readTimemap({
      events: [
        {
          ...EVENT,
          sources: ['S1', { title: 'Desk', url: 'https://example.com/p' }, 'javascript:alert(1)', 'S9'],
        },
      ],
      sources: {
        S1: {
          id: 'S1',
          title: 'Example Photo Desk',
          paths: ['https://example.com/a.jpg'],
          date: '02/24/2026',
        },
      },
    });
    expect(r?.records[0]?.sources).toEqual([
      { outlet: 'Example Photo Desk', url: 'https://example.com/a.jpg', date: '2026-02-24' },
      { outlet: 'Desk', url: 'https://example.com/p' },
      { outlet: 'S9' },
    ]);
    expect(r?.warnings).toEqual([
      { event: 1, field: 'sources', problem: { code: 'url-not-http', scheme: 'javascript' } },
    ]);
    // sources as an array of objects with ids
    const r2 = readTimemap({
      events: [{ ...EVENT, sources: ['S1'] }],
      sources: [{ id: 'S1', name: 'Named' }],
    });
    expect(r2?.records[0]?.sources).toEqual([{ outlet: 'Named' }]);
  });

  it('titles: category and place, else the description’s first words', () => {
    const long = 'Fictional: '.concat('word '.repeat(30));
    const [a, b, c] =
      readTimemap([
        { ...EVENT, category: '' },
        { ...EVENT, category: '', description: long },
        { ...EVENT, category: 'Base', location: '' },
      ])?.records ?? [];
    expect(a?.title).toBe('Fictional: trucks seen on the road.');
    expect(b?.title.length).toBeLessThanOrEqual(81);
    expect(b?.title.endsWith('word…')).toBe(true);
    expect(c?.title).toBe('Base');
  });

  it('problems keep the event out, by its number and field; no coordinates is no problem', () => {
    const r = readTimemap([
      EVENT,
      { ...EVENT, date: '23/08/2025' },
      { ...EVENT, date: '' },
      { ...EVENT, latitude: '95' },
      { ...EVENT, latitude: '', longitude: '' },
      'not an event',
    ]);
    expect(r?.records.map((x) => x.lat)).toEqual([36.7062, undefined]);
    expect(r?.problems).toEqual([
      { event: 2, field: 'date', problem: { code: 'unreadable-date', text: '23/08/2025' } },
      { event: 3, field: 'date', problem: { code: 'missing' } },
      { event: 4, field: 'latitude', problem: { code: 'coordinate-out-of-range', text: '95', axis: 'lat' } },
      { event: 6, field: '', problem: { code: 'not-object' } },
    ]);
  });
});
