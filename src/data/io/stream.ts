/**
 * Reads an events file as its bytes arrive (a fetch's body, a File's stream) instead of waiting for
 * the whole text. A table in an analyst's format (ACLED, UCDP GED, GDELT: formats/) is read a piece
 * of whole rows at a time, and its events are handed on as they are made, so the download, the
 * parsing and the hand-over to the page overlap. Any other file is gathered whole and read by
 * `parseEventsFile`, as before. Either way the result is the one `parseEventsFile` gives for the
 * same text (stream.test.ts checks it piece size by piece size).
 *
 * - What kind of file it is, its separator and its first row are decided from its first 64 kB
 *   (the whole file when it is shorter), as `readTable` does.
 * - A piece ends at a line break outside quotes (`RowCutter`), so a quoted cell holding line
 *   breaks is never cut. A piece with a quote the parser cannot pair is read with the rest of the
 *   file, as one piece.
 * - The size limit is checked on the bytes as they come: a file over it is refused before it is
 *   read to the end.
 */
import type { StoryEvent } from '../schema';
import { detectKind, MAX_IMPORT_BYTES, parseEventsFile, type DetectOptions } from './detect';
import { formatRowReader, type FormatRowReader } from './formats';
import { EventCollector } from './fromRecords';
import { detectDelimiter, isBlankRow, lineBreaksAsLf, parseRows, type Delimiter } from './table';
import type { ImportResult } from './types';
import { fileError } from './validateRows';

/** How much text decides the file's kind, separator and first row (detectDelimiter's sample). */
export const HEAD_CHARS = 64 * 1024;

/**
 * Cuts a growing text after its last line break outside quotes: what `push` returns is whole rows,
 * the rest waits for more text. Quotes are counted once each (the state is kept between pushes).
 */
export class RowCutter {
  private buf = '';
  /** How far `buf` has been looked at, and whether a quote is open there. */
  private seen = 0;
  private open = false;
  /** Just after the last line break outside quotes in buf[0, seen). */
  private cut = 0;

  push(text: string): string {
    const s = (this.buf += text);
    let q = s.indexOf('"', this.seen);
    let n = s.indexOf('\n', this.seen);
    while (n !== -1) {
      if (q !== -1 && q < n) {
        this.open = !this.open;
        q = s.indexOf('"', q + 1);
      } else {
        if (!this.open) this.cut = n + 1;
        n = s.indexOf('\n', n + 1);
      }
    }
    // quotes after the last line break still count for the next push
    while (q !== -1) {
      this.open = !this.open;
      q = s.indexOf('"', q + 1);
    }
    this.seen = s.length;
    const rows = s.slice(0, this.cut);
    this.buf = s.slice(this.cut);
    this.seen -= this.cut;
    this.cut = 0;
    return rows;
  }

  /** What is left when the text has ended. */
  end(): string {
    const rest = this.buf;
    this.buf = '';
    this.seen = 0;
    return rest;
  }
}

export interface StreamOptions extends DetectOptions {
  /** The file's size in bytes when known (Content-Length, File.size): progress is read against it. */
  totalBytes?: number;
  /**
   * False: a file read piece by piece hands its events to `onEvents` only, and the result holds
   * none (its counts and problems still whole). The packer streams files larger than memory so.
   */
  keepEvents?: boolean;
}

/** A table being read piece by piece: its separator, its format's row reader, the events so far. */
class StreamedTable {
  private readonly cutter = new RowCutter();
  private next = 0;
  /** Text from a piece the parser found a broken quote in, to the end of the file (see `read`). */
  private held: string[] | null = null;

  constructor(
    private readonly delimiter: Delimiter,
    private readonly reader: FormatRowReader,
    private readonly events: EventCollector,
    private readonly onEvents: (events: StoryEvent[]) => void,
  ) {}

  push(text: string) {
    if (this.held) this.held.push(text);
    else this.read(this.cutter.push(text), false);
  }

  end(): ImportResult {
    this.read(this.held ? this.held.join('') : this.cutter.end(), true);
    return this.events.result(this.reader, this.reader.format.name);
  }

