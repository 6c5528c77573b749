import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { zodProblem } from './problems';
import { event, place, route } from './schema';

/** The problems zod reports for this input, by path. */
const problems = (schema: z.ZodMiniType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), zodProblem(i, input)]);
};

describe('zodProblem: what zod reports, as our codes and parameters', () => {
  it('a value that is absent is missing, whatever zod calls it (wrong type, not an option, not the literal)', () => {
    const s = z.object({ a: z.string(), b: z.enum(['x', 'y']), c: z.literal(1) });
    expect(problems(s, {})).toEqual([
      ['a', { code: 'missing' }],
      ['b', { code: 'missing' }],
      ['c', { code: 'missing' }],
    ]);
  });

  it('a value of the wrong type, an enumeration and a literal', () => {
    const s = z.object({ a: z.string(), n: z.number(), b: z.enum(['x', 'y']), c: z.literal(1) });
    expect(problems(s, { a: 3, n: Number.NaN, b: 'z', c: 2 })).toEqual([
      ['a', { code: 'wrong-type', expected: 'string', received: 'number' }],
      ['n', { code: 'wrong-type', expected: 'number', received: 'NaN' }],
      ['b', { code: 'not-an-option', options: ['x', 'y'] }],
      ['c', { code: 'not-an-option', options: [1] }],
    ]);
    expect(problems(z.array(z.number()), { length: 1 })).toEqual([
      ['', { code: 'wrong-type', expected: 'array', received: 'object' }],
    ]);
  });

  it('sizes: numbers, text and lists, inclusive or not', () => {
    const s = z.object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      km: z.number().check(z.positive()),
      t: z.string().check(z.minLength(2), z.maxLength(3)),
      l: z.array(z.number()).check(z.minLength(2)),
      m: z.array(z.number()).check(z.maxLength(1)),
    });
    expect(problems(s, { lat: 91, km: 0, t: 'abcd', l: [1], m: [1, 2] })).toEqual([
      ['lat', { code: 'too-big', what: 'number', max: 90, inclusive: true }],
      ['km', { code: 'too-small', what: 'number', min: 0, inclusive: false }],
      ['t', { code: 'too-big', what: 'text', max: 3, inclusive: true }],
      ['l', { code: 'too-small', what: 'list', min: 2, inclusive: true }],
      ['m', { code: 'too-big', what: 'list', max: 1, inclusive: true }],
    ]);
    expect(problems(s, { lat: -91, km: 1, t: 'a', l: [1, 2], m: [] })).toEqual([
      ['lat', { code: 'too-small', what: 'number', min: -90, inclusive: true }],
      ['t', { code: 'too-small', what: 'text', min: 2, inclusive: true }],
    ]);
  });

  it('formats, unknown keys, and whatever else zod reports', () => {
    expect(problems(z.url(), 'nonsense')).toEqual([['', { code: 'bad-url' }]]);
    expect(problems(z.string().check(z.regex(/^a$/)), 'b')).toEqual([['', { code: 'invalid' }]]);
    expect(problems(z.strictObject({ a: z.string() }), { a: 'x', colour: 1, size: 2 })).toEqual([
      ['', { code: 'unknown-keys', keys: ['colour', 'size'] }],
    ]);
    expect(problems(z.union([z.string(), z.number()]), true)).toEqual([['', { code: 'invalid' }]]);
    expect(problems(z.string().check(z.refine(() => false, 'some words')), 'x')).toEqual([
      ['', { code: 'invalid' }],
    ]);
  });

  it('the schema’s own checks name their problem', () => {
    const ev = {
      id: 'has space',
      date: '2026-2-1',
      endDate: '2026-02-30',
      precision: 'exact',
      category: 'reinforcement',
      title: { en: ' ', ar: 'English' },
      summary: { en: 'S', ar: 'م' },
      lon: 40,
      sources: [],
    };
    expect(problems(event, ev)).toEqual([
      ['id', { code: 'not-event-id' }],
      ['date', { code: 'not-a-date' }],
      ['endDate', { code: 'not-a-day' }],
      ['title.en', { code: 'empty' }],
      ['title.ar', { code: 'not-arabic' }],
      ['sources', { code: 'no-source' }],
      ['lat', { code: 'lat-lon-together' }],
    ]);
    expect(
      problems(event, {
        ...ev,
        id: 'e',
        date: '2026-02-01',
        endDate: undefined,
        title: ev.summary,
        sources: [{ outlet: 'X', url: 'https://example.org' }],
      }),
    ).toEqual([['lat', { code: 'lat-lon-together' }]]);
    const r = {
      id: 'Zone',
      name: { en: 'Z', ar: 'ز' },
      kind: 'zone',
      sources: [{ outlet: 'X', url: 'https://example.org' }],
    };
    expect(problems(route, r)).toEqual([
      ['id', { code: 'not-kebab-id' }],
      ['center', { code: 'zone-needs-center' }],
      ['radiusKm', { code: 'zone-needs-radius' }],
    ]);
    expect(problems(route, { ...r, id: 'line', kind: 'convoy' })).toEqual([
      ['waypoints', { code: 'line-needs-waypoints' }],
    ]);
    expect(problems(place, { id: 'p', name: { en: 'x'.repeat(5001), ar: 'م' } }).slice(0, 1)).toEqual([
      ['name.en', { code: 'too-big', what: 'text', max: 5000, inclusive: true }],
    ]);
  });
});
