import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortEvents } from '../order';
import type { StoryEvent } from '../schema';
import { parseEventsFile } from '../io/detect';
import { encodeEvents, transferables, type EventColumns } from '../io/eventColumns';
import { decodeEvents } from '../io/eventViews';
import { RowCollector } from '../io/validateRows';
import { ColumnChecker } from './checkColumns';
import { crc32 as crc32Of } from './crc32';
import { decodePart, PartError } from './packFormat';
import { readPack } from './readPack';
import { MemorySpill, packStream } from './packStream';
import { PackWriter, writePack } from './writePack';

const example = (f: string) => readFileSync(resolve(__dirname, '../../../public/examples', f), 'utf8');
const acled = parseEventsFile('acled-sample.csv', example('acled-sample.csv'));
// parts of 4 events: the 12-row sample makes three
const pack = writePack('acled-sample.csv', acled, {
  partEvents: 4,
  created: new Date('2026-12-01T00:00:00Z'),
});

/** Files by path; `ranges: false` answers a range request with the whole file, as some hosts do. */
let files: Record<string, Uint8Array> = {};
let ranges = true;
const requests: { path: string; range: string | undefined }[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.push({ path, range: req.headers.range });
    const body = files[path];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const m = ranges ? /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '') : null;
    if (m) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      res.writeHead(206, { 'Content-Range': `bytes ${a}-${b}/${body.length}` });
      res.end(body.subarray(a, b + 1));
    } else res.writeHead(200).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const serve = (index: unknown, data: Uint8Array) => {
  files = {
    '/p/index.json': new TextEncoder().encode(typeof index === 'string' ? index : JSON.stringify(index)),
    '/p/events.bin': data,
  };
  ranges = true;
  requests.length = 0;
};

async function read() {
  const got: EventColumns[] = [];
  // as the worker does: each part's buffers are moved to the page
  const result = await readPack(`${base}/p/index.json`, (c) =>
    got.push(structuredClone(c, { transfer: transferables(c) })),
  );
  return { result, events: got.flatMap(decodeEvents) };
}

