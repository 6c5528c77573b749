/// <reference lib="webworker" />
/**
 * Parses and validates an imported events file off the main thread, reporting progress, reading it
 * as it arrives (stream.ts) and handing the events over as they are made.
 * Input: a File (drag-and-drop, file picker) or a same-origin URL (the `data` link parameter).
 */
import { chronologicalOrder } from '../order';
import type { DataProblem } from '../problems';
import type { StoryEvent } from '../schema';
import { encodeEvents, packColumns, transferables, type EventColumns } from './eventColumns';
import { readEventsStream } from './stream';
import { isPackUrl, PACK_INDEX } from '../pack/packFormat';
import { readPack, type PackReadOptions } from '../pack/readPack';
import type { ColumnMapping } from './mapping';
import type { ImportProgress, ImportResult } from './types';

/** Where the file comes from: a pack is named by its folder's URL (ending in "/"; data/pack). */
export type ImportSource =
  | { file: File }
  /** `window`: for a pack, read only the parts a date range needs (readPack.ts) */
  | { url: string; name: string; window?: PackReadOptions['window'] };

/** A file to read, and the mapping step's answer when the file needed one. */
export type WorkerRequest = ImportSource & { mapping?: ColumnMapping };
export type WorkerMessage =
  | { kind: 'progress'; fraction: ImportProgress; stage: 'reading' | 'parsing' }
  /**
   * Valid events in the order read, a slice at a time, as columns (eventColumns.ts): each message
   * reaches the page as its own task, its typed arrays moved rather than copied.
   */
  | { kind: 'events'; columns: EventColumns }
  /** Everything but the events, after the last slice, and the events' chronological order (positions in the order sent). */
  | { kind: 'done'; result: ImportResult; order: Int32Array }
  | { kind: 'failed'; problem: DataProblem };

/** A fetch that answered with an error status. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly statusText: string,
  ) {
    super(`HTTP ${status} ${statusText}`.trim());
  }
}

export const EVENTS_PER_MESSAGE = 5_000;

const post = (m: WorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);
/** A slice of events to the page: its columns of unrepeated values packed (eventColumns.ts), its buffers moved. */
const send = (c: EventColumns) => {
  const columns = packColumns(c);
  post({ kind: 'events', columns }, transferables(columns));
};

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  try {
    const req = e.data;
    let name: string;
    let bytes: ReadableStream<Uint8Array>;
    let totalBytes: number | undefined;
    post({ kind: 'progress', fraction: 0, stage: 'reading' });
    if ('url' in req && isPackUrl(req.url)) {
      // a pack: its parts are already columns, checked and handed on one by one, in the app's order
      let sent = 0;
      const result = await readPack(
        new URL(PACK_INDEX, req.url).href,
        (columns) => {
          sent += columns.length;
          send(columns);
        },
        {
          onProgress: (fraction) => post({ kind: 'progress', fraction, stage: 'parsing' }),
          ...(req.window && { window: req.window }),
        },
      );
      const order = Int32Array.from({ length: sent }, (_, i) => i);
      post({ kind: 'done', result, order }, [order.buffer]);
      return;
    }
    if ('file' in req) {
      name = req.file.name;
      bytes = req.file.stream();
      totalBytes = req.file.size;
    } else {
      name = req.name;
      const res = await fetch(req.url);
      if (!res.ok || !res.body) throw new HttpError(res.status, res.statusText);
      bytes = res.body;
      // a compressed response's length is not the text's: no progress then, rather than a wrong one
      const length = res.headers.get('content-encoding') ? null : res.headers.get('content-length');
      if (length) totalBytes = Number(length);
    }
    if (totalBytes === undefined) post({ kind: 'progress', fraction: 'unknown', stage: 'reading' });
    // events go to the page as they are made, EVENTS_PER_MESSAGE at a time: one message of 100k
    // events stalled the page for ~0.9 s while it was copied in; with slices, frames are drawn
    // between them, and the copying overlaps the reading. As columns, a slice's repeated names are
    // sent once and its numbers moved: the page's share of the hand-over went from ~0.6 s to ~0.25 s
    // at 100k (Node, BENCHMARKS.md), and the events share their attribute strings on the page
    let pending: StoryEvent[] = [];
    const flush = () => {
      for (let i = 0; i < pending.length; i += EVENTS_PER_MESSAGE) {
        send(encodeEvents(pending.slice(i, i + EVENTS_PER_MESSAGE)));
      }
      pending = [];
    };
    let last = 0;
    const result = await readEventsStream(
      name,
      bytes,
      {
        ...(req.mapping && { mapping: req.mapping }),
        ...(totalBytes !== undefined && { totalBytes }),
        onProgress: (fraction) => {
          if (fraction - last >= 0.02 || fraction === 1) {
            last = fraction;
            post({ kind: 'progress', fraction, stage: 'parsing' });
          }
        },
      },
      (events) => {
        for (const ev of events) pending.push(ev);
        if (pending.length >= EVENTS_PER_MESSAGE) flush();
      },
    );
    flush();
    // the app's order (chronological), as positions in the order the events were sent: the page
    // puts them in it in one pass, and its own sort then finds them sorted
    const order = chronologicalOrder(result.events);
    post({ kind: 'done', result: { ...result, events: [] }, order }, [order.buffer]);
  } catch (err) {
    post({
      kind: 'failed',
      problem:
        err instanceof HttpError
          ? { code: 'http-error', status: err.status, statusText: err.statusText }
          : { code: 'read-failed', detail: err instanceof Error ? err.message : String(err) },
    });
  }
};
