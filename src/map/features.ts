/** Story data → GeoJSON for the map sources. Pure; the controller uploads the result. */
import type { FeatureCollection } from 'geojson';
import type { Bilingual, Category, Place, Route } from '../data/schema';
import { circleRing, haversineKm, routeGeometry } from '../derive/geometry';
import type { MovementLine } from '../derive/movements';
import { SHAPE_FOR_TYPE } from '../theme/shapes';

/** Lower ranks win label collisions: active bases first, context places last. */
export function placeRank(p: Place): number {
  const byType = { base: 0, airbase: 0, 'border-crossing': 2, 'border-tripoint': 4, city: 3, town: 3 }[
    p.type
  ];
  return byType + (p.context ? 5 : 0);
}

/** Within this distance of a more important place, a label waits for a closer zoom. */
const CROWD_KM = 15;
export const CROWDED_LABEL_MINZOOM = 7;

/**
 * Zoom from which each place's label shows. Importance: rank first, then how many events name
 * the place. A place crowded by a more important one gets its label only when zoomed in,
 * so at the story's zoom Qasrak's label is not set beside Tell Baydar's marker.
 */
export function labelMinZooms(
  places: readonly Place[],
  mentions: ReadonlyMap<string, number>,
): Map<string, number> {
  const importance = (p: Place) => placeRank(p) * 1000 - (mentions.get(p.id) ?? 0);
  const ordered = [...places].sort((a, b) => importance(a) - importance(b) || a.id.localeCompare(b.id));
  const out = new Map<string, number>();
  ordered.forEach((p, i) => {
    const crowded = ordered.slice(0, i).some((q) => haversineKm([p.lon, p.lat], [q.lon, q.lat]) < CROWD_KM);
    out.set(p.id, crowded ? CROWDED_LABEL_MINZOOM : 0);
  });
  return out;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';
const SIDE_VECTORS: Record<LabelSide, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  above: [0, 1],
  below: [0, -1],
};
const NEIGHBOUR_KM = 25;

/**
 * Which side of its marker a label goes: the side facing away from the nearest neighbours,
 * so a label never sits beside someone else's marker (Qasrak lies between Tell Tamr and Tell Baydar:
 * its label goes above or below, not east onto Tell Baydar).
 */
export function labelSides(places: readonly Place[]): Map<string, LabelSide> {
  const out = new Map<string, LabelSide>();
  for (const p of places) {
    const cos = Math.cos((p.lat * Math.PI) / 180);
    const dirs = places
      .filter((q) => q !== p && haversineKm([p.lon, p.lat], [q.lon, q.lat]) < NEIGHBOUR_KM)
      .map((q) => {
        const dx = (q.lon - p.lon) * cos;
        const dy = q.lat - p.lat;
        const n = Math.hypot(dx, dy) || 1;
        return [dx / n, dy / n] as const;
      });
    if (dirs.length === 0) {
      out.set(p.id, 'right');
      continue;
    }
    let best: LabelSide = 'right';
    let bestScore = -Infinity;
    for (const side of Object.keys(SIDE_VECTORS) as LabelSide[]) {
      const [sx, sy] = SIDE_VECTORS[side];
      // the closer a neighbour lies to this side's direction, the worse the side
      const score = -Math.max(...dirs.map(([dx, dy]) => dx * sx + dy * sy));
      if (score > bestScore + 1e-9) {
        best = side;
        bestScore = score;
      }
    }
    out.set(p.id, best);
  }
  return out;
}

export function placeFeatures(
  places: readonly Place[],
  labelZoom: ReadonlyMap<string, number> = new Map(),
  sides: ReadonlyMap<string, LabelSide> = labelSides(places),
  /** Each base's status on the timeline's date, in words (a label line: status not by colour alone). */
  statusWords: ReadonlyMap<string, Bilingual> = new Map(),
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        type: p.type,
        shape: SHAPE_FOR_TYPE[p.type],
        name_en: p.name.en,
        name_ar: p.name.ar,
        confidence: p.confidence,
        context: p.context,
        hasStatus: p.initialStatus !== undefined,
        rank: placeRank(p),
        labelZoom: labelZoom.get(p.id) ?? 0,
        labelSide: sides.get(p.id) ?? 'right',
        ...(statusWords.has(p.id)
          ? { status_en: statusWords.get(p.id)!.en, status_ar: statusWords.get(p.id)!.ar }
          : {}),
      },
    })),
  };
}

/** Rings sized to the coordinate's error, for places that are not high confidence. */
export function uncertaintyFeatures(places: readonly Place[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => p.confidence !== 'high' && p.uncertaintyKm !== undefined)
      .map((p) => ({
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [circleRing([p.lon, p.lat], p.uncertaintyKm!, 48)] },
        properties: { id: p.id, confidence: p.confidence, km: p.uncertaintyKm },
      })),
  };
}

export function routeFeatures(
  routes: readonly Route[],
  places: ReadonlyMap<string, Place>,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: routes.map((r) => ({
      type: 'Feature',
      geometry: routeGeometry(r, places),
      properties: {
        id: r.id,
        kind: r.kind,
        confirmed: r.confirmed,
        schematic: r.schematic,
        name_en: r.name.en,
        name_ar: r.name.ar,
      },
    })),
  };
}

export function movementFeatures(lines: readonly MovementLine[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: lines.map((l) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: l.coordinates },
      properties: { route: l.route, direction: l.direction },
    })),
  };
}

/** How many categories the map can hide by mask; a dataset with more is filtered before upload. */
export const MASK_BITS = 32;

/** Each category's bit in the category mask (in the dataset's category order). */
export function categoryBits(ids: readonly Category[]): ReadonlyMap<Category, number> {
  return new Map(ids.map((c, i) => [c, ids.length <= MASK_BITS ? 1 << i : -1]));
}

/** The mask of the categories shown (null = all). */
export function categoryMask(
  bits: ReadonlyMap<Category, number>,
  shown: ReadonlySet<Category> | null,
): number {
  if (shown === null || bits.size > MASK_BITS) return -1;
  let m = 0;
  for (const c of shown) m |= bits.get(c) ?? 0;
  return m;
}