describe('a pack written and read back over HTTP range requests', () => {
  it('gives the events the file gave, in the app order, one range request per part', async () => {
    expect(pack.index.parts.length).toBeGreaterThan(2);
    serve(pack.index, pack.data);
    const { result, events } = await read();
    expect(events).toStrictEqual(sortEvents(acled.events));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect([result.totalRows, result.unmapped, result.format]).toEqual([
      acled.totalRows,
      acled.unmapped,
      'ACLED',
    ]);
    const parts = requests.filter((r) => r.path === '/p/events.bin');
    expect(parts.map((r) => r.range)).toEqual(
      pack.index.parts.map((p) => `bytes=${p.offset}-${p.offset + p.bytes - 1}`),
    );
  });

  it('indexes each part by its dates and area', () => {
    const sorted = sortEvents(acled.events);
    let at = 0;
    for (const p of pack.index.parts) {
      const slice = sorted.slice(at, at + p.events);
      at += p.events;
      expect(p.first).toBe(slice[0]!.date);
      expect(slice.every((e) => e.date >= p.first && (e.endDate ?? e.date) <= p.last)).toBe(true);
      const lons = slice.flatMap((e) => (e.lon === undefined ? [] : [e.lon]));
      expect(p.bbox?.[0]).toBe(Math.min(...lons));
      expect(p.bbox?.[2]).toBe(Math.max(...lons));
    }
    expect(at).toBe(acled.events.length);
  });

  it('a damaged part is named, its events left out, the rest loaded', async () => {
    const data = pack.data.slice();
    const second = pack.index.parts[1]!;
    data[second.offset + second.bytes - 3]! ^= 0xff;
    serve(pack.index, data);
    const { result, events } = await read();
    expect(result.errors).toEqual([
      {
        row: null,
        field: '',
        problem: {
          code: 'pack-part',
          part: 2,
          parts: pack.index.parts.length,
          events: second.events,
          reason: 'checksum',
        },
        recordId: null,
      },
    ]);
    expect(events.length).toBe(acled.events.length - second.events);
    expect(events.map((e) => e.id)).not.toContain(sortEvents(acled.events)[pack.index.parts[0]!.events]!.id);
  });

  it('a data file cut short: the part past its end is named', async () => {
    const last = pack.index.parts.at(-1)!;
    serve(pack.index, pack.data.subarray(0, last.offset));
    const { result, events } = await read();
    expect(result.errors.map((e) => e.problem)).toEqual([
      expect.objectContaining({ code: 'pack-part', part: pack.index.parts.length, reason: 'short' }),
    ]);
    expect(events.length).toBe(acled.events.length - last.events);
  });

  it('a missing data file: every part is named with its HTTP status, nothing loads', async () => {
    serve(pack.index, pack.data);
    delete files['/p/events.bin'];
    const { result, events } = await read();
    expect(events).toEqual([]);
    expect(result.errors.map((e) => e.problem)).toEqual(
      pack.index.parts.map((p, i) => ({
        code: 'pack-part',
        part: i + 1,
        parts: pack.index.parts.length,
        events: p.events,
        reason: 'http',
        status: 404,
      })),
    );
  });

  it('a host without range support: said once, the whole file fetched once, every event loaded', async () => {
    serve(pack.index, pack.data);
    ranges = false;
    const { result, events } = await read();
    expect(events.length).toBe(acled.events.length);
    expect(result.warnings).toEqual([
      { code: 'no-range-support', mb: Math.round((pack.data.length / 1e6) * 10) / 10 },
    ]);
    expect(requests.filter((r) => r.path === '/p/events.bin').length).toBe(1);
  });

  it('an index that is not a pack, or no index at all, is a file-level problem', async () => {
    serve('not json', pack.data);
    expect((await read()).result.errors[0]!.problem).toEqual({ code: 'not-a-pack', field: null });
    serve({ ...pack.index, kind: 'something-else' }, pack.data);
    expect((await read()).result.errors[0]!.problem).toEqual({
      code: 'not-a-pack',
      field: 'kind',
    });
    serve({ ...pack.index, data: '../../etc/passwd' }, pack.data);
    expect((await read()).result.errors[0]!.problem).toMatchObject({ code: 'not-a-pack' });
    files = {};
    expect((await read()).result.errors[0]!.problem).toMatchObject({ code: 'http-error', status: 404 });
  });

  it('events that break the schema are reported by their number in the pack, the rest kept', async () => {
    const events: StoryEvent[] = sortEvents(acled.events).map((e, i) =>
      i === 2 ? { ...e, sources: [{ outlet: 'X', url: 'javascript:alert(1)' }] } : e,
    );
    const hostile = writePack('x.csv', { ...acled, events }, { partEvents: 5 });
    serve(hostile.index, hostile.data);
    const { result, events: got } = await read();
    expect(got.length).toBe(events.length - 1);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'sources.0.url', recordId: events[2]!.id }),
    ]);
  });
});

describe('a part as bytes', () => {
  const p = pack.index.parts[0]!;
  const bytes = pack.data.subarray(p.offset, p.offset + p.bytes);

  it('is read at any byte offset (its arrays are copied to a multiple of 8 when needed)', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodeEvents(decodePart(shifted.subarray(3), p))).toStrictEqual(
      decodeEvents(decodePart(bytes.slice(), p)),
    );
  });

  it('refuses a header whose arrays lie outside the part, even with a matching checksum', () => {
    const n = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + n))) as {
      numbers: { lon: { at: number } };
    };
    header.numbers.lon.at = 1 << 30;
    const json = new TextEncoder().encode(JSON.stringify(header));
    const bad = new Uint8Array(4 + json.length);
    new DataView(bad.buffer).setUint32(0, json.length, true);
    bad.set(json, 4);
    expect(() => decodePart(bad, { crc32: crc32Of(bad), events: p.events })).toThrow(PartError);
  });
});

