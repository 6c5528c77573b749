/**
 * The map's scene from the story model: each part is rebuilt only when what it is made from
 * changes, so the controller's diff sends MapLibre only what really changed.
 */
import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { dayNumber } from '../data/days';
import type { Category, Place, Route, StoryEvent } from '../data/schema';
import type { MovementLine } from '../derive/movements';
import type { StatusAt } from '../derive/status';
import { messagesFor, type Lang } from '../i18n';
import type { LayerGroup } from '../state/params';
import { categoryColors } from '../theme/colors';
import {
  categoryBits,
  categoryMask,
  labelMinZooms,
  labelSides,
  movementFeatures,
  placeFeatures,
  routeFeatures,
  uncertaintyFeatures,
} from './features';
import { eventPoints, ownPointOf, pointFeature } from './eventPoints';
import type { MapScene } from './scene';
import type { CameraTarget } from './storyCamera';

export interface SceneInput {
  places: readonly Place[];
  routes: readonly Route[];
  placesById: ReadonlyMap<string, Place>;
  /** How many events name each place (label priority). */
  mentions: ReadonlyMap<string, number>;
  /** Events drawn as points (already narrowed by place and text). */
  events: readonly StoryEvent[];
  /** The timeline's current event (marked on the map when it has a point of its own). */
  current: StoryEvent | null;
  /** The dataset's categories, in legend order (their colours and mask bits follow it). */
  categoryIds: readonly Category[];
  /** Colour and size by the data's own columns (ui/usePointLook.ts); null functions: by category, one size. */
  look: { colorOf: ((e: StoryEvent) => string) | null; sizeOf: ((e: StoryEvent) => number) | null };
  /** The range and the categories shown: they hide points rather than re-upload them. */
  from: string | null;
  to: string | null;
  categories: ReadonlySet<Category> | null;
  statuses: ReadonlyMap<string, StatusAt>;
  highlightPlaces: readonly string[];
  highlightRoutes: readonly string[];
  movements: readonly MovementLine[];
  camera: CameraTarget;
  lang: Lang;
  hidden: readonly LayerGroup[];
}

export function useMapScene(p: SceneInput): MapScene {
  const { places, routes, placesById, mentions, events, statuses, from, to, categories } = p;
  const uncertainty = useMemo(() => uncertaintyFeatures(places), [places]);
  const routeData = useMemo(() => routeFeatures(routes, placesById), [routes, placesById]);
  const labelZooms = useMemo(() => labelMinZooms(places, mentions), [places, mentions]);
  const sides = useMemo(() => labelSides(places), [places]);
  // places are re-sent when statuses change: their labels say the status in words
  const placeData = useMemo(() => {
    const words = new Map(
      [...statuses].map(([id, s]) => [
        id,
        { en: messagesFor('en').statusShort[s.status], ar: messagesFor('ar').statusShort[s.status] },
      ]),
    );
    return placeFeatures(places, labelZooms, sides, words);
  }, [places, labelZooms, sides, statuses]);
  const movementData = useMemo(() => movementFeatures(p.movements), [p.movements]);
  const { categoryIds } = p;
  const bits = useMemo(() => categoryBits(categoryIds), [categoryIds]);
  const { look } = p;
  const eventData = useMemo(
    // ids, days and positions from the list's core, as the model's time index reads them (data/eventCore.ts)
    () => eventPoints(events, placesById, bits, categoryColors(categoryIds), look),
    [events, placesById, bits, categoryIds, look],
  );
  // the current event's own point, as drawn (its colour included)
  const currentEvent = p.current;
  const current = useMemo((): FeatureCollection => {
    const i = currentEvent ? ownPointOf(eventData, currentEvent) : -1;
    return { type: 'FeatureCollection', features: i >= 0 ? [pointFeature(eventData, i)] : [] };
  }, [eventData, currentEvent]);
  const pointFilter = useMemo(
    () => ({
      from: from ? dayNumber(from) : -1e9,
      to: to ? dayNumber(to) : 1e9,
      mask: categoryMask(bits, categories),
    }),
    [from, to, bits, categories],
  );
  const selection = useMemo(
    () => ({ places: p.highlightPlaces, routes: p.highlightRoutes }),
    [p.highlightPlaces, p.highlightRoutes],
  );
  const t = messagesFor(p.lang);
  return useMemo(
    () => ({
      lang: p.lang,
      controlText: t.mapControls,
      attribution: t.attribution,
      places: placeData,
      uncertainty,
      routes: routeData,
      movements: movementData,
      current,
      events: eventData,
      statuses,
      pointFilter,
      selection,
      hidden: p.hidden,
      camera: p.camera,
    }),
    [
      p.lang,
      t,
      placeData,
      uncertainty,
      routeData,
      movementData,
      current,
      eventData,
      statuses,
      pointFilter,
      selection,
      p.hidden,
      p.camera,
    ],
  );
}
