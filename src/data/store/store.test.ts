import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDataset, listDatasets, loadDataset, sameBytes, saveDataset } from './datasets';
import { closeStore, database, DB_NAME, StoreError, storeError } from './db';
import { loadMapping, mappingKey, saveMapping } from './mappings';

const CSV = 'Date,Place\n21/02/2026,Tanf\n';
const mapping = { version: 1, roles: { date: 'Date' } };
const blob = (text: string) => new Blob([text]);
/** A loaded dataset with its file read back as text, to compare. */
const withText = async <T extends { file: Blob }>(d: T | null) => {
  if (!d) return null;
  const { file, ...meta } = d;
  return { ...meta, text: await file.text() };
};

beforeEach(async () => {
  await closeStore();
  globalThis.indexedDB = new IDBFactory(); // a fresh, empty database for each test
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Each save one second after the last, so "newest first" is decided by the dates. */
function tickingClock() {
  vi.useFakeTimers({ toFake: ['Date'] });
  let t = Date.parse('2026-03-01T10:00:00Z');
  return () => vi.setSystemTime((t += 1000));
}

const rejection = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
};

describe('datasets', () => {
  it('saves, lists, loads and deletes', async () => {
    const tick = tickingClock();
    tick();
    const a = await saveDataset({ name: 'a.csv', file: blob(CSV), mapping });
    tick();
    const b = await saveDataset({
      name: 'b.geojson',
      file: blob('{"type":"FeatureCollection"}'),
      mapping: null,
    });
    expect(a).toEqual({ id: a.id, name: 'a.csv', savedAt: '2026-03-01T10:00:01.000Z', bytes: 27, mapping });
    expect(a.id).not.toBe(b.id);

    expect(await listDatasets()).toEqual([b, a]); // newest first
    expect(await withText(await loadDataset(a.id))).toEqual({ ...a, text: CSV });
    expect(await withText(await loadDataset(b.id))).toEqual({ ...b, text: '{"type":"FeatureCollection"}' });
    expect(await loadDataset('no-such-id')).toBeNull();

    await deleteDataset(a.id);
    expect(await listDatasets()).toEqual([b]);
    expect(await loadDataset(a.id)).toBeNull();
    await deleteDataset('no-such-id'); // not an error
  });

  it('keeps one entry when the same file is saved again, with the newer date and mapping', async () => {
    const tick = tickingClock();
    tick();
    const first = await saveDataset({ name: 'a.csv', file: blob(CSV), mapping: null });
    tick();
    const again = await saveDataset({ name: 'a.csv', file: blob(CSV), mapping });
    expect(again.id).toBe(first.id);
    expect(await listDatasets()).toEqual([again]);
    expect(again.mapping).toEqual(mapping);
    expect(again.savedAt > first.savedAt).toBe(true);
    expect(await (await loadDataset(first.id))?.file.text()).toBe(CSV);
  });

  it('keeps a changed text under the same name, and the same text under another name, as new datasets', async () => {
    const a = await saveDataset({ name: 'a.csv', file: blob(CSV), mapping: null });
    const changed = await saveDataset({
      name: 'a.csv',
      file: blob(CSV.replace('Tanf', 'Tanq')),
      mapping: null,
    });
    const renamed = await saveDataset({ name: 'b.csv', file: blob(CSV), mapping: null });
    expect(new Set([a.id, changed.id, renamed.id]).size).toBe(3);
    expect(await listDatasets()).toHaveLength(3);
  });

  it('asks the browser to keep the storage (persist), once it is not yet persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    let persisted = false;
    vi.stubGlobal('navigator', { storage: { persist, persisted: () => Promise.resolve(persisted) } });
    try {
      await saveDataset({ name: 'a.csv', file: blob('x'), mapping: null });
      await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
      persisted = true;
      await saveDataset({ name: 'b.csv', file: blob('y'), mapping: null });
      await new Promise((r) => setTimeout(r, 0));
      expect(persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lists without reading any text', async () => {
    await saveDataset({ name: 'a.csv', file: blob(CSV), mapping: null });
    await saveDataset({ name: 'b.csv', file: blob(CSV + 'x'), mapping: null });
    const methods = ['get', 'getAll', 'getAllKeys', 'getKey', 'openCursor', 'openKeyCursor'] as const;
    const spies = methods.map((m) => vi.spyOn(IDBObjectStore.prototype, m)); // they call through
    expect(await listDatasets()).toHaveLength(2);
    const read = spies.flatMap((spy) => (spy.mock.contexts as IDBObjectStore[]).map((store) => store.name));
    expect(read).toEqual(['datasets']);
  });

  it('counts size in the file’s bytes, and compares files by their bytes', async () => {
    const d = await saveDataset({ name: 'ar.csv', file: blob('التاريخ,المكان\n😀'), mapping: null });
    expect(d.bytes).toBe(new TextEncoder().encode('التاريخ,المكان\n😀').length);
    expect(await sameBytes(blob('abc'), blob('abc'))).toBe(true);
    expect(await sameBytes(blob('abc'), blob('abd'))).toBe(false);
    expect(await sameBytes(blob('abc'), blob('abcd'))).toBe(false);
    // past the first chunk read
    const big = 'x'.repeat(5 * 1024 * 1024);
    expect(await sameBytes(blob(big + 'a'), blob(big + 'a'))).toBe(true);
    expect(await sameBytes(blob(big + 'a'), blob(big + 'b'))).toBe(false);
  });

  it('opens a dataset an earlier version kept as text, and saving that file again replaces it', async () => {
    const db = await database();
    await db.put('datasets', {
      id: 'old',
      name: 'a.csv',
      savedAt: '2026-11-01T00:00:00.000Z',
      bytes: 27,
      mapping,
    });
    await db.put('datasetTexts', CSV, 'old');
    const old = await loadDataset('old');
    expect(old?.file).toBeInstanceOf(Blob);
    expect(await old?.file.text()).toBe(CSV);
    const again = await saveDataset({ name: 'a.csv', file: blob(CSV), mapping });
    expect(again.id).toBe('old');
    expect(await listDatasets()).toHaveLength(1);
  });
});

describe('when storage fails', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('rejects a put the quota refuses with storage-full, and keeps nothing of it', async () => {
    await saveDataset({ name: 'old.csv', file: blob(CSV), mapping: null });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const e = await rejection(saveDataset({ name: 'big.csv', file: blob('x'.repeat(1000)), mapping: null }));
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('storage-full');
    expect(await rejection(saveMapping('k', mapping))).toEqual(new StoreError('storage-full'));
    vi.restoreAllMocks();
    expect((await listDatasets()).map((d) => d.name)).toEqual(['old.csv']);
  });

  it('rejects with storage-full when the transaction aborts for the quota (its requests fail with AbortError)', async () => {
    const put = Reflect.get(IDBObjectStore.prototype, 'put');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = put.apply(this, args);
      // what a browser does when the write does not fit: the whole transaction aborts with this error
      (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    expect(await rejection(saveDataset({ name: 'big.csv', file: blob(CSV), mapping: null }))).toEqual(
      new StoreError('storage-full'),
    );
    vi.restoreAllMocks();
    expect(await listDatasets()).toEqual([]);
  });

  it('rejects with storage-unavailable when there is no IndexedDB, and works once there is', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const e = await rejection(listDatasets());
    expect(e).toEqual(new StoreError('storage-unavailable'));
    expect((e as StoreError).code).toBe('storage-unavailable');
    expect(await rejection(loadMapping('k'))).toEqual(new StoreError('storage-unavailable'));
    vi.unstubAllGlobals();
    expect(await listDatasets()).toEqual([]);
  });

  it('rejects with storage-unavailable when opening throws (storage blocked by the browser)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(await rejection(saveDataset({ name: 'a.csv', file: blob(CSV), mapping: null }))).toEqual(
      new StoreError('storage-unavailable'),
    );
  });

  it('rejects with storage-unavailable when the open request fails', async () => {
    // a newer version of the app made the database already: opening version 1 fails with VersionError
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 99);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(new Error('could not set up'));
    });
    expect(await rejection(listDatasets())).toEqual(new StoreError('storage-unavailable'));
  });

  it('maps any error to a code', () => {
    expect(storeError(quota()).code).toBe('storage-full');
    expect(storeError(new DOMException('', 'AbortError'), quota()).code).toBe('storage-full');
    expect(storeError(new DOMException('', 'AbortError'), null).code).toBe('storage-unavailable');
    expect(storeError(new DOMException('', 'UnknownError')).code).toBe('storage-unavailable');
    expect(storeError('a string').code).toBe('storage-unavailable');
    expect(storeError(undefined).code).toBe('storage-unavailable');
    const own = new StoreError('storage-full');
    expect(storeError(own)).toBe(own);
  });
});

