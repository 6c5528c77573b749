/**
 * File names that say which date range was exported:
 * withdrawal-events_2026-02-01_to_2026-02-28.csv, withdrawal-events_from_2026-02-01.geojson,
 * withdrawal-events_until_2026-02-28.csv, withdrawal-events_all-dates.csv.
 */
export function exportFileName(from: string | null, to: string | null, ext: 'csv' | 'geojson'): string {
  const range = from && to ? `${from}_to_${to}` : from ? `from_${from}` : to ? `until_${to}` : 'all-dates';
  return `withdrawal-events_${range}.${ext}`;
}
