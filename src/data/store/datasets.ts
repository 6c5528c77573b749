/**
 * Imported datasets kept in the browser: the file as the user gave it (its text, unchanged) and
 * how to read it (its column mapping), so it can be opened again without choosing the file.
 *
 * Metadata and texts are in separate object stores: listing reads only the small metadata, a
 * text (possibly tens of MB) is read only when its dataset is opened. Every function rejects
 * with a `StoreError` (never anything else) when storage is full or unavailable.
 */
import { inTransaction, type StoredMeta } from './db';

export { StoreError, type StoreErrorCode } from './db';

/** A saved dataset as a list shows it: everything but the text. */
export type SavedMeta = StoredMeta;

export interface SavedDataset extends SavedMeta {
  /** The file's text as it was read (BOM, separators and line ends untouched). */
  text: string;
}

/** The UTF-8 size of a text without encoding it (a copy of a 50 MB file would be wasted). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4; // a surrogate pair: one code point above U+FFFF
        i++;
      } else n += 3; // a lone surrogate is written as U+FFFD
    } else n += 3;
  }
  return n;
}

function newId(): string {
  // randomUUID exists only in secure contexts (https, localhost)
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * Keeps a dataset. Saving a file with the same name and the same text as a saved one replaces
 * that one (same id, new date and mapping) rather than adding a second copy; a changed text under
 * the same name is a new dataset.
 */
export function saveDataset(d: { name: string; text: string; mapping: unknown }): Promise<SavedMeta> {
  const bytes = utf8Bytes(d.text);
  return inTransaction(['datasets', 'datasetTexts'], 'readwrite', async (tx) => {
    const metas = tx.objectStore('datasets');
    const texts = tx.objectStore('datasetTexts');
    // only a dataset of the same name and size can hold the same text: at most a few texts are read
    let id: string | null = null;
    for (const m of await metas.index('name').getAll(d.name)) {
      if (m.bytes === bytes && (await texts.get(m.id)) === d.text) {
        id = m.id;
        break;
      }
    }
    const meta: SavedMeta = {
      id: id ?? newId(),
      name: d.name,
      savedAt: new Date().toISOString(),
      bytes,
      mapping: d.mapping ?? null,
    };
    await metas.put(meta);
    if (id === null) await texts.put(d.text, meta.id);
    return meta;
  }).then((meta) => {
    askToPersist();
    return meta;
  });
}

/**
 * Asks the browser not to clear the app's storage when it runs short of space (it may without
 * asking: "best-effort" storage). Chromium decides silently, Firefox may ask the person; the
 * dataset is kept either way, so the answer is not waited for.
 */
function askToPersist() {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return;
  void storage
    .persisted()
    .then((already) => already || storage.persist())
    .catch(() => false);
}

/** The saved datasets, newest first, without their texts. */
export async function listDatasets(): Promise<SavedMeta[]> {
  const all = await inTransaction(['datasets'], 'readonly', (tx) => tx.objectStore('datasets').getAll());
  return all.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** One saved dataset with its text, or null when there is none with this id. */
export function loadDataset(id: string): Promise<SavedDataset | null> {
  return inTransaction(['datasets', 'datasetTexts'], 'readonly', async (tx) => {
    const [meta, text] = await Promise.all([
      tx.objectStore('datasets').get(id),
      tx.objectStore('datasetTexts').get(id),
    ]);
    return meta && text !== undefined ? { ...meta, text } : null;
  });
}

/** Forgets a dataset (nothing happens when there is none with this id). */
export function deleteDataset(id: string): Promise<void> {
  return inTransaction(['datasets', 'datasetTexts'], 'readwrite', async (tx) => {
    await Promise.all([tx.objectStore('datasets').delete(id), tx.objectStore('datasetTexts').delete(id)]);
  });
}
