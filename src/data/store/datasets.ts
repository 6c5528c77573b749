/**
 * Imported datasets kept in the browser: the file as the user gave it (its bytes, unchanged) and
 * how to read it (its column mapping), so it can be opened again without choosing the file.
 *
 * The file is kept as a Blob, not as text: a browser stores a Blob beside the database, while a
 * string is serialised into it, and Chromium refuses a value over ~127 MiB (a 140 MB CSV of
 * Arabic titles serialises to ~257 MB as UTF-16); reading it as text would also hold it twice in
 * memory. Datasets kept as text by earlier versions are read as before.
 *
 * Metadata and files are in separate object stores: listing reads only the small metadata, a
 * file (possibly hundreds of MB) is read only when its dataset is opened. Every function rejects
 * with a `StoreError` (never anything else) when storage is full or unavailable.
 */
import { inTransaction, type StoredMeta } from './db';

export { StoreError, type StoreErrorCode } from './db';

/** A saved dataset as a list shows it: everything but the file. */
export type SavedMeta = StoredMeta;

export interface SavedDataset extends SavedMeta {
  /** The file's bytes as they were given (BOM, separators and line ends untouched). */
  file: Blob;
}

function newId(): string {
  // randomUUID exists only in secure contexts (https, localhost)
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** A kept file: a Blob, or the text an earlier version kept (as its UTF-8 bytes, what the file was). */
const asBlob = (kept: Blob | string): Blob => (typeof kept === 'string' ? new Blob([kept]) : kept);

const CHUNK = 4 * 1024 * 1024;

/** Whether two files of the same size hold the same bytes, read a few MB at a time. */
export async function sameBytes(a: Blob, b: Blob): Promise<boolean> {
  if (a.size !== b.size) return false;
  for (let at = 0; at < a.size; at += CHUNK) {
    const [x, y] = await Promise.all([
      a.slice(at, at + CHUNK).arrayBuffer(),
      b.slice(at, at + CHUNK).arrayBuffer(),
    ]);
    const u = new Uint8Array(x);
    const v = new Uint8Array(y);
    for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  }
  return true;
}

/**
 * Keeps a dataset. Saving a file with the same name and the same bytes as a saved one replaces
 * that one (same id, new date and mapping) rather than adding a second copy; a changed file under
 * the same name is a new dataset.
 */
export async function saveDataset(d: { name: string; file: Blob; mapping: unknown }): Promise<SavedMeta> {
  const bytes = d.file.size;
  // only a dataset of the same name and size can hold the same file: at most a few are compared,
  // outside any transaction (one would commit while a comparison awaits the file's bytes)
  const candidates = await inTransaction(['datasets', 'datasetTexts'], 'readonly', async (tx) => {
    const same = (await tx.objectStore('datasets').index('name').getAll(d.name)).filter(
      (m) => m.bytes === bytes,
    );
    return Promise.all(
      same.map(async (m) => ({ id: m.id, kept: await tx.objectStore('datasetTexts').get(m.id) })),
    );
  });
  let id: string | null = null;
  for (const c of candidates) {
    if (c.kept !== undefined && (await sameBytes(asBlob(c.kept), d.file))) {
      id = c.id;
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
  await inTransaction(['datasets', 'datasetTexts'], 'readwrite', async (tx) => {
    await tx.objectStore('datasets').put(meta);
    if (id === null) await tx.objectStore('datasetTexts').put(d.file, meta.id);
  });
  askToPersist();
  return meta;
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

/** The saved datasets, newest first, without their files. */
export async function listDatasets(): Promise<SavedMeta[]> {
  const all = await inTransaction(['datasets'], 'readonly', (tx) => tx.objectStore('datasets').getAll());
  return all.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** One saved dataset with its file, or null when there is none with this id. */
export function loadDataset(id: string): Promise<SavedDataset | null> {
  return inTransaction(['datasets', 'datasetTexts'], 'readonly', async (tx) => {
    const [meta, kept] = await Promise.all([
      tx.objectStore('datasets').get(id),
      tx.objectStore('datasetTexts').get(id),
    ]);
    return meta && kept !== undefined ? { ...meta, file: asBlob(kept) } : null;
  });
}

/** Forgets a dataset (nothing happens when there is none with this id). */
export function deleteDataset(id: string): Promise<void> {
  return inTransaction(['datasets', 'datasetTexts'], 'readwrite', async (tx) => {
    await Promise.all([tx.objectStore('datasets').delete(id), tx.objectStore('datasetTexts').delete(id)]);
  });
}
