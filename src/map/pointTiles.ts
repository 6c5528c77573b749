/**
 * Vector tiles of the event points, cut on demand from their columns (eventPoints.ts).
 *
 * MapLibre's GeoJSON source indexes every feature it is given before it draws one tile: at
 * 100,000 points that meant cloning 100,000 objects into its worker and tiling them all, about
 * 4 s on this machine (BENCHMARKS.md). Points need no clipping or simplifying, so a tile is
 * just the points inside it: a spatial index (KDBush) over the projected coordinates answers
 * "which points fall in tile z/x/y" without touching the rest, and only the tiles the view needs
 * are ever made. A point belongs to exactly one tile (no buffer): MapLibre draws circles across
 * tile edges, so none is cut off and none is drawn twice.
 */
import KDBush from 'kdbush';
import { fromVectorTileJs, type VectorTileFeatureLike } from '@maplibre/vt-pbf';
import { pointProperties, type EventPoints } from './eventPoints';
import { dotArrays, type DotsReply } from './dotData';
import { mercator } from './mercator';

/** The tiles' one layer (the style's `source-layer`). */
export const POINTS_LAYER = 'events';
/** Tile coordinates run 0..EXTENT (the vector tile spec's default). */
export const EXTENT = 4096;

export class PointTiler {
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly index: KDBush;

  constructor(private readonly points: EventPoints) {
    const n = points.length;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    // KDBush needs at least one item; an empty index answers nothing
    this.index = new KDBush(Math.max(n, 1));
    for (let i = 0; i < n; i++) {
      const [x, y] = mercator(points.lon[i]!, points.lat[i]!);
      this.x[i] = x;
      this.y[i] = y;
      this.index.add(x, y);
    }
    if (n === 0) this.index.add(-1, -1);
    this.index.finish();
  }

  /** The points inside tile z/x/y, in point order (later points are drawn over earlier ones). */
  pointsIn(z: number, tx: number, ty: number): Int32Array {
    const n = 2 ** z;
    const [x0, y0, x1, y1] = [tx / n, ty / n, (tx + 1) / n, (ty + 1) / n];
    // the range is inclusive: a point on a tile's right or bottom edge belongs to the next tile
    const ids = this.index
      .range(x0, y0, x1, y1)
      .filter((i) => i < this.points.length && this.x[i]! < x1 && this.y[i]! < y1);
    return Int32Array.from(ids).sort();
  }

  /** Tile z/x/y as a Mapbox Vector Tile (protobuf bytes), each point's feature id its index. */
  tile(z: number, tx: number, ty: number): Uint8Array {
    const ids = this.pointsIn(z, tx, ty);
    const n = 2 ** z;
    const features: VectorTileFeatureLike[] = Array.from(ids, (i) => ({
      type: 1,
      id: i,
      extent: EXTENT,
      properties: pointProperties(this.points, i),
      // vt-pbf reads only x and y of each point
      loadGeometry: () =>
        [
          [
            {
              x: Math.floor((this.x[i]! * n - tx) * EXTENT),
              y: Math.floor((this.y[i]! * n - ty) * EXTENT),
            },
          ],
        ] as unknown as ReturnType<VectorTileFeatureLike['loadGeometry']>,
    }));
    return fromVectorTileJs({
      layers: {
        [POINTS_LAYER]: {
          version: 2,
          name: POINTS_LAYER,
          extent: EXTENT,
          length: features.length,
          feature: (k) => features[k]!,
        },
      },
    });
  }
}

/** What the tile worker is asked (pointTiles.worker.ts). */
export type TileRequest =
  /** `dots`: also make the points' dot arrays and send them back (pointTiles.worker.ts). */
  | { kind: 'points'; key: string; points: EventPoints; dots?: boolean }
  | { kind: 'release'; key: string }
  | { kind: 'tile'; id: number; key: string; z: number; x: number; y: number };

/** A tile's bytes (an empty tile for points no longer served), or why it could not be made. */
export type TileReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

const EMPTY_TILE = fromVectorTileJs({ layers: {} });

/** The tile worker's state: the point sets it serves, by key, each indexed on its first tile. */
export class TileService {
  private readonly sets = new Map<string, { points: EventPoints; tiler: PointTiler | null }>();

  /** A tile request gets its tile; a set of points gets its dots if asked (`dots`), else nothing. */
  handle(req: Extract<TileRequest, { kind: 'tile' }>): TileReply;
  handle(req: TileRequest): TileReply | DotsReply | null;
  handle(req: TileRequest): TileReply | DotsReply | null {
    if (req.kind === 'points') {
      this.sets.set(req.key, { points: req.points, tiler: null });
      // a large set's arrays for the GPU dots, made here rather than on the page (dotData.ts)
      if (req.dots) {
        try {
          return { kind: 'dots', key: req.key, dots: dotArrays(req.points) };
        } catch {
          return { kind: 'dots', key: req.key, dots: null };
        }
      }
    } else if (req.kind === 'release') this.sets.delete(req.key);
    else {
      const set = this.sets.get(req.key);
      if (!set) return { id: req.id, bytes: EMPTY_TILE.slice() };
      try {
        set.tiler ??= new PointTiler(set.points);
        return { id: req.id, bytes: set.tiler.tile(req.z, req.x, req.y) };
      } catch (e) {
        return { id: req.id, error: e instanceof Error ? e.message : String(e) };
      }
    }
    return null;
  }
}
