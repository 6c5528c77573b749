/** Choose the reader for an imported file by its name, else by its first character. */
import { parseEventsCsv } from './csvFormat';
import { parseEventsGeoJson } from './geojsonFormat';
import type { ImportResult, ParseOptions } from './types';

export const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

export function parseEventsFile(name: string, text: string, opts: ParseOptions = {}): ImportResult {
  const fail = (message: string): ImportResult => ({ events: [], errors: [{ row: null, field: '', message, recordId: null }], warnings: [], totalRows: 0, unmapped: 0 });
  if (text.length > MAX_IMPORT_CHARS) return fail(`the file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB`);
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return parseEventsCsv(text, opts);
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return parseEventsGeoJson(text, opts);
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '{' || first === '[') return parseEventsGeoJson(text, opts);
  if (first !== undefined && /^[a-z_]/i.test(text.trimStart())) return parseEventsCsv(text, opts);
  return fail('unsupported file: load a CSV (.csv) or GeoJSON (.geojson, .json) file');
}
