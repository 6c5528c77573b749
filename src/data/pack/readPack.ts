/**
 * Reads a pack (packFormat.ts) from its host: the index, then each part by an HTTP range request,
 * checked against its checksum and its events validated as an imported file's are. A part that
 * cannot be fetched or is damaged is reported by its number and left out; the rest loads. A host
 * that answers a range request with the whole file (no range support) is reported, and the parts
 * are then cut from that one download instead of fetching it again for each.
 */
import type { DataProblem, ImportWarning } from '../problems';
import { selectEvents, type EventColumns } from '../io/eventColumns';
import type { ImportResult, RowError } from '../io/types';
import { fileError, MAX_IMPORT_ROWS, rowLimitError } from '../io/validateRows';
import { ColumnChecker } from './checkColumns';
import { decodePart, packIndex, PartError, type PackIndex, type PackPart } from './packFormat';
import { eventsIn, packDays, runToLoad, type DateRange, type PartRun } from './packWindow';

export interface PackReadOptions {
  onProgress?: (fraction: number) => void;
  /** Events read at most (default: the import limit, MAX_IMPORT_ROWS). */
  maxEvents?: number;
  /**
   * Read only the parts this date range needs (packWindow.ts), keeping the run already on the page
   * when both fit the limit. Without it, every part is read (up to the limit).
   */
  window?: { range: DateRange; keep: PartRun | null };
  /** For tests: the fetch to use. */
  fetch?: typeof fetch;
}

/** A part could not be fetched: how it failed. */
class PartFetchError extends Error {
  constructor(
    readonly reason: 'http' | 'network' | 'short',
    readonly status?: number,
  ) {
    super(reason);
  }
}

const partProblem = (
  p: PackPart,
  i: number,
  parts: number,
  reason: Extract<DataProblem, { code: 'pack-part' }>['reason'],
  status?: number,
): RowError => ({
  row: null,
  field: '',
  problem: {
    code: 'pack-part',
    part: i + 1,
    parts,
    events: p.events,
    reason,
    ...(status !== undefined && { status }),
  },
  recordId: null,
});

/** Events with neither a place nor a location (listed, not mapped). */
function unmappedIn(c: EventColumns): number {
  const places = c.fields.places;
  let n = 0;
  for (let i = 0; i < c.length; i++) {
    const at = places?.values[places.codes[i]!] as readonly unknown[] | undefined;
    if ((at?.length ?? 0) === 0 && Number.isNaN(c.numbers.lon[i]!)) n++;
  }
  return n;
}

