/** File names that say what range was exported. */
export function exportFileName(from: string | null, to: string | null, ext: 'csv' | 'geojson'): string {
  const range = from && to ? `${from}_to_${to}` : from ? `from_${from}` : to ? `until_${to}` : 'all-dates';
  return `withdrawal-events_${range}.${ext}`;
}
