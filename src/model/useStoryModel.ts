/**
 * Everything the story view shows, derived from the data and the URL view state.
 * Pure derivations (derive/) composed with memoisation; no MapLibre, no DOM.
 */
import { useMemo } from 'react';
import type { StoryEvent } from '../data/schema';
import type { StoryData } from '../data/validate';
import { currentIndex, eventWithId } from '../derive/current';
import { filterEvents } from '../derive/filters';
import { NO_FILTER, type EventFilter } from '../state/filter';
import {
  buildTimeIndex,
  categoryCountsInRange,
  dayExtentInRange,
  eventsInRange,
  positionsInRange,
} from '../derive/timeIndex';
import {
  datasetAttributes,
  facetCodes,
  facetCounts,
  subsetCodes,
  usableFacets,
  usableRanges,
} from '../derive/facets';
import { allCoordinates, bboxOf, routeGeometry, type LonLat } from '../derive/geometry';
import { timelineExtent } from '../derive/timeAxis';
import { movementLines } from '../derive/movements';
import { statusesAt } from '../derive/status';
import { mentionCounts } from '../derive/related';
import { datasetCategories } from '../derive/categories';

export type StoryModel = ReturnType<typeof useStoryModel>;

export function useStoryModel(data: StoryData, filter: EventFilter, eventId: string | null) {
  const { places, routes, events } = data;
  const placesById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const routesById = useMemo(() => new Map(routes.map((r) => [r.id, r])), [routes]);
  const mentions = useMemo(() => mentionCounts(events), [events]);
  const categories = useMemo(() => datasetCategories(events), [events]);
  const attributes = useMemo(() => datasetAttributes(events), [events]);
  const allCodes = useMemo(() => facetCodes(events, attributes.facets), [events, attributes]);
  // the timeline's first and last day, from the time index of all the events (the same index as the
  // filtered one's when nothing is filtered): no pass over a million events' dates
  const extent = useMemo(
    () => timelineExtent(dayExtentInRange(buildTimeIndex(events), null, null), data.span),
    [events, data.span],
  );

  // Place, text and the data's own columns (facet values, number ranges) narrow the data;
  // categories and the range are applied on top. Categories, attributes and values the data lacks
  // (a link made on another dataset) are left out; none left means all (the link check reports them).
  const { place, text, from, to } = filter;
  const shownCategories = useMemo(() => {
    const known = filter.categories ? [...filter.categories].filter((c) => categories.includes(c)) : [];
    return known.length > 0 ? new Set(known) : null;
  }, [filter.categories, categories]);
  const shownFacets = useMemo(
    () => usableFacets(filter.facets, attributes.facets),
    [filter.facets, attributes],
  );
  const shownRanges = useMemo(
    () => usableRanges(filter.ranges, attributes.numbers),
    [filter.ranges, attributes],
  );
  const placeText = useMemo(() => filterEvents(events, { ...NO_FILTER, place, text }), [events, place, text]);
  // the map's data: its identity changes with place, text, facets and number ranges, never with
  // the date range or categories (those hide points on the GPU, without a re-upload: map/dotLayer.ts)
  const subsetNoCats = useMemo(
    () => filterEvents(placeText, { ...NO_FILTER, facets: shownFacets, ranges: shownRanges }),
    [placeText, shownFacets, shownRanges],
  );
  const subset = useMemo(
    () => filterEvents(subsetNoCats, { ...NO_FILTER, categories: shownCategories }),
    [subsetNoCats, shownCategories],
  );
  // time indexes: moving the range slices these by binary search instead of scanning every event
  const subsetIndex = useMemo(() => buildTimeIndex(subset), [subset]);
  const noCatsIndex = useMemo(() => buildTimeIndex(subsetNoCats), [subsetNoCats]);
  const visible = useMemo(() => eventsInRange(subsetIndex, from, to), [subsetIndex, from, to]);
  const visibleDays = useMemo(() => dayExtentInRange(subsetIndex, from, to), [subsetIndex, from, to]);
  // counts per category among events passing every filter except the category one
  const categoryCounts = useMemo(() => categoryCountsInRange(noCatsIndex, from, to), [noCatsIndex, from, to]);
  // counts per facet value among events passing every filter except that facet's: the events
  // passing all but the facets, coded once, then counted over the range's positions
  const facetBase = useMemo(
    () =>
      attributes.facets.length === 0
        ? []
        : filterEvents(placeText, { ...NO_FILTER, categories: shownCategories, ranges: shownRanges }),
    [attributes, placeText, shownCategories, shownRanges],
  );
  const facetBaseIndex = useMemo(() => buildTimeIndex(facetBase), [facetBase]);
  const facetBaseCodes = useMemo(() => subsetCodes(allCodes, facetBase), [allCodes, facetBase]);
  const facetValueCounts = useMemo(() => {
    const { lo, hi, before } = positionsInRange(facetBaseIndex, from, to);
    return facetCounts(facetBaseCodes, shownFacets, { lo, hi, extra: before });
  }, [facetBaseIndex, facetBaseCodes, shownFacets, from, to]);

  const requested = useMemo(() => eventWithId(events, eventId), [events, eventId]);
  const index = currentIndex(visible, requested);
  const current: StoryEvent | undefined = visible.at(index);
  const date = current?.date ?? to ?? events.at(-1)?.date ?? '';

  // the events that change a status, found once: a range step then walks these, not every event
  const withEffects = useMemo(() => events.filter((e) => e.effects.length > 0), [events]);
  const statuses = useMemo(() => statusesAt(places, withEffects, date), [places, withEffects, date]);
  const movements = useMemo(
    () => (current ? movementLines(current.movements, routesById, placesById) : []),
    [current, routesById, placesById],
  );

  const cameraBox = useMemo(() => {
    const pts: LonLat[] = [];
    for (const id of current?.places ?? []) {
      const p = placesById.get(id);
      if (p) pts.push([p.lon, p.lat]);
    }
    if (current?.lon !== undefined && current.lat !== undefined) pts.push([current.lon, current.lat]);
    for (const id of current?.movements.map((m) => m.route) ?? []) {
      const r = routesById.get(id);
      if (r) pts.push(...allCoordinates(routeGeometry(r, placesById)));
    }
    return bboxOf(pts);
  }, [current, placesById, routesById]);

  return {
    placesById,
    routesById,
    mentions,
    /** The dataset's categories, in legend order (derive/categories.ts). */
    categories,
    /** The categories shown: the link's that the data has, or null for all. */
    shownCategories,
    /** The data's facets and number attributes (derive/facets.ts). */
    attributes,
    /** The facet values kept: the link's that the data has, or null for none. */
    shownFacets,
    /** The number ranges applied: the link's on the data's number attributes, or null. */
    shownRanges,
    /** Per facet, per value, events passing every other filter (that facet's own excepted). */
    facetCounts: facetValueCounts,
    /** Events matching place, text, facets and number ranges: the map's data. Range and categories hide points on the map (map/dotLayer.ts). */
    mapEvents: subsetNoCats,
    /** Events passing place, text and category filters (the range bar's histogram counts these). */
    subset,
    /** The time index of `subset` (the range bar's histogram counts its start days). */
    subsetIndex,
    extent,
    /** The events passing every filter and the date range, in date order (a view: derive/eventRange.ts). */
    visible,
    /** The first and last day of the visible events (null: none): the timeline's axis. */
    visibleDays,
    categoryCounts,
    index,
    current,
    date,
    statuses,
    movements,
    cameraBox,
  };
}
