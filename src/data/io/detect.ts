/**
 * Reads an imported events file with the right reader: by its extension (.csv; .geojson, .json),
 * else by its first non-space character ("{" or "[" → GeoJSON, text → CSV).
 */
import { parseEventsCsv } from './csvFormat';
import { parseEventsGeoJson } from './geojsonFormat';
import type { ImportResult, ParseOptions } from './types';
import { fileError } from './validateRows';

/** Files larger than this (UTF-8 bytes) are refused without being parsed. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface DetectOptions extends ParseOptions {
  /** Override the size limit (tests). */
  maxBytes?: number;
}

/** Whether the text's UTF-8 encoding is longer than max bytes (counts only as far as needed). */
export function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > max) return true;
  }
  return false;
}

export type FileKind = 'csv' | 'geojson';

/** Which reader a file needs, or null when it is neither. */
export function detectKind(name: string, text: string): FileKind | null {
  const lower = name.trim().toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const first = start[0];
  if (first === '{' || first === '[') return 'geojson';
  // Binary files (images, spreadsheets, zip) are not CSV even when they start with a letter.
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(start.slice(0, 4096))) return null;
  if (first !== undefined && /[\p{L}_"]/u.test(first)) return 'csv';
  return null;
}

export function parseEventsFile(name: string, text: string, opts: DetectOptions = {}): ImportResult {
  const max = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (exceedsBytes(text, max)) {
    return fileError({ code: 'file-too-large', name, maxMb: Math.round((max / 1024 / 1024) * 10) / 10 });
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return fileError({ code: 'empty-file', name });
  const kind = detectKind(name, text);
  const { onProgress, maxRows } = opts;
  if (kind === 'csv') return parseEventsCsv(text, { onProgress, maxRows });
  if (kind === 'geojson') return parseEventsGeoJson(text, { onProgress, maxRows });
  return fileError({ code: 'unsupported-file', name });
}
