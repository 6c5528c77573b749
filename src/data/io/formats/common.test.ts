import { describe, expect, it } from 'vitest';
import { hasColumns, parseCoordinate, readCoordinates, readDate, sourceFromLink, splitList } from './common';
import type { CellProblem } from './types';

describe('coordinates', () => {
  it('a lone comma is a decimal comma: no coordinate needs a thousands separator', () => {
    expect(parseCoordinate('36.7062')).toBe(36.7062);
    expect(parseCoordinate('36,7062')).toBe(36.7062);
    expect(parseCoordinate('٣٦٫٧٠٦٢')).toBe(36.7062);
    expect(parseCoordinate('-0,5')).toBe(-0.5);
    expect(parseCoordinate('1,234.5')).toBeNull();
    expect(parseCoordinate('36,70,62')).toBeNull();
    expect(parseCoordinate('36°42′N')).toBeNull();
  });

  it('both or neither; a value that is not a number or out of range keeps the row out', () => {
    const read = (lat: string, lon: string) => {
      const problems: CellProblem[] = [];
      const warnings: CellProblem[] = [];
      const point = readCoordinates({ lat, lon }, 'lat', 'lon', problems, warnings);
      return warnings.length > 0 ? { point, problems, warnings } : { point, problems };
    };
    expect(read('36.7', '40.5')).toEqual({ point: { lat: 36.7, lon: 40.5 }, problems: [] });
    expect(read('', ' ')).toEqual({ point: null, problems: [] });
    expect(read('36.7', '')).toEqual({
      point: null,
      problems: [{ column: 'lon', problem: { code: 'lat-lon-together' } }],
    });
    expect(read('north', '40.5').problems).toEqual([
      { column: 'lat', problem: { code: 'bad-coordinate', text: 'north' } },
    ]);
    expect(read('95', '181').problems).toEqual([
      { column: 'lat', problem: { code: 'coordinate-out-of-range', text: '95', axis: 'lat' } },
      { column: 'lon', problem: { code: 'coordinate-out-of-range', text: '181', axis: 'lon' } },
    ]);
    expect(read('-90', '180').point).toEqual({ lat: -90, lon: 180 });
  });

  it('0, 0 is no location ("null island"): the row is kept, not mapped, with a warning', () => {
    const problems: CellProblem[] = [];
    const warnings: CellProblem[] = [];
    expect(readCoordinates({ lat: '0', lon: '0.0' }, 'lat', 'lon', problems, warnings)).toBeNull();
    expect([problems, warnings]).toEqual([[], [{ column: 'lat', problem: { code: 'zero-coordinates' } }]]);
    // one of them 0 is a real place (the equator, the prime meridian)
    expect(readCoordinates({ lat: '0', lon: '32.5' }, 'lat', 'lon', problems, warnings)).toEqual({
      lat: 0,
      lon: 32.5,
    });
  });
});

describe('readDate', () => {
  it('missing or unreadable, each with its code', () => {
    const problems: CellProblem[] = [];
    const read = (t: string) => (t === 'ok' ? '2026-02-21' : null);
    expect(readDate({ d: 'ok' }, 'd', read, problems)).toBe('2026-02-21');
    expect(readDate({ d: ' ' }, 'd', read, problems)).toBeNull();
    expect(readDate({}, 'd', read, problems)).toBeNull();
    expect(readDate({ d: 'soon' }, 'd', read, problems)).toBeNull();
    expect(problems).toEqual([
      { column: 'd', problem: { code: 'missing' } },
      { column: 'd', problem: { code: 'missing' } },
      { column: 'd', problem: { code: 'unreadable-date', text: 'soon' } },
    ]);
  });
});

describe('sources from links', () => {
  const source = (text: string) => {
    const warnings: CellProblem[] = [];
    return { source: sourceFromLink(text, 'SOURCEURL', warnings), warnings };
  };

  it('an http(s) link: its host is the outlet', () => {
    expect(source('https://www.example.org/news/1?a=b')).toEqual({
      source: { outlet: 'example.org', url: 'https://www.example.org/news/1?a=b' },
      warnings: [],
    });
    expect(source(' http://news.example.com/x ').source).toEqual({
      outlet: 'news.example.com',
      url: 'http://news.example.com/x',
    });
  });

  it('a citation that is no link names the outlet, without a url', () => {
    expect(source('BBC Monitoring')).toEqual({ source: { outlet: 'BBC Monitoring' }, warnings: [] });
    expect(source('Note: local radio')).toEqual({ source: { outlet: 'Note: local radio' }, warnings: [] });
    expect(source('')).toEqual({ source: null, warnings: [] });
  });

  it('any other scheme is refused and reported, and so is an http link that does not parse', () => {
    for (const [text, scheme] of [
      ['javascript:alert(1)', 'javascript'],
      ['JavaScript:alert(1)', 'javascript'],
      ['data:text/html,<b>x</b>', 'data'],
      ['ftp://archive.example.net/a.txt', 'ftp'],
      ['file:///etc/passwd', 'file'],
    ] as const)
      expect(source(text), text).toEqual({
        source: null,
        warnings: [{ column: 'SOURCEURL', problem: { code: 'url-not-http', scheme } }],
      });
    expect(source('http://')).toEqual({
      source: null,
      warnings: [{ column: 'SOURCEURL', problem: { code: 'bad-url' } }],
    });
  });
});

describe('helpers', () => {
  it('splitList and hasColumns', () => {
    expect(splitList(' A; B ;;C ')).toEqual(['A', 'B', 'C']);
    expect(splitList('')).toEqual([]);
    expect(hasColumns(['\uFEFFEvent_Date ', 'LATITUDE'], ['event_date', 'latitude'])).toBe(true);
    expect(hasColumns(['event_date'], ['event_date', 'latitude'])).toBe(false);
  });
});
