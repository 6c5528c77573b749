import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../schema';
import { parseEventsFile } from './detect';
import { readEventsStream, RowCutter } from './stream';

const example = (f: string) => readFileSync(resolve(__dirname, '../../../public/examples', f), 'utf8');

/** The text's UTF-8 bytes as a stream of pieces of `size` bytes (a multi-byte letter may be cut). */
function bytesOf(text: string, size: number): ReadableStream<Uint8Array> {
  const all = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= all.length) c.close();
      else {
        c.enqueue(all.slice(at, at + size));
        at += size;
      }
    },
  });
}

async function streamed(name: string, text: string, size: number, opts = {}) {
  const handed: StoryEvent[][] = [];
  const result = await readEventsStream(name, bytesOf(text, size), opts, (evs) => handed.push(evs));
  return { result, handed };
}

describe('RowCutter', () => {
  it('gives whole rows only, never cutting inside quotes, whatever the pieces', () => {
    const text = 'a,b\n1,"x\ny"\n2,"say ""hi""\n"\n3,z';
    for (let size = 1; size <= text.length; size++) {
      const c = new RowCutter();
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += size) pieces.push(c.push(text.slice(i, i + size)));
      pieces.push(c.end());
      expect(pieces.join('')).toBe(text);
      // each piece before the last ends a row: an even number of quotes, ending with a line break
      for (const p of pieces.slice(0, -1).filter(Boolean)) {
        expect(p.endsWith('\n')).toBe(true);
        expect((p.match(/"/g) ?? []).length % 2).toBe(0);
      }
    }
  });

  it('keeps everything after a quote that is never closed for the end', () => {
    const c = new RowCutter();
    expect(c.push('a,b\n1,"open\n2,x\n')).toBe('a,b\n');
    expect(c.push('3,y\n')).toBe('');
    expect(c.end()).toBe('1,"open\n2,x\n3,y\n');
  });
});

describe('readEventsStream: the same result as reading the whole text', () => {
  const files = [
    'acled-sample.csv',
    'acled-api-sample.csv',
    'ucdp-ged-sample.csv',
    'ucdp-ged-noheader.csv',
    'gdelt-sample.CSV',
    // not streamed (own CSV, a table for the mapping step, JSON): gathered whole
    'events-example.csv',
    'events-broken.csv',
    'newsroom-sheet.csv',
    'timemap-sample.json',
    'events-example.geojson',
  ];
  for (const f of files) {
    it(`${f}, in pieces of 1 byte to the whole file`, async () => {
      const text = example(f);
      const whole = parseEventsFile(f, text);
      for (const size of [1, 7, 64, 1000, text.length]) {
        const { result, handed } = await streamed(f, text, size);
        expect(result).toEqual(whole);
        // every event handed on once, in file order
        expect(handed.flat()).toEqual(whole.events);
      }
    });
  }

  it('an ACLED file larger than the sample that decides, with CRLF, a BOM, quoted line breaks and a broken row', async () => {
    const [header, ...rows] = example('acled-sample.csv').trimEnd().split('\n');
    const body: string[] = [];
    for (let k = 0; k < 400; k++)
      for (const r of rows)
        body.push(
          r
            .replace(/^[^,]+/, (id) => `${id}-${k}`)
            .replace(/,"([^"]*)"/, (_, note: string) => `,"${note}\r\nsecond line ""quoted"""`),
        );
    body.splice(1234, 0, 'SYR-x,"never closed');
    const text = '\uFEFF' + [header, ...body].join('\r\n') + '\r\n';
    expect(text.length).toBeGreaterThan(200 * 1024);
    const whole = parseEventsFile('big.csv', text);
    expect(whole.format).toBe('ACLED');
    expect(whole.events.length).toBeGreaterThan(3000);
    for (const size of [997, 65536]) {
      const { result, handed } = await streamed('big.csv', text, size);
      expect(result).toEqual(whole);
      // handed on as it was read: in more than one batch
      expect(handed.length).toBeGreaterThan(1);
      expect(handed.flat()).toEqual(whole.events);
    }
  });

  it('the row limit and the duplicate ids as in a whole read', async () => {
    const text = example('acled-sample.csv');
    const dup = text.trimEnd() + '\n' + text.trimEnd().split('\n')[1] + '\n';
    for (const opts of [{ maxRows: 3 }, {}]) {
      const { result } = await streamed('a.csv', dup, 50, opts);
      expect(result).toEqual(parseEventsFile('a.csv', dup, opts));
    }
    expect((await streamed('a.csv', dup, 50, { maxRows: 3 })).result.events).toHaveLength(3);
  });
});

describe('readEventsStream: faults', () => {
  it('refuses a file over the size limit before reading it to the end', async () => {
    const text = example('acled-sample.csv').repeat(20);
    let pulled = 0;
    const all = new TextEncoder().encode(text);
    const bytes = new ReadableStream<Uint8Array>({
      pull(c) {
        if (pulled * 100 >= all.length) return c.close();
        c.enqueue(all.slice(pulled * 100, ++pulled * 100));
      },
    });
    const r = await readEventsStream('big.csv', bytes, { maxBytes: 1000 }, () => undefined);
    expect(r.events).toEqual([]);
    expect(r.errors[0]!.problem).toMatchObject({ code: 'file-too-large', name: 'big.csv' });
    expect(pulled * 100).toBeLessThan(2000);
  });

  it('an empty file and a file of no known kind say so, as a whole read does', async () => {
    for (const [name, text] of [
      ['empty.csv', '  \n'],
      ['x.bin', '\u0001\u0002binary'],
    ] as const) {
      const { result, handed } = await streamed(name, text, 3);
      expect(result).toEqual(parseEventsFile(name, text));
      expect(handed).toEqual([]);
    }
  });

  it('reports progress against the size given, ending at 1', async () => {
    const text = example('acled-sample.csv');
    const seen: number[] = [];
    const size = new TextEncoder().encode(text).length;
    await readEventsStream(
      'a.csv',
      bytesOf(text, 100),
      { totalBytes: size, onProgress: (f) => seen.push(f) },
      () => undefined,
    );
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