/** Reads the pack whose index is at `indexUrl` (an absolute URL); its events are handed to `onColumns` part by part, in order. */
export async function readPack(
  indexUrl: string,
  onColumns: (c: EventColumns) => void,
  opts: PackReadOptions = {},
): Promise<ImportResult> {
  const get = opts.fetch ?? fetch;
  const res = await get(indexUrl);
  if (!res.ok) return fileError({ code: 'http-error', status: res.status, statusText: res.statusText });
  let index: PackIndex;
  try {
    const parsed = packIndex.safeParse(JSON.parse(await res.text()));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return fileError({ code: 'not-a-pack', field: issue.path.join('.') || 'kind' });
    }
    index = parsed.data;
  } catch {
    return fileError({ code: 'not-a-pack', field: null });
  }

  const dataUrl = new URL(index.data, indexUrl).href;
  const errors: RowError[] = [];
  const warnings: ImportWarning[] = [];
  // every event is validated as an imported file's are, its values once each (checkColumns.ts);
  // numbered through the pack (event 1…). At most the import limit, as for a file (the page holds each
  // event as an object until issue 14's columnar store): the parts past it are not fetched, and the
  // report says from which event.
  const checker = new ColumnChecker();
  const max = opts.maxEvents ?? MAX_IMPORT_ROWS;
  let unmapped = 0;
  let stoppedAt: number | null = null;
  /** The whole data file, when the host sent all of it in answer to a range request. */
  let whole: Uint8Array | null = null;

  const fetchPart = async (p: PackPart): Promise<Uint8Array> => {
    // a copy: a part's buffer is moved to the page with its events, the whole file must stay
    if (whole) return whole.slice(p.offset, p.offset + p.bytes);
    let r: Response;
    try {
      r = await get(dataUrl, { headers: { Range: `bytes=${p.offset}-${p.offset + p.bytes - 1}` } });
    } catch {
      throw new PartFetchError('network');
    }
    if (r.status === 200) {
      // no range support: this is the whole file
      whole = new Uint8Array(await r.arrayBuffer());
      warnings.push({ code: 'no-range-support', mb: Math.round((whole.length / 1e6) * 10) / 10 });
      if (whole.length < p.offset + p.bytes) throw new PartFetchError('short');
      return whole.slice(p.offset, p.offset + p.bytes);
    }
    if (r.status !== 206) throw new PartFetchError('http', r.status);
    const bytes = new Uint8Array(await r.arrayBuffer());
    if (bytes.length !== p.bytes) throw new PartFetchError('short');
    return bytes;
  };

  /** A part's bytes, or why it could not be had (never a rejected promise left waiting). */
  const settle = (p: PackPart) =>
    fetchPart(p).then(
      (bytes) => ({ bytes }),
      (error: unknown) => ({ error }),
    );
  const parts = index.parts;
  // the parts to read: all, or the run the range needs
  const run: PartRun = (opts.window &&
    (runToLoad(parts, opts.window.keep, opts.window.range, max) ?? opts.window.keep)) ?? {
    lo: 0,
    hi: parts.length - 1,
  };
  if (run.lo > 0 || run.hi < parts.length - 1) {
    const { first, last } = packDays(parts)!;
    warnings.push({
      code: 'pack-window',
      lo: run.lo + 1,
      hi: run.hi + 1,
      parts: parts.length,
      loaded: eventsIn(parts, run),
      events: index.events,
      first,
      last,
    });
  }
  // the parts already on the page (the run kept, when the new run holds it) are not fetched again
  const keep = opts.window?.keep ?? null;
  const reused = keep && run.lo <= keep.lo && keep.hi <= run.hi ? keep : null;
  const toRead: number[] = [];
  for (let i = run.lo; i <= run.hi; i++) if (!reused || i < reused.lo || i > reused.hi) toRead.push(i);
  // where each part's events are numbered from in the pack (event 1…)
  const starts: number[] = [0];
  for (const p of parts) starts.push(starts.at(-1)! + p.events);
  let kept = reused ? eventsIn(parts, reused) : 0;
  /** Events handed on from the parts before the reused run. */
  let before = 0;
  let done = 0;
  const wanted = toRead.reduce((n, i) => n + parts[i]!.events, 0);
  let pending = toRead.length > 0 ? settle(parts[toRead[0]!]!) : null;
  for (const [k, i] of toRead.entries()) {
    const p = parts[i]!;
    const first = starts[i]! + 1;
    const got = await pending!;
    // the next part downloads while this one is checked — once the host has answered a range (after
    // a whole-file answer the parts are cut from it), and only if the limit leaves room for it
    const next = toRead[k + 1];
    const following = next === undefined ? undefined : parts[next];
    pending = following && kept + p.events < max ? settle(following) : null;
    let columns: EventColumns;
    try {
      if ('error' in got) throw got.error;
      columns = decodePart(got.bytes, p);
    } catch (e) {
      if (e instanceof PartFetchError) errors.push(partProblem(p, i, parts.length, e.reason, e.status));
      else if (e instanceof PartError) errors.push(partProblem(p, i, parts.length, e.reason));
      else throw e;
      pending ??= following ? settle(following) : null;
      continue;
    }
    const checked = checker.check(columns, first);
    errors.push(...checked.errors);
    let valid = checked.columns;
    if (kept + valid.length > max) {
      // the import limit falls inside this part: its valid events up to it, and the report names
      // the first event left unread
      const room = max - kept;
      stoppedAt = first + checked.positions[room]!;
      valid = selectEvents(
        valid,
        Array.from({ length: room }, (_, k) => k),
      );
    }
    kept += valid.length;
    unmapped += unmappedIn(valid);
    if (reused && i < reused.lo) before += valid.length;
    if (valid.length > 0) onColumns(valid);
    done += p.events;
    opts.onProgress?.(wanted > 0 ? Math.min(0.99, done / wanted) : 0.99);
    if (stoppedAt === null && kept >= max && next !== undefined) stoppedAt = starts[i + 1]! + 1;
    if (stoppedAt !== null) break;
    pending ??= following ? settle(following) : null;
  }
  opts.onProgress?.(1);
  return {
    events: [],
    errors: stoppedAt === null ? errors : [rowLimitError(max, stoppedAt, 'event'), ...errors],
    warnings,
    unmapped,
    totalRows: index.totalRows,
    ...(index.format !== undefined && { format: index.format }),
    pack: {
      parts: parts.map(({ first, last, events }) => ({ first, last, events })),
      run,
      events: index.events,
      ...(reused && { reused, before }),
      ...(index.days && { days: index.days }),
    },
  };
}
