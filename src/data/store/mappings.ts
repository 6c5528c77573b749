/**
 * Column mappings remembered by header: a file with the same columns as one mapped before (next
 * week's export of the same sheet) is read the same way without asking again. Same database as
 * the datasets; rejects with a `StoreError` when storage is full or unavailable.
 */
import { inTransaction } from './db';

/** One header cell as it is compared: Unicode-normalised, trimmed, runs of spaces as one, lower case. */
const normalise = (cell: string): string => cell.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The key a header's mapping is kept under. Cells are normalised so that `Latitude ` and
 * `latitude` match, and joined as a JSON array: its `","` separator cannot occur inside a cell
 * (quotes in cells are escaped), so two different headers never share a key.
 */
export function mappingKey(header: readonly string[]): string {
  return JSON.stringify(header.map(normalise));
}

/** Remembers the mapping for files with this header (replacing any before). */
export function saveMapping(key: string, mapping: unknown): Promise<void> {
  return inTransaction(['mappings'], 'readwrite', async (tx) => {
    await tx.objectStore('mappings').put({ mapping, savedAt: new Date().toISOString() }, key);
  });
}

/**
 * The mapping last saved for this header, or null. It is stored data from an earlier visit
 * (maybe an older version of the app): check it (e.g. `asColumnMapping`) before using it.
 */
export async function loadMapping(key: string): Promise<unknown> {
  const found = await inTransaction(['mappings'], 'readonly', (tx) => tx.objectStore('mappings').get(key));
  return found === undefined ? null : found.mapping;
}