describe('mappings', () => {
  it('keys a header the same whatever its spacing and case', () => {
    expect(mappingKey([' Date', 'LATITUDE ', 'What  happened'])).toBe(
      mappingKey(['date', 'latitude', 'what happened']),
    );
    expect(mappingKey(['التاريخ', 'المكان'])).toBe(mappingKey([' التاريخ ', 'المكان']));
  });

  it('never gives two different headers the same key', () => {
    expect(mappingKey(['a,b'])).not.toBe(mappingKey(['a', 'b']));
    expect(mappingKey(['a","b'])).not.toBe(mappingKey(['a', 'b']));
    expect(mappingKey(['a\u0000b'])).not.toBe(mappingKey(['a', 'b']));
    expect(mappingKey(['a', 'b'])).not.toBe(mappingKey(['b', 'a']));
    expect(mappingKey([])).not.toBe(mappingKey(['']));
  });

  it('remembers a mapping by its key, the last one saved', async () => {
    const key = mappingKey(['Date', 'Place']);
    expect(await loadMapping(key)).toBeNull();
    await saveMapping(key, { version: 1, roles: {} });
    await saveMapping(key, mapping);
    expect(await loadMapping(key)).toEqual(mapping);
    expect(await loadMapping(mappingKey(['Date']))).toBeNull();
  });

  it('shares the database with the datasets', async () => {
    await saveMapping('k', mapping);
    await saveDataset({ name: 'a.csv', file: blob(CSV), mapping });
    expect(await loadMapping('k')).toEqual(mapping);
    expect(await listDatasets()).toHaveLength(1);
  });
});