describe('a pack larger than the import limit', () => {
  it('is read up to the limit, its later parts not fetched, and the report says from which event', async () => {
    serve(pack.index, pack.data);
    const got: EventColumns[] = [];
    const result = await readPack(`${base}/p/index.json`, (c) => got.push(c), { maxEvents: 6 });
    expect(got.flatMap(decodeEvents).map((e) => e.id)).toEqual(
      sortEvents(acled.events)
        .slice(0, 6)
        .map((e) => e.id),
    );
    expect(result.errors[0]!.problem).toEqual({ code: 'row-limit', limit: 6, stoppedAt: 7, noun: 'event' });
    expect(requests.filter((r) => r.path === '/p/events.bin').length).toBe(2);
  });
});

describe('a pack read a date range at a time', () => {
  const sorted = sortEvents(acled.events);
  const overlaps = (e: StoryEvent, from: string, to: string) => (e.endDate ?? e.date) >= from && e.date <= to;

  it('fetches only the parts the range needs, and its events are every event of the range', async () => {
    serve(pack.index, pack.data);
    // the middle part's first day: the range's events are all in it or the part before
    const { first } = pack.index.parts[1]!;
    const range = { from: first, to: first };
    const got: EventColumns[] = [];
    const result = await readPack(`${base}/p/index.json`, (c) => got.push(c), {
      window: { range, keep: null },
    });
    const events = got.flatMap(decodeEvents);
    const want = sorted.filter((e) => overlaps(e, first, first)).map((e) => e.id);
    expect(want.length).toBeGreaterThan(0);
    expect(events.map((e) => e.id)).toEqual(expect.arrayContaining(want));
    const fetched = requests.filter((r) => r.path === '/p/events.bin').map((r) => r.range);
    const run = result.pack!.run;
    expect(run.hi).toBeLessThan(pack.index.parts.length - 1);
    expect(fetched).toEqual(
      pack.index.parts.slice(run.lo, run.hi + 1).map((p) => `bytes=${p.offset}-${p.offset + p.bytes - 1}`),
    );
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'pack-window', lo: run.lo + 1, hi: run.hi + 1, parts: 3, events: 11 }),
    ]);
  });

  it('widened past what is loaded: only the new parts fetched, the loaded ones kept and placed', async () => {
    serve(pack.index, pack.data);
    const ps = pack.index.parts;
    const got: EventColumns[] = [];
    const result = await readPack(`${base}/p/index.json`, (c) => got.push(c), {
      window: { range: { from: null, to: ps[1]!.first }, keep: { lo: 1, hi: 2 } },
    });
    // part 1 read, parts 2–3 (on the page) not: the page puts part 1's events before its own
    expect(result.pack).toMatchObject({
      run: { lo: 0, hi: 2 },
      reused: { lo: 1, hi: 2 },
      before: ps[0]!.events,
    });
    expect(requests.filter((r) => r.path === '/p/events.bin').map((r) => r.range)).toEqual([
      `bytes=${ps[0]!.offset}-${ps[0]!.offset + ps[0]!.bytes - 1}`,
    ]);
    expect(got.flatMap(decodeEvents).map((e) => e.id)).toEqual(
      sorted.slice(0, ps[0]!.events).map((e) => e.id),
    );
    expect(result.warnings).toEqual([]);
  });

  it('a range that needs only parts not loaded, past the limit with them: those parts alone', async () => {
    serve(pack.index, pack.data);
    const ps = pack.index.parts;
    const result = await readPack(`${base}/p/index.json`, () => undefined, {
      maxEvents: 5,
      window: { range: { from: ps[2]!.last, to: null }, keep: { lo: 0, hi: 0 } },
    });
    expect(result.pack!.run).toEqual({ lo: 2, hi: 2 });
    expect(result.pack!.reused).toBeUndefined();
    expect(requests.filter((r) => r.path === '/p/events.bin').length).toBe(1);
  });

  it('an open range reads the whole pack and says nothing of windows', async () => {
    serve(pack.index, pack.data);
    const { result } = await read();
    expect(result.pack!.run).toEqual({ lo: 0, hi: pack.index.parts.length - 1 });
    expect(result.pack!.events).toBe(pack.index.events);
  });
});

