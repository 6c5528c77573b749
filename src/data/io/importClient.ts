/** Runs an import in a worker; resolves with the validated result, reports progress on the way. */
import type { DataProblem } from '../problems';
import type { StoryEvent } from '../schema';
import { keepCore } from '../eventCore';
import { coreFromColumns } from './coreFromColumns';
import type { EventColumns } from './eventColumns';
import { eventViews } from './eventViews';
import { mapInSlices } from './mapInSlices';
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
    // each slice's columns as they come; events are made from them at the end, in the app's order
    const slices: EventColumns[] = [];
    const decoders: ((i: number) => StoryEvent)[] = [];
    const starts: number[] = [];
    let received = 0;
    /** The slice that holds event `i` of the import (in the worker's order). */
    const sliceOf = (i: number): number => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress(m.fraction);
      else if (m.kind === 'events') {
        slices.push(m.columns);
        decoders.push(eventViews(m.columns));
        starts.push(received);
        received += m.columns.length;
      } else if (m.kind === 'done') {
        stop();
        if (m.order.length !== received) {
          reject(new ImportFailed({ code: 'worker-failed', detail: 'events lost on the way' }));
          return;
        }
        // made in the app's (chronological) order, as the worker worked it out: events next to
        // each other in time are next to each other in memory. The page's loops over a date range
        // (the timeline's, at 100k) ran ~3× slower over events made in file order and reordered;
        // copies made in date order (or events made in it) did not (BENCHMARKS.md). Made in slices:
        // a million take seconds, and the page answers between them. The list's core (ids, days,
        // positions, categories as typed arrays) is made from the same columns on the way, for the
        // page's derivations to read instead of the objects (../eventCore.ts)
        const order = m.order;
        const core = coreFromColumns(slices, order.length);
        mapInSlices(order.length, (k) => {
          const at = order[k]!;
          const s = sliceOf(at);
          const i = at - starts[s]!;
          core.add(s, i);
          return decoders[s]!(i);
        }).then((events) => {
          keepCore(events, core.done());
          resolve({ ...m.result, events });
        }, reject);
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
