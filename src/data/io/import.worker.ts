/// <reference lib="webworker" />
/**
 * Parses and validates an imported events file off the main thread, reporting progress.
 * Input: a File (drag-and-drop, file picker) or a same-origin URL (the `data` link parameter).
 */
import { parseEventsFile } from './detect';
import type { ImportResult } from './types';

export type WorkerRequest = { file: File } | { url: string; name: string };
export type WorkerMessage =
  | { kind: 'progress'; fraction: number; stage: 'reading' | 'parsing' }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; message: string };

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
      if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
      text = await res.text();
    }
    let last = 0;
    const result = parseEventsFile(name, text, {
      onProgress: (fraction) => {
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          post({ kind: 'progress', fraction, stage: 'parsing' });
        }
      },
    });
    post({ kind: 'done', result });
  } catch (err) {
    post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