describe('a pack written as its events come (PackWriter)', () => {
  const sorted = sortEvents(acled.events);
  it('given the events a few at a time, writes the bytes and index writePack writes', () => {
    const chunks: Uint8Array[] = [];
    const writer = new PackWriter((b) => chunks.push(b), 4);
    for (let i = 0; i < sorted.length; i += 3) writer.add(sorted.slice(i, i + 3));
    const created = new Date('2026-12-01T00:00:00Z');
    const index = writer.finish({
      name: 'acled-sample.csv',
      format: 'ACLED',
      totalRows: acled.totalRows,
      unmapped: acled.unmapped,
      created,
    });
    expect(index).toEqual(pack.index);
    expect(Buffer.concat(chunks).equals(Buffer.from(pack.data))).toBe(true);
  });
  it('counts the events of each day by start date, for the timeline’s bars of days not loaded', () => {
    const { days } = pack.index;
    expect(days!.first).toBe(sorted[0]!.date);
    expect(days!.counts.reduce((a, b) => a + b, 0)).toBe(sorted.length);
    // day k from the first: the events starting on it
    days!.counts.forEach((c, k) => {
      const iso = new Date(Date.parse(`${days!.first}T00:00:00Z`) + k * 864e5).toISOString().slice(0, 10);
      expect(c, iso).toBe(sorted.filter((e) => e.date === iso).length);
    });
  });
  it('refuses events out of the app’s order, naming them', () => {
    const writer = new PackWriter(() => undefined, 4);
    writer.add(sorted.slice(0, 2));
    expect(() => writer.add([sorted[0]!])).toThrow(`events out of order: ${sorted[1]!.id}`);
  });
});

describe('checking a part as columns', () => {
  it('finds what checking each event as an object finds, and keeps the same events', () => {
    const good = sortEvents(acled.events);
    const raw: Record<string, unknown>[] = [
      { ...good[0], date: '2026-02-30' },
      { ...good[1], title: undefined },
      { ...good[2], lon: undefined },
      { ...good[3], endDate: '2020-01-01' },
      { ...good[4], id: good[5]!.id },
      good[5]!,
      { ...good[6], attributes: { actor1: { nested: true }, fatalities: 3 } },
      { ...good[7], colour: 'red', title: { en: '  padded  ' } },
      { ...good[8], id: 'has space' },
      { ...good[9], sources: [] },
      { ...good[10], lat: 95, places: undefined, context: undefined },
    ];
    const collector = new RowCollector('event', Infinity);
    raw.forEach((r, i) =>
      collector.add({ row: i + 1, raw: r, locate: (path) => ({ field: path.join('.') }), pre: [] }),
    );
    const objects = collector.result();
    const columns = new ColumnChecker().check(encodeEvents(raw as unknown as StoryEvent[]), 1);
    expect(decodeEvents(columns.columns)).toStrictEqual(objects.events);
    expect(columns.errors).toEqual(objects.errors);
    expect(objects.errors.map((e) => [e.row, e.field, e.problem.code])).toEqual([
      [1, 'date', 'not-a-day'],
      [2, 'title', 'missing'],
      [3, 'lon', 'lat-lon-together'],
      [4, 'endDate', 'end-before-start'],
      [6, 'id', 'duplicate-id'],
      [7, 'attributes.actor1', 'invalid'],
      [9, 'id', 'not-event-id'],
      [11, 'lat', 'too-big'],
    ]);
    // an unknown field dropped, padded text trimmed, an empty list of sources allowed for imported data
    expect(objects.events.map((e) => e.title.en)).toEqual([good[4]!.title.en, 'padded', good[9]!.title.en]);
  });
});

describe('a part handed to the page', () => {
  it('moves its one buffer once (its arrays are views of it)', () => {
    const p = pack.index.parts[0]!;
    const c = decodePart(pack.data.slice(p.offset, p.offset + p.bytes), p);
    const before = decodeEvents(c);
    const buffers = transferables(c);
    expect(buffers.length).toBe(1);
    expect(decodeEvents(structuredClone(c, { transfer: buffers }))).toStrictEqual(before);
    expect(buffers[0]!.byteLength).toBe(0);
  });
});

