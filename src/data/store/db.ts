/**
 * The browser's IndexedDB database the app keeps imported datasets and column mappings in, and
 * the two ways it can fail as codes. Only `datasets.ts` and `mappings.ts` use it.
 *
 * Storage is a convenience, never a condition: every failure rejects with a `StoreError` whose
 * code the caller shows (or ignores) while the page goes on with the data it has in memory.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export type StoreErrorCode = 'storage-full' | 'storage-unavailable';

/** Why something could not be kept or read back. */
export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode) {
    super(code);
    this.name = 'StoreError';
  }
}

const QUOTA_NAMES = new Set([
  'QuotaExceededError',
  // Firefox before 2019 named it this way for some storage APIs
  'NS_ERROR_DOM_QUOTA_REACHED',
]);

const errorName = (e: unknown): string | null =>
  e !== null && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? e.name : null;

/**
 * The `StoreError` for anything an IndexedDB call threw or rejected with. A transaction that hits
 * the quota aborts with `QuotaExceededError` as its `error`, while its pending requests fail with
 * a plain `AbortError`: `txError` is the transaction's error, so that case is "full" too. Every
 * other failure (closed connection, unknown internal error…) means storage is not usable now.
 */
export function storeError(e: unknown, txError?: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const full = QUOTA_NAMES.has(errorName(e) ?? '') || QUOTA_NAMES.has(errorName(txError) ?? '');
  return new StoreError(full ? 'storage-full' : 'storage-unavailable');
}

export const DB_NAME = 'withdrawal-map';
const DB_VERSION = 1;

/**
 * Safari 14.1 could leave `indexedDB.open` pending forever on a page's first call; a store that
 * does not answer within this time is treated as unavailable rather than keeping the caller
 * waiting.
 */
const OPEN_TIMEOUT_MS = 5000;

/** A saved dataset without its text (`datasets.ts` exports it as `SavedMeta`). */
export interface StoredMeta {
  id: string;
  /** The file's name as the user gave it. */
  name: string;
  /** ISO date and time of the last save. */
  savedAt: string;
  /** The file's size in bytes. */
  bytes: number;
  /** How to read it (a `ColumnMapping` for a table), or null when the format needs none. */
  mapping: unknown;
}

export interface StoreSchema extends DBSchema {
  /** Dataset metadata by id: what a list shows, small enough to read all at once. */
  datasets: { key: string; value: StoredMeta; indexes: { name: string } };
  /** Dataset files by the same id, read only when one dataset is opened: Blobs (texts, kept by versions before 1 Dec 2026). */
  datasetTexts: { key: string; value: Blob | string };
  /** Column mappings by `mappingKey(header)`. */
  mappings: { key: string; value: { mapping: unknown; savedAt: string } };
}

export type StoreDb = IDBPDatabase<StoreSchema>;

let opening: Promise<StoreDb> | null = null;

function open(): Promise<StoreDb> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreError('storage-unavailable')), OPEN_TIMEOUT_MS);
  });
  const opened = (async () => {
    const db = await openDB<StoreSchema>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('name', 'name');
        db.createObjectStore('datasetTexts');
        db.createObjectStore('mappings');
      },
      // another tab wants a newer version: let it have the database; the next call reopens
      blocking() {
        db.close();
        opening = null;
      },
      terminated() {
        opening = null;
      },
    });
    return db;
  })();
  return Promise.race([opened, timeout])
    .catch(() => {
      // a failed open (private mode, storage blocked by the user) is tried again next time
      opening = null;
      // a connection that opened after the timeout would otherwise stay open unused
      opened.then((db) => db.close()).catch(() => undefined);
      // whatever the reason (even a full disk), storage cannot be used now
      throw new StoreError('storage-unavailable');
    })
    .finally(() => clearTimeout(timer));
}

/** The open database (opened once, shared by every call). */
export function database(): Promise<StoreDb> {
  // no IndexedDB at all (some embedded browsers, old private modes): nothing to cache
  if (typeof indexedDB === 'undefined') return Promise.reject(new StoreError('storage-unavailable'));
  opening ??= open();
  return opening;
}

/** Closes the connection; the next call opens it again. (Tests use it to start from a fresh database.) */
export async function closeStore(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) await current.then((db) => db.close()).catch(() => undefined);
}

type Tx<S extends StoreNames<StoreSchema>[], M extends IDBTransactionMode> = IDBPTransaction<
  StoreSchema,
  S,
  M
>;

/**
 * Runs `body` in one transaction over `stores` and resolves once the transaction has committed.
 * On any failure the transaction is aborted (nothing half-written stays) and the failure becomes
 * a `StoreError`.
 */
export async function inTransaction<
  const S extends StoreNames<StoreSchema>[],
  M extends IDBTransactionMode,
  T,
>(stores: S, mode: M, body: (tx: Tx<S, M>) => Promise<T>): Promise<T> {
  const db = await database();
  let tx: Tx<S, M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (e) {
    throw storeError(e);
  }
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted (e.g. by the quota)
    }
    await tx.done.catch(() => undefined);
    throw storeError(e, tx.error);
  }
}
