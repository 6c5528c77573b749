import { describe, expect, it } from 'vitest';
import type { DataProblem, Problem, ProblemCode } from '../data/problems';
import { problemText, rowErrorText } from './problemWords';
import { arProblems } from './problemWords.ar';
import { enProblems } from './problemWords.en';

/** One problem of every code (the type makes leaving a code out a compile error). */
const samples: { [C in ProblemCode]: Problem<C> } = {
  missing: { code: 'missing' },
  'wrong-type': { code: 'wrong-type', expected: 'string', received: 'number' },
  'not-an-option': { code: 'not-an-option', options: ['high', 'medium', 'low'] },
  'too-small': { code: 'too-small', what: 'number', min: -90, inclusive: true },
  'too-big': { code: 'too-big', what: 'text', max: 5000, inclusive: true },
  'bad-url': { code: 'bad-url' },
  'unknown-keys': { code: 'unknown-keys', keys: ['colour'] },
  invalid: { code: 'invalid' },
  empty: { code: 'empty' },
  'no-source': { code: 'no-source' },
  'not-a-date': { code: 'not-a-date' },
  'not-a-day': { code: 'not-a-day' },
  'not-kebab-id': { code: 'not-kebab-id' },
  'not-event-id': { code: 'not-event-id' },
  'not-arabic': { code: 'not-arabic' },
  'zone-needs-center': { code: 'zone-needs-center' },
  'zone-needs-radius': { code: 'zone-needs-radius' },
  'line-needs-waypoints': { code: 'line-needs-waypoints' },
  'lat-lon-together': { code: 'lat-lon-together' },
  'not-a-number': { code: 'not-a-number', text: 'north' },
  'decimal-comma': { code: 'decimal-comma', text: '36,7' },
  'out-of-range': { code: 'out-of-range', text: '1e999' },
  'cell-not-json': { code: 'cell-not-json' },
  'not-json-array': { code: 'not-json-array' },
  'not-true-false': { code: 'not-true-false' },
  'not-object': { code: 'not-object' },
  'not-feature': { code: 'not-feature' },
  'not-point': { code: 'not-point', found: 'Polygon' },
  'not-coordinates': { code: 'not-coordinates' },
  'unreadable-date': { code: 'unreadable-date', text: '31/02/2026' },
  'ambiguous-date': { code: 'ambiguous-date', text: '01/02/2026' },
  'bad-coordinate': { code: 'bad-coordinate', text: 'north' },
  'coordinate-out-of-range': { code: 'coordinate-out-of-range', text: '95.2', axis: 'lat' },
  'zero-coordinates': { code: 'zero-coordinates' },
  'unknown-code': { code: 'unknown-code', text: '4', known: ['1', '2', '3'] },
  'unknown-precision': { code: 'unknown-precision', text: '9', known: ['1', '2', '3'] },
  'url-not-http': { code: 'url-not-http', scheme: 'javascript' },
  'duplicate-id': { code: 'duplicate-id', id: 'BR-01', first: { noun: 'row', n: 2 } },
  'end-before-start': { code: 'end-before-start', date: '2026-02-01' },
  'unknown-place': { code: 'unknown-place', id: 'atlantis' },
  'unknown-route': { code: 'unknown-route', id: 'nowhere' },
  'csv-unclosed-quote': { code: 'csv-unclosed-quote' },
  'csv-bad-quote': { code: 'csv-bad-quote' },
  'csv-too-many-cells': { code: 'csv-too-many-cells', cells: 13, columns: 12 },
  'csv-too-few-cells': { code: 'csv-too-few-cells', cells: 1, columns: 12 },
  'csv-malformed': { code: 'csv-malformed', detail: 'Unexpected end' },
  'not-json': { code: 'not-json', detail: 'Unexpected end of JSON input' },
  'row-limit': { code: 'row-limit', limit: 200_000, stoppedAt: 200_002, noun: 'row' },
  'file-too-large': { code: 'file-too-large', name: 'big.csv', maxMb: 200 },
  'empty-file': { code: 'empty-file', name: 'events.csv' },
  'unsupported-file': { code: 'unsupported-file', name: 'photo.png' },
  'missing-columns': { code: 'missing-columns', missing: ['id', 'date'], found: ['name', 'when'] },
  'not-events-geojson': { code: 'not-events-geojson', found: 'Feature' },
  'unsupported-version': { code: 'unsupported-version', version: '2' },
  'http-error': { code: 'http-error', status: 404, statusText: 'Not Found' },
  'no-answer': { code: 'no-answer', seconds: 8 },
  'network-failed': { code: 'network-failed', detail: 'Failed to fetch' },
  'read-failed': { code: 'read-failed', detail: 'NotReadableError' },
  'worker-failed': { code: 'worker-failed', detail: null },
  'not-a-pack': { code: 'not-a-pack', field: 'kind' },
  'pack-part': { code: 'pack-part', part: 2, parts: 4, events: 25000, reason: 'checksum' },
  'unknown-columns': { code: 'unknown-columns', columns: ['colour', 'notes'] },
  'repeated-column': { code: 'repeated-column', column: 'id' },
  'read-as': { code: 'read-as', separator: 'semicolon' },
  'no-data-rows': { code: 'no-data-rows' },
  'unknown-properties': { code: 'unknown-properties', names: ['colour'] },
  'no-range-support': { code: 'no-range-support', mb: 12.5 },
  'pack-window': {
    code: 'pack-window',
    lo: 3,
    hi: 5,
    parts: 40,
    loaded: 75000,
    events: 1_000_000,
    first: '2025-01-01',
    last: '2026-06-30',
  },
};
const all = Object.values(samples) as DataProblem[];
const ARABIC_LETTER = /[\u0621-\u064A]/;

