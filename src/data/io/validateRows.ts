/** Shared by the CSV and GeoJSON readers: validate raw event objects one by one, keep the good ones. */
import { event as eventSchema, type StoryEvent } from '../schema';
import type { ImportResult, RowError } from './types';

export interface RawRow {
  row: number;
  raw: Record<string, unknown>;
  /** Maps a schema path (e.g. "sources.0.url") to the name the user sees (e.g. "source_1_url"). */
  fieldName: (path: readonly PropertyKey[]) => string;
  /** Problems found before schema validation (e.g. a number that does not parse). */
  pre: RowError[];
}

export function validateRows(rows: Iterable<RawRow>, total: number, onProgress?: (f: number) => void): ImportResult {
  const events: StoryEvent[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  let unmapped = 0;
  let i = 0;
  for (const r of rows) {
    i++;
    if (onProgress && i % 2000 === 0) onProgress(i / Math.max(1, total));
    const id = typeof r.raw.id === 'string' && r.raw.id ? r.raw.id : null;
    if (r.pre.length > 0) {
      errors.push(...r.pre);
      continue;
    }
    const parsed = eventSchema.safeParse(r.raw);
    if (!parsed.success) {
      const fields = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = r.fieldName(issue.path);
        if (fields.has(field)) continue; // one message per column is enough
        fields.add(field);
        errors.push({ row: r.row, field, message: issue.message, recordId: id });
      }
      continue;
    }
    const e = parsed.data;
    if (seen.has(e.id)) {
      errors.push({ row: r.row, field: 'id', message: `duplicate id "${e.id}" (kept the first)`, recordId: e.id });
      continue;
    }
    if (e.endDate && e.endDate < e.date) {
      errors.push({ row: r.row, field: r.fieldName(['endDate']), message: 'is before date', recordId: e.id });
      continue;
    }
    seen.add(e.id);
    if (e.places.length === 0 && e.lon === undefined) unmapped++;
    events.push(e);
  }
  onProgress?.(1);
  return { events, errors, warnings: [], totalRows: total, unmapped };
}