describe('the example pack the site ships (public/packs/acled-sample)', () => {
  it('is what `npm run pack -- public/examples/acled-sample.csv --part-events 4` writes today', () => {
    const dir = resolve(__dirname, '../../../public/packs/acled-sample');
    const shipped = JSON.parse(readFileSync(resolve(dir, 'index.json'), 'utf8')) as { created: string };
    const now = writePack('acled-sample.csv', acled, { partEvents: 4, created: new Date(shipped.created) });
    expect(shipped).toEqual(now.index);
    expect(new Uint8Array(readFileSync(resolve(dir, 'events.bin')))).toEqual(now.data);
  });
});

describe('a pack written from a stream (npm run pack on a file of any size)', () => {
  /** An ACLED file of `n` rows made from the sample's: ids renumbered, dates spread over 14 months, out of order. */
  function acledFile(n: number): string {
    const [header, ...rows] = Papa.parse<string[]>(example('acled-sample.csv').trim()).data;
    const id = header!.indexOf('event_id_cnty');
    const date = header!.indexOf('event_date');
    const notes = header!.indexOf('notes');
    const out = Array.from({ length: n }, (_, i) => {
      const r = [...rows[i % rows.length]!];
      r[id] = `SYR${700000 + i}`;
      const k = (i * 7919) % 420; // days, scattered
      // ACLED's "21 February 2026"
      r[date] = new Date(Date.UTC(2025, 0, 1 + k)).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      // a quoted line break now and then, which a piece must not be cut inside
      if (i % 50 === 3) r[notes] = `first line\nsecond, "quoted" line`;
      return r;
    });
    out.push([...out[10]!]); // a repeated id, far from its first row
    out.push(out[20]!.map((c, j) => (j === date ? 'not a date' : c)).map((c, j) => (j === id ? 'SYR1' : c)));
    return Papa.unparse([header!, ...out]);
  }
  /** The text as a stream of pieces of `size` bytes (cut anywhere: inside a character, a quote, a row). */
  const streamOf = (text: string, size: number) => {
    const bytes = new TextEncoder().encode(text);
    let at = 0;
    return new ReadableStream<Uint8Array>({
      pull(c) {
        if (at >= bytes.length) return c.close();
        c.enqueue(bytes.slice(at, (at += size)));
      },
    });
  };
  /** A spill that keeps its months as text, as the packer's temporary files do. */
  class TextSpill extends MemorySpill {
    private readonly lines = new Map<string, string[]>();
    override add(month: string, events: readonly StoryEvent[]) {
      const l = this.lines.get(month) ?? [];
      l.push(...events.map((e) => JSON.stringify(e)));
      this.lines.set(month, l);
    }
    override months() {
      return [...this.lines.keys()];
    }
    override take(month: string) {
      return (this.lines.get(month) ?? []).map((l) => JSON.parse(l) as StoryEvent);
    }
  }
  const created = new Date('2026-12-02T00:00:00Z');

  it('is byte for byte the pack writePack makes of the whole file, whatever the pieces', async () => {
    const text = acledFile(3000);
    const whole = parseEventsFile('big.csv', text, { maxRows: Infinity });
    expect(whole.errors.map((e) => e.problem.code).sort()).toEqual(['duplicate-id', 'unreadable-date']);
    const want = writePack('big.csv', whole, { partEvents: 250, created });
    for (const size of [97, 4096, 1 << 20]) {
      const parts: Uint8Array[] = [];
      const { index, result } = await packStream(
        'big.csv',
        streamOf(text, size),
        new TextSpill(),
        (b) => parts.push(b),
        {
          partEvents: 250,
          created,
        },
      );
      expect(index).toEqual(want.index);
      expect(Buffer.concat(parts).equals(Buffer.from(want.data))).toBe(true);
      // the problems are the whole file's, by row; the events are not held
      expect(result.errors).toEqual(whole.errors);
      expect(result.events).toEqual([]);
    }
    // 2,999 events over 14 months, in parts of 250
    expect(want.index.parts.length).toBe(12);
  });

  it('packs nothing from a table of no known format, and says so', async () => {
    const { index, result } = await packStream('x.csv', streamOf('a,b\n1,2\n', 3), new MemorySpill(), () => {
      throw new Error('nothing to write');
    });
    expect(index).toBeNull();
    expect(result.needsMapping).toBeTruthy();
  });
});
