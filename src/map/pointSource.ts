/**
 * Where MapLibre gets the event points' tiles: a custom protocol, `wm-points://KEY/z/x/y`. The
 * page hands each set of points to a worker once (pointTiles.worker.ts), which cuts the tiles
 * MapLibre asks for (pointTiles.ts): neither the page nor MapLibre's worker ever holds the points
 * as GeoJSON. A new set of points gets a new key, so MapLibre never mixes tiles of two sets; a key
 * let go answers empty tiles.
 */
import * as maplibregl from 'maplibre-gl';
import type { VectorSourceSpecification } from 'maplibre-gl';
import type { EventPoints } from './eventPoints';
import type { TileReply, TileRequest } from './pointTiles';
import type { DotArrays, DotsReply } from './dotData';
import { CAMERA_LIMITS } from '../state/camera';
import { nextTask } from '../data/io/mapInSlices';

const PROTOCOL = 'wm-points';
const TILE_URL = /^wm-points:\/\/([^/]+)\/(\d+)\/(\d+)\/(\d+)$/;

let worker: Worker | null = null;
const waiting = new Map<number, { resolve: (b: ArrayBuffer) => void; reject: (e: Error) => void }>();
let requests = 0;
let keys = 0;
/** Point sets not yet sent to the worker, by key: the messages to send after each, in order. */
const unsent = new Map<string, (() => void)[]>();
/** Send a message about this key once the worker has its points (at once if it has them). */
const whenSent = (key: string, send: () => void) => {
  const queue = unsent.get(key);
  if (queue) queue.push(send);
  else send();
};
/** Who waits for the dot arrays of each point set being served, by key (null: the worker made none). */
const dotsWanted = new Map<string, (dots: DotArrays | null) => void>();

function tileWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./pointTiles.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<TileReply | DotsReply>) => {
    const r = e.data;
    if ('kind' in r) {
      // a set let go before its dots came has no one waiting
      const then = dotsWanted.get(r.key);
      dotsWanted.delete(r.key);
      then?.(r.dots);
      return;
    }
    const wait = waiting.get(r.id);
    waiting.delete(r.id);
    if (!wait) return;
    if ('bytes' in r) wait.resolve(r.bytes.buffer as ArrayBuffer);
    else wait.reject(new Error(`event points tile: ${r.error}`));
  };
  // a worker that fails makes no dots: whoever waits for them is told (the page makes its own)
  w.onerror = () => {
    const waiting = [...dotsWanted.values()];
    dotsWanted.clear();
    for (const then of waiting) then(null);
  };
  maplibregl.addProtocol(PROTOCOL, (params) => {
    const m = TILE_URL.exec(params.url);
    if (!m) return Promise.reject(new Error(`not an event points tile: ${params.url}`));
    const id = ++requests;
    const req: TileRequest = { kind: 'tile', id, key: m[1]!, z: +m[2]!, x: +m[3]!, y: +m[4]! };
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve: (data) => resolve({ data }), reject });
      // after its points: the worker answers a key it does not hold with an empty tile
      whenSent(req.key, () => w.postMessage(req));
    });
  });
  worker = w;
  return w;
}

/**
 * Serve these points' tiles; returns the tile URL template. With `onDots`, the worker also makes
 * the points' dot arrays and hands them to it, or null if it could not (unless the points are let
 * go first).
 */
export function servePoints(points: EventPoints, onDots?: (dots: DotArrays | null) => void): string {
  tileWorker(); // the protocol is known before MapLibre asks for a tile
  const key = String(++keys);
  if (onDots) dotsWanted.set(key, onDots);
  // Sent after this task, its columns copied one per task: at a million points the copies took
  // 0.13–0.3 s, in the same task as making the map (BENCHMARKS.md, "the hand-over"). Tile requests
  // for the key wait for it (whenSent); a set let go before it was sent is never sent.
  unsent.set(key, []);
  const flush = (send: (() => void) | null) => {
    const queue = unsent.get(key);
    if (!queue) return; // let go meanwhile
    unsent.delete(key);
    send?.();
    for (const then of queue) then();
  };
  copyPoints(points).then(
    (copied) =>
      flush(() => {
        const req: TileRequest = { kind: 'points', key, points: copied.points, dots: onDots !== undefined };
        tileWorker().postMessage(req, { transfer: copied.transfer });
      }),
    // the copies could not be made (memory): no tiles (the worker answers empty ones) and no dots
    // from the worker (whoever waits makes its own)
    () => {
      flush(null);
      const then = dotsWanted.get(key);
      dotsWanted.delete(key);
      then?.(null);
    },
  );
  return `${PROTOCOL}://${key}/{z}/{x}/{y}`;
}

/**
 * The points for the worker, without their ids, each column copied in a task of its own. The page keeps its columns (the range filter and the current
 * event read them): the worker gets copies, moved, not structured-cloned (a million points' worth
 * of clone took ~150 ms). Without the event ids: tiles name a point by its position (feature id),
 * and the page maps that back to the event (picking); a million id strings took ~0.9 s to clone.
 */
async function copyPoints(points: EventPoints): Promise<{ points: EventPoints; transfer: ArrayBuffer[] }> {
  const transfer: ArrayBuffer[] = [];
  const moved = async <A extends Float64Array | Int32Array | Uint16Array | Uint8Array>(a: A): Promise<A> => {
    await nextTask();
    const copy = a.slice() as A;
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  };
  const copy: EventPoints = {
    ...points,
    ids: [],
    lon: await moved(points.lon),
    lat: await moved(points.lat),
    t: await moved(points.t),
    t2: await moved(points.t2),
    c: await moved(points.c),
    colorCode: await moved(points.colorCode),
    atPlace: await moved(points.atPlace),
    k: points.k && (await moved(points.k)),
    u0: points.u0 && (await moved(points.u0)),
  };
  return { points: copy, transfer };
}

/** Stop serving the points behind a tile URL template. */
export function releasePoints(url: string) {
  const key = url.slice(`${PROTOCOL}://`.length).split('/')[0]!;
  dotsWanted.delete(key);
  // not sent yet: never sent, and its waiting tile requests are answered empty by the worker
  const queue = unsent.get(key);
  unsent.delete(key);
  for (const send of queue ?? []) send();
  const req: TileRequest = { kind: 'release', key };
  worker?.postMessage(req);
}

/** The events source of the style, for a tile URL template. */
export function pointSourceSpec(url: string): VectorSourceSpecification {
  return { type: 'vector', tiles: [url], minzoom: 0, maxzoom: Math.ceil(CAMERA_LIMITS.maxZoom) };
}
