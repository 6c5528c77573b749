/// <reference lib="webworker" />
/**
 * Parses and validates an imported events file off the main thread, reporting progress.
 * Input: a File (drag-and-drop, file picker) or a same-origin URL (the `data` link parameter).
 */
import { compareEvents } from '../order';
import type { DataProblem } from '../problems';
import { parseEventsFile } from './detect';
import type { ColumnMapping } from './mapping';
import type { ImportResult } from './types';

/** Where the file comes from. */
export type ImportSource = { file: File } | { url: string; name: string };
/** A file to read, and the mapping step's answer when the file needed one. */
export type WorkerRequest = ImportSource & { mapping?: ColumnMapping };
export type WorkerMessage =
  | { kind: 'progress'; fraction: number; stage: 'reading' | 'parsing' }
  /** Valid events in chronological order, a slice at a time: each message is copied onto the page as its own task. */
  | { kind: 'events'; events: ImportResult['events'] }
  /** Everything but the events, after the last slice. */
  | { kind: 'done'; result: ImportResult }
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

const post = (m: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  try {
    const req = e.data;
    let name: string;
    let text: string;
    post({ kind: 'progress', fraction: 0, stage: 'reading' });
    if ('file' in req) {
      name = req.file.name;
      text = await req.file.text();
    } else {
      name = req.name;
      const res = await fetch(req.url);
      if (!res.ok) throw new HttpError(res.status, res.statusText);
      text = await res.text();
    }
    let last = 0;
    const result = parseEventsFile(name, text, {
      ...(req.mapping && { mapping: req.mapping }),
      onProgress: (fraction) => {
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          post({ kind: 'progress', fraction, stage: 'parsing' });
        }
      },
    });
    // in the app's order (chronological): the page's own sort then finds them sorted, in one pass
    result.events.sort(compareEvents);
    // one message of 100k events stalled the page for ~0.9 s while it was copied in; slices of
    // EVENTS_PER_MESSAGE keep each copy short, with frames drawn between them
    for (let i = 0; i < result.events.length; i += EVENTS_PER_MESSAGE)
      post({ kind: 'events', events: result.events.slice(i, i + EVENTS_PER_MESSAGE) });
    post({ kind: 'done', result: { ...result, events: [] } });
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
