import { describe, expect, it } from 'vitest';
import { NO_CATEGORY, recordToEvent, recordsToResult } from './fromRecords';
import type { EventRecord } from './record';

const record = (over: Partial<EventRecord> = {}): EventRecord => ({
  id: 'SYR1',
  date: '2026-02-21',
  precision: 'exact',
  category: 'Battles',
  title: 'Armed clash — Al-Shaddadi',
  sources: [{ outlet: 'Local outlet' }],
  attributes: {},
  ...over,
});

describe('recordToEvent', () => {
  it('keeps what the file says: one language, its category, uncertainty, sources without links, attributes', () => {
    const e = recordToEvent(
      record({
        summary: 'Notes, with "quotes".',
        location: 'Al-Shaddadi',
        lat: 36.05,
        lon: 40.73,
        uncertaintyKm: 25,
        endDate: '2026-02-23',
        precision: 'approx-week',
        attributes: { actor1: 'Group A', fatalities: 3 },
      }),
      'SYR1',
    );
    expect(e).toEqual({
      id: 'SYR1',
      date: '2026-02-21',
      endDate: '2026-02-23',
      precision: 'approx-week',
      category: 'Battles',
      title: { en: 'Armed clash — Al-Shaddadi' },
      summary: { en: 'Notes, with "quotes".' },
      scope: { en: 'Al-Shaddadi' },
      lat: 36.05,
      lon: 40.73,
      uncertaintyKm: 25,
      attributes: { actor1: 'Group A', fatalities: 3 },
      places: [],
      effects: [],
      movements: [],
      disputes: [],
      context: false,
      sources: [{ outlet: 'Local outlet' }],
    });
  });

  it('puts Arabic text in Arabic, and names a missing category and title', () => {
    const e = recordToEvent(record({ title: '', location: 'الشدادي', category: null }), 'x');
    expect(e.title).toEqual({ ar: 'الشدادي' });
    expect(e.category).toBe(NO_CATEGORY);
    expect(recordToEvent(record({ title: '  ', category: ' ' }), 'y').title).toEqual({ en: '2026-02-21' });
  });

  it('has no uncertainty without a place, and no end date equal to the start', () => {
    const e = recordToEvent(record({ uncertaintyKm: 25, endDate: '2026-02-21' }), 'x');
    expect(e).not.toHaveProperty('uncertaintyKm');
    expect(e).not.toHaveProperty('endDate');
  });
});

describe('recordsToResult', () => {
  it('numbers rows without an id, leaves out a repeated id, counts the unmapped, sorts problems by row', () => {
    const r = recordsToResult(
      {
        records: [
          { row: 2, record: record({ lat: 36, lon: 40 }) },
          { row: 3, record: record({ id: null }) },
          { row: 5, record: record({ id: 'not an id!' }) },
          { row: 6, record: record() },
        ],
        problems: [{ row: 4, column: 'event_date', problem: { code: 'unreadable-date', text: 'soon' } }],
        warnings: [{ row: 3, column: 'source', problem: { code: 'bad-url' } }],
        totalRows: 5,
      },
      'row',
      'ACLED',
    );
    expect(r.events.map((e) => e.id)).toEqual(['SYR1', 'row-3', 'row-5']);
    expect(r.unmapped).toBe(2);
    expect(r.totalRows).toBe(5);
    expect(r.format).toBe('ACLED');
    expect(r.errors.map((e) => [e.row, e.field, e.problem.code])).toEqual([
      [4, 'event_date', 'unreadable-date'],
      [6, 'id', 'duplicate-id'],
    ]);
    expect(r.rowWarnings).toEqual([
      { row: 3, field: 'source', problem: { code: 'bad-url' }, recordId: null },
    ]);
  });

  it('stops at the row limit and says where', () => {
    const records = [2, 3, 4].map((row) => ({ row, record: record({ id: `e${row}` }) }));
    const r = recordsToResult({ records, problems: [], warnings: [], totalRows: 3 }, 'row', 'ACLED', 2);
    expect(r.events).toHaveLength(2);
    expect(r.errors[0]!.problem).toEqual({ code: 'row-limit', limit: 2, stoppedAt: 4, noun: 'row' });
  });
});