describe('every data problem has words', () => {
  it('in English and in Arabic, for every code there is', () => {
    const codes = Object.keys(samples).sort();
    expect(Object.keys(enProblems).sort()).toEqual(codes);
    expect(Object.keys(arProblems).sort()).toEqual(codes);
    for (const p of all) {
      const english = problemText('en', p);
      const arabic = problemText('ar', p);
      expect(english, p.code).toMatch(/\w/);
      expect(english, p.code).not.toMatch(/undefined|NaN|\[object/);
      expect(arabic, p.code).toMatch(ARABIC_LETTER);
      expect(arabic, p.code).not.toMatch(/undefined|\[object/);
    }
  });
});

describe('data problems in words', () => {
  it('English as the app said it before the codes', () => {
    const t = (p: DataProblem) => problemText('en', p);
    expect(t({ code: 'not-a-day' })).toBe('is not a real calendar day');
    expect(t({ code: 'not-json', detail: 'Unexpected end of JSON input' })).toBe(
      'is not valid JSON (Unexpected end of JSON input)',
    );
    expect(t(samples['row-limit'])).toBe(
      'has more than 200,000 rows, the import limit: the first 200,000 were read, rows from row 200,002 on were not (split the file to load the rest)',
    );
    expect(t({ code: 'missing-columns', missing: ['title_ar'], found: [] })).toBe(
      'the header row (row 1) lacks the required column title_ar (found: nothing)',
    );
    expect(t(samples['missing-columns'])).toMatch(
      /^the header row \(row 1\) lacks the required columns id, date /,
    );
    expect(t(samples['duplicate-id'])).toBe('duplicate id "BR-01" (row 2 has it already)');
    expect(t({ code: 'duplicate-id', id: 'qasrak' })).toBe('duplicate id "qasrak"');
    expect(t(samples['too-big'])).toBe('must be at most 5,000 characters');
    expect(t({ code: 'too-big', what: 'number', max: 180, inclusive: true })).toBe(
      'Too big: expected number to be <=180',
    );
    expect(t({ code: 'not-an-option', options: ['held', 'vacated'] })).toBe(
      'Invalid option: expected one of "held"|"vacated"',
    );
    expect(t({ code: 'not-an-option', options: [1] })).toBe('Invalid input: expected 1');
    expect(t(samples['unsupported-file'])).toBe(
      '“photo.png” is not a supported file: choose a CSV file (.csv) or a GeoJSON file (.geojson, .json)',
    );
    expect(t(samples['unknown-columns'])).toBe('Ignored unknown columns: colour, notes');
    expect(t(samples['http-error'])).toBe('HTTP 404 Not Found');
    expect(t(samples['no-answer'])).toBe('no answer after 8 s');
    expect(
      rowErrorText('en', { within: { noun: 'item', n: 1, path: 'status' }, problem: { code: 'missing' } }),
    ).toBe('item 1, status: is missing');
    expect(rowErrorText('en', { problem: { code: 'not-kebab-id' } })).toBe(
      'must be a kebab-case id (a-z, 0-9, -)',
    );
  });

  it('Arabic, with counted nouns and Latin digits, Latin text kept left to right', () => {
    const t = (p: DataProblem) => problemText('ar', p);
    const ltr = (s: string) => `\u2066${s}\u2069`;
    expect(t({ code: 'not-a-day' })).toBe('ليس يوماً موجوداً في التقويم');
    // a pack's index: the reason in Arabic too, only the file's and the format's names left to right
    expect(t({ code: 'not-a-pack', field: null })).toBe(
      `ليست حزمة بيانات: ملف ${ltr('index.json')} فيها ليس ${ltr('JSON')} صالحاً`,
    );
    expect(t({ code: 'not-a-pack', field: 'kind' })).toBe(
      `ليست حزمة بيانات: ملف ${ltr('index.json')} فيها لا يحوي قيمة صالحة للحقل «${ltr('kind')}»`,
    );
    expect(t({ code: 'missing' })).toBe('القيمة مفقودة');
    expect(t(samples['row-limit'])).toBe(
      'فيه أكثر من 200,000 صف، وهو الحد الأقصى للاستيراد: قُرئ أول 200,000 صف، ولم يُقرأ شيء بدءاً من الصف 200,002 (قسّم الملف لتحميل الباقي)',
    );
    expect(t({ code: 'row-limit', limit: 2, stoppedAt: 3, noun: 'feature' })).toContain('أكثر من عنصرين');
    expect(t(samples['duplicate-id'])).toBe('المعرّف «BR-01» مكرر (يحمله الصف 2 من قبل)');
    expect(t(samples['too-big'])).toBe('يجب ألّا يزيد طوله على 5,000 حرف');
    expect(t({ code: 'too-big', what: 'text', max: 64, inclusive: true })).toBe(
      'يجب ألّا يزيد طوله على 64 حرفاً',
    );
    expect(t(samples['unknown-columns'])).toBe(`أُهملت أعمدة غير معروفة: ${ltr('colour, notes')}`);
    expect(t({ code: 'unknown-columns', columns: ['colour'] })).toBe(`أُهمل عمود غير معروف: ${ltr('colour')}`);
    expect(t({ code: 'csv-too-few-cells', cells: 2, columns: 12 })).toBe(
      'ملف CSV غير سليم: في الصف خليتان وفي صف العناوين 12 عموداً',
    );
    expect(
      problemText('en', { code: 'csv-too-few-cells', cells: 2, columns: 58, format: 'GDELT 2.0 events' }),
    ).toBe('malformed CSV: 2 cells but a GDELT 2.0 events row has 58 columns');
    expect(t({ code: 'csv-too-few-cells', cells: 2, columns: 58, format: 'GDELT 2.0 events' })).toBe(
      `ملف CSV غير سليم: في الصف خليتان وفي صف ${ltr('GDELT 2.0 events')} 58 عموداً`,
    );
    expect(
      rowErrorText('ar', { within: { noun: 'place', n: 2, path: '' }, problem: { code: 'not-kebab-id' } }),
    ).toMatch(/^المكان 2: يجب أن يكون معرّفاً/);
  });

  it('the cells of analysts’ files: dates, coordinates, codes and links', () => {
    const en = (p: DataProblem) => problemText('en', p);
    const ar = (p: DataProblem) => problemText('ar', p);
    const ltr = (s: string) => `\u2066${s}\u2069`;
    expect(en(samples['unreadable-date'])).toBe('“31/02/2026” could not be read as a date');
    expect(en(samples['coordinate-out-of-range'])).toBe(
      '“95.2” is not a latitude: it must be between -90 and 90',
    );
    expect(en({ code: 'coordinate-out-of-range', text: '200', axis: 'lon' })).toMatch(
      /longitude.*-180 and 180/,
    );
    expect(en(samples['unknown-precision'])).toBe(
      '“9” is not one of this column’s precision codes (1, 2, 3); read as the least precise',
    );
    expect(en(samples['url-not-http'])).toBe(
      'only http and https links are kept: the “javascript:” link was left out',
    );
    expect(ar(samples['coordinate-out-of-range'])).toBe(
      `«95.2» ليس خط عرض: يجب أن يقع بين ${ltr('-90')} و${ltr('90')}`,
    );
    expect(ar(samples['unknown-code'])).toBe(`«4» ليس من رموز هذا العمود (${ltr('1, 2, 3')})`);
    expect(ar(samples['url-not-http'])).toContain(ltr('javascript:'));
  });
});
