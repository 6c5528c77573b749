import { describe, expect, it } from 'vitest';
import { detectDelimiter, isBlankRow, readTable } from './table';

describe('readTable', () => {
  it('strips the byte-order mark and reads CRLF, LF, CR and a mix of them alike', () => {
    const want = [
      ['date', 'place'],
      ['2026-02-21', 'Raqqa'],
      ['2026-02-22', 'Tabqa'],
    ];
    for (const text of [
      '\uFEFFdate,place\r\n2026-02-21,Raqqa\r\n2026-02-22,Tabqa\r\n',
      'date,place\n2026-02-21,Raqqa\n2026-02-22,Tabqa',
      'date,place\r2026-02-21,Raqqa\r2026-02-22,Tabqa\r',
      'date,place\r\n2026-02-21,Raqqa\n2026-02-22,Tabqa\r',
    ])
      expect(readTable(text).rows, JSON.stringify(text)).toEqual(want);
  });

  it('quoted cells hold separators, line breaks and doubled quotes', () => {
    const t = readTable(
      'id,notes,n\r\n1,"Shelling near the bridge, then ""quiet""",3\r\n2,"first line\r\nsecond line",4\r\n',
    );
    expect(t.rows).toEqual([
      ['id', 'notes', 'n'],
      ['1', 'Shelling near the bridge, then "quiet"', '3'],
      ['2', 'first line\nsecond line', '4'],
    ]);
    expect(t.problems).toEqual([]);
  });

  it('blank lines stay as [] so row numbers match a spreadsheet; the final line break makes no row', () => {
    const t = readTable('a,b\n1,2\n\n3,4\n   \n,\n');
    expect(t.rows).toEqual([['a', 'b'], ['1', '2'], [], ['3', '4'], [], ['', '']]);
    expect(t.rows.map(isBlankRow)).toEqual([false, false, true, false, true, true]);
    expect(readTable('a,b\n1,2\n\n').rows).toEqual([['a', 'b'], ['1', '2'], []]);
  });

  it('an empty file has no rows', () => {
    expect(readTable('')).toEqual({ delimiter: ',', rows: [], problems: [] });
    expect(readTable('\uFEFF').rows).toEqual([]);
  });

  it('reports a quote that is never closed, by row', () => {
    const t = readTable('a,b\n1,2\n3,"open\n5,6\n');
    expect(t.problems).toEqual([{ row: 2, problem: { code: 'csv-unclosed-quote' } }]);
    expect(t.rows).toHaveLength(3);
  });
});

describe('detectDelimiter', () => {
  it('finds each separator', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3')).toBe('|');
    expect(detectDelimiter('one column\nvalue')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });

  it('semicolons with decimal commas (a European Excel): the commas do not split consistently', () => {
    const text = 'date;lat;lon;what\n21/02/2026;36,7062;40,1;Convoy seen\n22/02/2026;36,5;40,25;Patrol\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(readTable(text).rows[1]).toEqual(['21/02/2026', '36,7062', '40,1', 'Convoy seen']);
  });

  it('tabs in a header-less file whose cells hold commas (GDELT place names)', () => {
    const row = (place: string) => ['1', '20260221', place, 'x', 'y'].join('\t');
    const text = [row('Raqqa, Ar Raqqah, Syria'), row('Syria'), row('Hasakah, Al Hasakah, Syria')].join('\n');
    expect(detectDelimiter(text)).toBe('\t');
  });

  it('quoted separators do not count', () => {
    expect(detectDelimiter('a,b\n"x;y;z",2\n"p;q",3\n')).toBe(',');
  });

  it('decides from the first lines, not only the header', () => {
    // a header with one name but data split by semicolons
    const text = `events\n${Array.from({ length: 10 }, (_, i) => `${i};a;b`).join('\n')}`;
    expect(detectDelimiter(text)).toBe(';');
  });
});
