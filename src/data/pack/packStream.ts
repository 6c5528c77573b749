/**
 * Packs a file without holding its events: a table in an analyst's format (ACLED, UCDP GED, GDELT)
 * is read piece by piece (io/stream.ts), each piece's events are set aside by month (a `MonthSpill`:
 * temporary files for `npm run pack`, memory in tests), then each month is sorted into the app's
 * order and written as parts (PackWriter). Months partition the app's order (it sorts by date
 * first), so the pack is the one `writePack` makes from the whole file: pack.test.ts checks it byte
 * for byte. Only the largest month is ever held at once, with each event's id (repeated ids are
 * found across the whole file, as the app's import finds them).
 */
import { readEventsStream } from '../io/stream';
import type { ImportResult } from '../io/types';
import { sortEvents } from '../order';
import type { StoryEvent } from '../schema';
import type { PackIndex } from './packFormat';
import { PackWriter, packSource } from './writePack';

/** Events set aside by month ("2025-03") as a file is read, and handed back a month at a time. */
export interface MonthSpill {
  add(month: string, events: readonly StoryEvent[]): void;
  /** The months that have events, in any order. */
  months(): string[];
  /** A month's events, in the order they were added; the spill may forget them after. */
  take(month: string): StoryEvent[];
}

export class MemorySpill implements MonthSpill {
  private readonly byMonth = new Map<string, StoryEvent[]>();
  add(month: string, events: readonly StoryEvent[]) {
    let list = this.byMonth.get(month);
    if (!list) this.byMonth.set(month, (list = []));
    // one by one: spreading a list of a hundred thousand into push overflows the call stack
    for (const e of events) list.push(e);
  }
  months() {
    return [...this.byMonth.keys()];
  }
  take(month: string) {
    const list = this.byMonth.get(month) ?? [];
    this.byMonth.delete(month);
    return list;
  }
}

/** The month an event is filed under: its start date's year and month. */
export const monthOf = (e: StoryEvent): string => e.date.slice(0, 7);

export interface PackStreamOptions {
  partEvents?: number;
  created?: Date;
  /** The file's size, for progress. */
  totalBytes?: number;
  /** Reading progress, 0–1 (the writing after it is quick). */
  onProgress?: (f: number) => void;
}

/**
 * Reads `bytes` as the app's import does (no row or size limit) and writes its events as a pack's
 * parts to `write`. The index is null when nothing can be packed (no valid event, or a table of
 * no known format); the import's result says why (its events are not kept).
 */
export async function packStream(
  name: string,
  bytes: ReadableStream<Uint8Array>,
  spill: MonthSpill,
  write: (part: Uint8Array) => void,
  opts: PackStreamOptions = {},
): Promise<{ index: PackIndex | null; result: ImportResult }> {
  let events = 0;
  const result = await readEventsStream(
    name,
    bytes,
    {
      maxRows: Infinity,
      maxBytes: Infinity,
      keepEvents: false,
      ...(opts.totalBytes !== undefined && { totalBytes: opts.totalBytes }),
      ...(opts.onProgress && { onProgress: opts.onProgress }),
    },
    (made) => {
      events += made.length;
      const byMonth = new Map<string, StoryEvent[]>();
      for (const e of made) {
        const m = monthOf(e);
        const list = byMonth.get(m);
        if (list) list.push(e);
        else byMonth.set(m, [e]);
      }
      for (const [m, list] of byMonth) spill.add(m, list);
    },
  );
  if (result.needsMapping || events === 0) return { index: null, result };
  const writer = new PackWriter(write, opts.partEvents);
  for (const month of spill.months().sort()) writer.add(sortEvents(spill.take(month)));
  const index = writer.finish(packSource(name, result, opts.created));
  return { index, result };
}
