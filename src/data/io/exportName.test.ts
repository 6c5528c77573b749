import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportName';

describe('exportFileName', () => {
  it('names the exported date range', () => {
    expect(exportFileName('2026-02-01', '2026-02-28', 'csv')).toBe(
      'withdrawal-events_2026-02-01_to_2026-02-28.csv',
    );
    expect(exportFileName('2026-02-01', '2026-02-28', 'geojson')).toBe(
      'withdrawal-events_2026-02-01_to_2026-02-28.geojson',
    );
  });
  it('says when one side or both are open', () => {
    expect(exportFileName(null, null, 'csv')).toBe('withdrawal-events_all-dates.csv');
    expect(exportFileName(null, null, 'geojson')).toBe('withdrawal-events_all-dates.geojson');
    expect(exportFileName('2026-02-01', null, 'csv')).toBe('withdrawal-events_from_2026-02-01.csv');
    expect(exportFileName(null, '2026-02-28', 'geojson')).toBe('withdrawal-events_until_2026-02-28.geojson');
  });
});
