/**
 * A pack: a dataset written ahead of time (`npm run pack`) as files any static host serves, read by
 * the app with HTTP range requests instead of parsed from a table (issue 14).
 *
 *   NAME/index.json   what the pack holds: its parts, each with its byte range, dates, area, checksum
 *   NAME/events.bin   the parts, one after another
 *
 * The events are in the app's order (by date), cut into parts of at most PART_EVENTS. A part is the
 * events' columns (io/eventColumns.ts) as bytes:
 *
 *   u32 (little-endian)  n, the length of the header
 *   n bytes              the header, JSON: the columns with each typed array replaced by
 *                        { at, n }: its byte offset after the header, and its element count
 *   padding to a multiple of 8 bytes, then the typed arrays, each at a multiple of 8
 *
 * Numbers (lon, lat, uncertaintyKm) are float64, codes uint32, both little-endian (the byte order of
 * every browser's platform). README ("Packs") documents the same.
 */
import { z } from 'zod/mini';
import { isoDate } from '../schema';
import { NUMBER_FIELDS, type CodedColumn, type EventColumns } from '../io/eventColumns';
import { crc32 } from './crc32';

export const PACK_KIND = 'withdrawal-map-pack';
export const PACK_VERSION = 1;
export const PACK_INDEX = 'index.json';
/** A `data` link to a pack names its folder: `/packs/NAME/`. */
export const isPackUrl = (url: string) => new URL(url).pathname.endsWith('/');
/** Events in one part: small enough to fetch and check in a moment, large enough to keep requests few. */
export const PART_EVENTS = 25_000;

const count = z.number().check(z.int(), z.gte(0));
const part = z.object({
  /** Where the part is in the data file. */
  offset: count,
  bytes: z.number().check(z.int(), z.gte(8)),
  events: z.number().check(z.int(), z.gte(1)),
  /** The first and last day of its events (the last event's end date when it spans). */
  first: isoDate,
  last: isoDate,
  /** West, south, east, north of its located events; null when none has a location. */
  bbox: z.nullable(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  /** CRC-32 of its bytes. */
  crc32: count,
});

export const packIndex = z.object({
  kind: z.literal(PACK_KIND),
  version: z.literal(PACK_VERSION),
  /** The file the pack was made from. */
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  /** The analyst's format it was read as ("ACLED"…), if any. */
  format: z.optional(z.string().check(z.maxLength(100))),
  /** When the pack was written (ISO date and time). */
  created: z.string().check(z.maxLength(40)),
  /** The data file, beside the index. */
  data: z.string().check(z.regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/)),
  /** Its size in bytes: a host that answers a range request with the whole file is told by it. */
  dataBytes: count,
  /** Records in the source file, events in the pack, and events with no location. */
  totalRows: count,
  events: count,
  unmapped: count,
  parts: z.array(part),
  /**
   * Events per day by their start date, from `first` (days with none: 0): the timeline's bars for
   * the days a page has not loaded. Optional: packs written before it have none.
   */
  days: z.optional(z.object({ first: isoDate, counts: z.array(count) })),
});

export type PackPart = z.infer<typeof part>;
export type PackIndex = z.infer<typeof packIndex>;

/** A part that is not what its index says: damaged, cut short, or not a part at all. */
export class PartError extends Error {
  constructor(readonly reason: 'checksum' | 'short' | 'header') {
    super(reason);
  }
}

interface Ref {
  at: number;
  n: number;
}

type Header = {
  length: number;
  ids: string[];
  numbers: Record<string, Ref>;
  fields: Record<string, { values: unknown[]; codes: Ref }>;
  attributes: Record<string, { values: unknown[]; codes: Ref }>;
};

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** One part's bytes, from its events' columns. */
export function encodePart(c: EventColumns): Uint8Array {
  const arrays: (Float64Array | Uint32Array)[] = [];
  // offsets are filled in once the header's length is known: first count the arrays' bytes
  let dataBytes = 0;
  const place = (a: Float64Array | Uint32Array): Ref => {
    const ref = { at: dataBytes, n: a.length };
    arrays.push(a);
    dataBytes += align8(a.byteLength);
    return ref;
  };
  const coded = (cols: Record<string, CodedColumn>) =>
    Object.fromEntries(
      Object.entries(cols).map(([k, col]) => [k, { values: col.values, codes: place(col.codes) }]),
    );
  const header: Header = {
    length: c.length,
    ids: c.ids,
    numbers: Object.fromEntries(Object.entries(c.numbers).map(([k, a]) => [k, place(a)])),
    fields: coded(c.fields),
    attributes: coded(c.attributes),
  };
  // a coded column's first value is the unused "none" (undefined): null in the JSON
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align8(4 + json.length);
  const out = new Uint8Array(start + dataBytes);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = start;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += align8(a.byteLength);
  }
  return out;
}

const ref = z.object({ at: count, n: count });
const codedHeader = z.record(z.string(), z.object({ values: z.array(z.unknown()), codes: ref }));
const header = z.object({
  length: count,
  ids: z.array(z.string()),
  numbers: z.record(z.string(), ref),
  fields: codedHeader,
  attributes: codedHeader,
});

/** A part's columns, read from its bytes (checked against its checksum first). Throws PartError. */
export function decodePart(bytes: Uint8Array, expected: { crc32: number; events: number }): EventColumns {
  if (crc32(bytes) !== expected.crc32) throw new PartError('checksum');
  // the typed arrays are views of the part's bytes, which must start at a multiple of 8
  const b = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  if (b.byteLength < 4) throw new PartError('short');
  const n = new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true);
  if (4 + n > b.byteLength) throw new PartError('short');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(b.subarray(4, 4 + n)));
  } catch {
    throw new PartError('header');
  }
  const h = header.safeParse(raw);
  if (!h.success || h.data.length !== expected.events || h.data.ids.length !== h.data.length)
    throw new PartError('header');
  const { length } = h.data;
  const start = align8(4 + n);
  const view = <T>(
    r: Ref,
    Ctor: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number },
  ) => {
    if (r.n !== length || r.at % 8 !== 0 || start + r.at + r.n * Ctor.BYTES_PER_ELEMENT > b.byteLength)
      throw new PartError('header');
    return new Ctor(b.buffer as ArrayBuffer, b.byteOffset + start + r.at, r.n);
  };
  const coded = (cols: z.infer<typeof codedHeader>): Record<string, CodedColumn> =>
    Object.fromEntries(
      Object.entries(cols).map(([k, col]) => {
        const codes = view(col.codes, Uint32Array);
        for (const code of codes) if (code >= col.values.length) throw new PartError('header');
        return [k, { values: col.values, codes }];
      }),
    );
  const numbers = Object.fromEntries(
    NUMBER_FIELDS.map((k) => {
      const r = h.data.numbers[k];
      return [k, r ? view(r, Float64Array) : new Float64Array(length).fill(NaN)];
    }),
  ) as EventColumns['numbers'];
  return {
    length,
    ids: h.data.ids,
    numbers,
    fields: coded(h.data.fields),
    attributes: coded(h.data.attributes),
  };
}
