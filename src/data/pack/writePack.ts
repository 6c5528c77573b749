/**
 * Writes a pack (packFormat.ts) from an import's result: the events in the app's order, cut into
 * parts, each part's dates, area and checksum in the index. Pure: the `npm run pack` script reads
 * the file and writes what this returns.
 */
import { sortEvents } from '../order';
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

export function writePack(
  name: string,
  result: ImportResult,
  opts: { partEvents?: number; created?: Date } = {},
): { index: PackIndex; data: Uint8Array } {
  const size = opts.partEvents ?? PART_EVENTS;
  const events = sortEvents(result.events);
  const parts: PackPart[] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; i < events.length; i += size) {
    const slice = events.slice(i, i + size);
    const bytes = encodePart(encodeEvents(slice));
    let last = slice[0]!.endDate ?? slice[0]!.date;
    for (const ev of slice) if ((ev.endDate ?? ev.date) > last) last = ev.endDate ?? ev.date;
    parts.push({
      offset,
      bytes: bytes.length,
      events: slice.length,
      first: slice[0]!.date,
      last,
      bbox: bboxOf(slice),
      crc32: crc32(bytes),
    });
    chunks.push(bytes);
    offset += bytes.length;
  }
  const data = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  const index: PackIndex = {
    kind: PACK_KIND,
    version: PACK_VERSION,
    name,
    ...(result.format !== undefined && { format: result.format }),
    created: (opts.created ?? new Date()).toISOString(),
    data: PACK_DATA,
    dataBytes: data.length,
    totalRows: result.totalRows,
    events: events.length,
    unmapped: result.unmapped,
    parts,
  };
  return { index, data };
}
