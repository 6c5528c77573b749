/**
 * Writes a pack (packFormat.ts) from an import's result: the events in the app's order, cut into
 * parts, each part's dates, area and checksum in the index. Pure: the `npm run pack` script reads
 * the file and writes what this returns.
 */
import { dayNumber, isoOfDay } from '../days';
import { compareEvents, sortEvents } from '../order';
import type { StoryEvent } from '../schema';
import { encodeEvents } from '../io/eventColumns';
import type { ImportResult } from '../io/types';
import { crc32 } from './crc32';
import {
  encodePart,
  PACK_KIND,
  PACK_VERSION,
  PART_EVENTS,
  type PackIndex,
  type PackPart,
} from './packFormat';

export const PACK_DATA = 'events.bin';

function bboxOf(events: readonly StoryEvent[]): PackPart['bbox'] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const ev of events) {
    if (ev.lon === undefined || ev.lat === undefined) continue;
    w = Math.min(w, ev.lon);
    e = Math.max(e, ev.lon);
    s = Math.min(s, ev.lat);
    n = Math.max(n, ev.lat);
  }
  return w === Infinity ? null : [w, s, e, n];
}

/**
 * Writes a pack's parts as events come, already in the app's order: each part's bytes go to
 * `write` as soon as it is full, so a pack larger than memory can be written from a stream (the
 * generator's `npm run gen:events -- N --pack DIR`). `finish` writes the last part and gives the index.
 */
export class PackWriter {
  private readonly parts: PackPart[] = [];
  private pending: StoryEvent[] = [];
  private offset = 0;
  private events = 0;
  private last: StoryEvent | null = null;
  /** Events per start day, from the first event's day. */
  private firstDay: number | null = null;
  private readonly perDay: number[] = [];

  constructor(
    private readonly write: (bytes: Uint8Array) => void,
    private readonly partEvents = PART_EVENTS,
  ) {}

  /** More events, in the app's order and after the ones before (refused otherwise). */
  add(events: readonly StoryEvent[]) {
    for (const e of events) {
      if (this.last && compareEvents(this.last, e) > 0)
        throw new Error(
          `events out of order: ${this.last.id} (${this.last.date}) before ${e.id} (${e.date})`,
        );
      this.last = e;
      const d = dayNumber(e.date);
      this.firstDay ??= d;
      const k = d - this.firstDay;
      while (this.perDay.length <= k) this.perDay.push(0);
      this.perDay[k]!++;
      this.pending.push(e);
      if (this.pending.length === this.partEvents) this.flush();
    }
  }

  private flush() {
    const slice = this.pending;
    this.pending = [];
    if (slice.length === 0) return;
    const bytes = encodePart(encodeEvents(slice));
    let last = slice[0]!.endDate ?? slice[0]!.date;
    for (const ev of slice) if ((ev.endDate ?? ev.date) > last) last = ev.endDate ?? ev.date;
    this.parts.push({
      offset: this.offset,
      bytes: bytes.length,
      events: slice.length,
      first: slice[0]!.date,
      last,
      bbox: bboxOf(slice),
      crc32: crc32(bytes),
    });
    this.write(bytes);
    this.offset += bytes.length;
    this.events += slice.length;
  }

  /** The last part written; the index of the pack (its source's name, format and counts). */
  finish(source: {
    name: string;
    format?: string;
    totalRows: number;
    unmapped: number;
    created?: Date;
  }): PackIndex {
    this.flush();
    return {
      kind: PACK_KIND,
      version: PACK_VERSION,
      name: source.name,
      ...(source.format !== undefined && { format: source.format }),
      created: (source.created ?? new Date()).toISOString(),
      data: PACK_DATA,
      dataBytes: this.offset,
      totalRows: source.totalRows,
      events: this.events,
      unmapped: source.unmapped,
      parts: this.parts,
      ...(this.firstDay !== null && { days: { first: isoOfDay(this.firstDay), counts: this.perDay } }),
    };
  }
}

/** What a pack's index says of its source: the file's name, format and counts. */
export const packSource = (name: string, result: ImportResult, created?: Date) => ({
  name,
  ...(result.format !== undefined && { format: result.format }),
  totalRows: result.totalRows,
  unmapped: result.unmapped,
  ...(created && { created }),
});

export function writePack(
  name: string,
  result: ImportResult,
  opts: { partEvents?: number; created?: Date } = {},
): { index: PackIndex; data: Uint8Array } {
  const chunks: Uint8Array[] = [];
  const writer = new PackWriter((bytes) => chunks.push(bytes), opts.partEvents);
  writer.add(sortEvents(result.events));
  const index = writer.finish(packSource(name, result, opts.created));
  const data = new Uint8Array(index.dataBytes);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  return { index, data };
}
