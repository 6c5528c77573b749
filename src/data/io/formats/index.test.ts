import { describe, expect, it } from 'vitest';
import { readTable } from '../table';
import { acled, cellReader, gdelt, readFormatTable, recogniseTable, ucdpGed } from '.';

const gdeltRow = () => {
  const r = gdelt.columns.map(() => '');
  const set = (c: string, v: string) => (r[gdelt.columns.indexOf(c)] = v);
  set('GLOBALEVENTID', '1');
  set('SQLDATE', '20260221');
  set('MonthYear', '202602');
  set('Year', '2026');
  set('EventRootCode', '19');
  set('DATEADDED', '20260221101500');
  return r;
};

describe('recogniseTable', () => {
  it('each format by its first row', () => {
    expect(recogniseTable(acled.columns)).toEqual({ format: acled, hasHeader: true });
    expect(recogniseTable(ucdpGed.columns)).toEqual({ format: ucdpGed, hasHeader: true });
    expect(recogniseTable(gdelt.columns)).toEqual({ format: gdelt, hasHeader: true });
    expect(recogniseTable(gdeltRow())).toEqual({ format: gdelt, hasHeader: false });
  });

  it('near misses are null: the mapping step takes them', () => {
    for (const row of [
      ['latitude', 'longitude', 'event_date'],
      ['Date', 'Place', 'Latitude', 'Longitude', 'What happened', 'Source link'],
      ['id', 'date', 'precision', 'category', 'title_en', 'title_ar'],
      ['id', 'date_start', 'latitude', 'longitude'],
      gdeltRow().slice(0, 58),
      [],
      [''],
    ])
      expect(recogniseTable(row), row.join(',')).toBeNull();
  });
});

describe('cellReader', () => {
  it('header names in any case onto the format’s names; unknown ones in lower case; a repeat read once', () => {
    const header = [' globaleventid ', 'SQLDATE', 'My Note', 'SQLDATE', 'constructor'];
    const cells = cellReader(gdelt, header)(['7', '20260221', 'n', 'x', 'c']);
    const names: string[] = [];
    for (const k in cells) names.push(k);
    expect(names).toEqual(['GLOBALEVENTID', 'SQLDATE', 'my note', 'constructor']);
    expect([cells.GLOBALEVENTID, cells.SQLDATE, cells['my note'], cells.constructor]).toEqual([
      '7',
      '20260221',
      'n',
      'c',
    ]);
    // nothing from Object.prototype, no column the header does not have
    expect('toString' in cells).toBe(false);
    expect(cells.ActionGeo_Lat).toBeUndefined();
  });

  it('a header-less file uses the format’s order; missing cells are empty', () => {
    const cells = cellReader(ucdpGed, null)(['1', 'r']);
    expect(cells.id).toBe('1');
    expect(cells.relid).toBe('r');
    expect(cells.gwnob).toBe('');
    let n = 0;
    for (const _ in cells) n++;
    expect(n).toBe(49);
  });

  it('each row its own cells, the same names', () => {
    const read = cellReader(acled, ['event_id_cnty', 'notes']);
    const [a, b] = [read(['A', 'one']), read(['B', 'two'])];
    expect([a.event_id_cnty, a.notes, b.event_id_cnty, b.notes]).toEqual(['A', 'one', 'B', 'two']);
  });
});

describe('readFormatTable', () => {
  it('records and problems by spreadsheet row; blank rows skipped but counted in row numbers', () => {
    const header = 'event_id_cnty,event_date,event_type,latitude,longitude';
    const text = [
      header,
      'A1,2026-02-21,Battles,35,40',
      '',
      'A2,someday,Battles,35,40',
      'A3,2026-02-22,Protests,,',
      'A4,x',
    ].join('\r\n');
    const r = readFormatTable(readTable(text));
    expect(r?.format).toBe(acled);
    expect(r?.totalRows).toBe(4);
    expect(r?.records.map((x) => [x.row, x.record.id, x.record.lat])).toEqual([
      [2, 'A1', 35],
      [5, 'A3', undefined],
    ]);
    expect(r?.problems).toEqual([
      { row: 4, column: 'event_date', problem: { code: 'unreadable-date', text: 'someday' } },
      { row: 6, column: '', problem: { code: 'csv-too-few-cells', cells: 2, columns: 5 } },
    ]);
  });

  it('a row the parser could not read is reported as such', () => {
    const text = 'event_id_cnty,event_date,event_type,latitude,longitude\nA1,2026-02-21,"Battles,35,40\n';
    expect(readFormatTable(readTable(text))?.problems).toEqual([
      { row: 2, column: '', problem: { code: 'csv-unclosed-quote' } },
    ]);
  });

  it('a header-less file’s short row is measured against its format’s columns, and says so', () => {
    const rows = [gdeltRow(), gdeltRow().slice(0, 40)].map((r) => r.join('\t')).join('\n');
    expect(readFormatTable(readTable(rows))?.problems).toEqual([
      {
        row: 2,
        column: '',
        problem: { code: 'csv-too-few-cells', cells: 40, columns: gdelt.columns.length, format: gdelt.name },
      },
    ]);
  });

  it('null for a table no format claims, and for an empty one', () => {
    expect(
      readFormatTable(readTable('Date,Place,Latitude,Longitude\n21/02/2026,Raqqa,35.9,39.0\n')),
    ).toBeNull();
    expect(readFormatTable(readTable(''))).toBeNull();
  });
});
