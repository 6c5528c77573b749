/** Runs an import in a worker; resolves with the validated result, reports progress on the way. */
import type { DataProblem } from '../problems';
import { decodeEvents } from './eventColumns';
import type { ImportProgress, ImportResult } from './types';
import type { WorkerMessage, WorkerRequest } from './import.worker';

/** The import could not run at all: the file could not be read or fetched, or the worker failed. */
export class ImportFailed extends Error {
  constructor(readonly problem: DataProblem) {
    super(`import failed: ${problem.code}`);
  }
}

export function importInWorker(
  req: WorkerRequest,
  onProgress: (fraction: ImportProgress) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => worker.terminate();
    const events: ImportResult['events'] = [];
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress(m.fraction);
      else if (m.kind === 'events') {
        for (const ev of decodeEvents(m.columns)) events.push(ev);
      } else if (m.kind === 'done') {
        stop();
        if (m.order.length !== events.length) {
          reject(new ImportFailed({ code: 'worker-failed', detail: 'events lost on the way' }));
          return;
        }
        // into the app's (chronological) order, as the worker worked it out
        resolve({ ...m.result, events: Array.from(m.order, (i) => events[i]!) });
      } else {
        stop();
        reject(new ImportFailed(m.problem));
      }
    };
    worker.onerror = (e) => {
      stop();
      reject(new ImportFailed({ code: 'worker-failed', detail: e.message || null }));
    };
    worker.postMessage(req);
  });
}

/** A `data` link parameter must stay on this site: the app never fetches from elsewhere. */
export function sameOriginUrl(param: string, here: string): URL | null {
  try {
    const u = new URL(param, here);
    return u.origin === new URL(here).origin && (u.protocol === 'http:' || u.protocol === 'https:')
      ? u
      : null;
  } catch {
    return null;
  }
}