  private read(piece: string, last: boolean) {
    if (piece === '') return;
    const { rows, problems } = parseRows(lineBreaksAsLf(piece), this.delimiter);
    // A quote the parser could not pair: where it pairs it, and so where rows end, may lie beyond
    // this piece (its rules are not the cutter's simple count). The rest of the file is read with
    // this piece, as one, so the rows are the ones a whole read gives.
    if (!last && problems.some((p) => p.problem.code !== 'csv-malformed')) {
      this.held = [piece, this.cutter.end()];
      return;
    }
    const unreadable = new Map(problems.map((p) => [this.next + p.row, p.problem]));
    const made = this.events.add(this.reader.add(rows, this.next, unreadable));
    this.next += rows.length;
    if (made.length > 0) this.onEvents(made);
  }
}

/** The table reader for a file whose start is `head`, or null when it is not a known format's table. */
function streamedTable(
  name: string,
  head: string,
  opts: StreamOptions,
  onEvents: (events: StoryEvent[]) => void,
): StreamedTable | null {
  if (opts.mapping) return null;
  const table = tableOf(name, head);
  return (
    table &&
    new StreamedTable(
      table.delimiter,
      table.reader,
      new EventCollector('row', opts.maxRows, opts.keepEvents ?? true),
      onEvents,
    )
  );
}

/** A known format's table: its separator and row reader, decided from the file's start. */
function tableOf(name: string, head: string): { delimiter: Delimiter; reader: FormatRowReader } | null {
  if (detectKind(name, head) !== 'csv') return null;
  const sample = lineBreaksAsLf(head.charCodeAt(0) === 0xfeff ? head.slice(1) : head);
  const delimiter = detectDelimiter(sample);
  const first = parseRows(sample, delimiter).rows[0];
  // the first row decides, as in parseEventsFile (a blank first line: not streamed)
  const reader = first && !isBlankRow(first) ? formatRowReader(first, 0) : null;
  return reader && { delimiter, reader };
}

/**
 * Whether a file that starts with `head` (its first 64 kB, or all of it) is read piece by piece:
 * a table in an analyst's format. Any other file is read as one text.
 */
export const readsByPieces = (name: string, head: string): boolean => tableOf(name, head) !== null;

/**
 * Reads a file from its bytes. Events are handed to `onEvents` in file order as they are made (a
 * file not streamed: all at once, at the end); the result has every event, in file order.
 */
export async function readEventsStream(
  name: string,
  bytes: ReadableStream<Uint8Array>,
  opts: StreamOptions,
  onEvents: (events: StoryEvent[]) => void,
): Promise<ImportResult> {
  const max = opts.maxBytes ?? MAX_IMPORT_BYTES;
  // the decoder drops a UTF-8 byte-order mark, as File.text() and Response.text() do
  const decoder = new TextDecoder();
  const reader = bytes.getReader();
  let read = 0;
  let lastProgress = 0;
  let head = '';
  let table: StreamedTable | null | undefined;
  const whole: string[] = [];
  const take = (text: string, ended: boolean) => {
    if (table === undefined) {
      head += text;
      if (head.length <= HEAD_CHARS && !ended) return;
      table = streamedTable(name, head, opts, onEvents);
      text = head;
      head = '';
    }
    if (table) table.push(text);
    else whole.push(text);
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > max) {
      await reader.cancel();
      return fileError({ code: 'file-too-large', name, maxMb: Math.round((max / 1024 / 1024) * 10) / 10 });
    }
    take(decoder.decode(value, { stream: true }), false);
    if (opts.totalBytes && opts.onProgress) {
      const f = Math.min(0.99, read / opts.totalBytes);
      if (f - lastProgress >= 0.02) {
        lastProgress = f;
        opts.onProgress(f);
      }
    }
  }
  take(decoder.decode(), true);
  if (table) {
    const result = table.end();
    opts.onProgress?.(1);
    return result;
  }
  const result = parseEventsFile(name, whole.join(''), opts);
  if (result.events.length > 0) onEvents(result.events);
  return result;
}
