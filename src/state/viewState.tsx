/**
 * View state lives in the URL (the source of truth): which event the timeline is on,
 * which card is open, the filters and the language. Components read it here and
 * change it here; none keeps a private copy.
 *
 * The URL is read once, by ViewStateProvider at the top of the page, and shared through a
 * context: each reader of nuqs' useQueryStates re-parses the query string on every render, and
 * with a reader in every component that shows a message that was the app's largest start-up cost
 * of its own (scripts/bench/startup-profile.mjs).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQueryStates } from 'nuqs';
import type { Category } from '../data/schema';
import type { EventFilter, FacetFilter, NumberRange, RangeFilter } from './filter';
import type { Lang } from '../i18n';
import { PACE, viewParams, type FacetParam, type LayerGroup, type RangeParam } from './params';
import type { Camera } from './camera';

export type PanelTab = 'event' | 'list';
export type ViewMode = 'full' | 'present' | 'embed';
const NO_LAYERS: readonly LayerGroup[] = [];

/** One attribute's values kept (none: the attribute's facet is cleared), the others as they were. */
function withFacet(list: readonly FacetParam[] | null, name: string, values: readonly string[]) {
  const rest = (list ?? []).filter((f) => f.name !== name);
  const next = values.length > 0 ? [...rest, { name, values: [...new Set(values)] }] : rest;
  return next.length > 0 ? next : null;
}
/** One attribute's range (both ends open: cleared), the others as they were. */
function withRange(list: readonly RangeParam[] | null, name: string, r: NumberRange) {
  const rest = (list ?? []).filter((x) => x.name !== name);
  const next = r.min === null && r.max === null ? rest : [...rest, { name, min: r.min, max: r.max }];
  return next.length > 0 ? next : null;
}

function useUrlViewState() {
  const [s, set] = useQueryStates(viewParams, { history: 'replace' });
  const cats = s.cat;
  // kept apart from the filter object, so moving the date range leaves their identity (and
  // everything derived from them, such as the map's data) as it was
  const fv = s.fv;
  const fr = s.fr;
  const facets: FacetFilter | null = useMemo(
    () => (fv ? new Map(fv.map((f) => [f.name, new Set(f.values)])) : null),
    [fv],
  );
  const ranges: RangeFilter | null = useMemo(
    () => (fr ? new Map(fr.map((r) => [r.name, { min: r.min, max: r.max }])) : null),
    [fr],
  );
  // a reversed range is ignored (and reported by the link check)
  const reversed = s.from !== null && s.to !== null && s.from > s.to;
  const filter: EventFilter = useMemo(
    () => ({
      from: reversed ? null : s.from,
      to: reversed ? null : s.to,
      categories: cats && cats.length > 0 ? new Set<Category>(cats) : null,
      place: s.at,
      text: s.q ?? '',
      facets,
      ranges,
    }),
    [s.from, s.to, reversed, cats, s.at, s.q, facets, ranges],
  );
  // the setters are created once: components and effects that depend on them do not re-run per render
  const actions = useMemo(
    () => ({
      /** Camera moves replace the history entry (they are not steps). */
      setCamera: (c: Camera) => void set({ cam: c }, { history: 'replace' }),
      clearDataParam: () => void set({ data: null }),
      setDataParam: (v: string) => void set({ data: v }),
      /** Step the timeline: one history entry per step; closes any place/route card. */
      goToEvent: (id: string) => void set({ event: id, place: null, route: null }, { history: 'push' }),
      openPlace: (id: string) => void set({ place: id, route: null, tab: null }),
      openRoute: (id: string) => void set({ route: id, place: null, tab: null }),
      closeCard: () => void set({ place: null, route: null }),
      setLang: (lang: Lang) => void set({ lang }),
      setTab: (tab: PanelTab) => void set({ tab: tab === 'event' ? null : tab }),
      setRange: (from: string | null, to: string | null) => void set({ from, to }),
      setCategories: (c: readonly Category[] | null) => void set({ cat: c && c.length > 0 ? [...c] : null }),
      setPlaceFilter: (id: string | null) => void set({ at: id }),
      setText: (q: string) => void set({ q: q === '' ? null : q }),
      /** Keep these values of an attribute (empty: no filter on it). */
      setFacet: (name: string, values: readonly string[]) =>
        void set((old) => ({ fv: withFacet(old.fv, name, values) })),
      /** Keep events whose number attribute is in this range (both ends null: no filter on it). */
      setNumberRange: (name: string, range: NumberRange) =>
        void set((old) => ({ fr: withRange(old.fr, name, range) })),
      clearFilters: () =>
        void set({ from: null, to: null, cat: null, at: null, q: null, fv: null, fr: null }),
      /** Enter or leave presentation / embed mode: a history entry, so Back leaves it. */
      setMode: (mode: ViewMode) => void set({ mode: mode === 'full' ? null : mode }, { history: 'push' }),
      setPace: (pace: number) => void set({ pace: pace === PACE.default ? null : pace }),
      setHidden: (groups: readonly LayerGroup[]) =>
        void set({ hide: groups.length > 0 ? [...groups] : null }),
      setStoryOverlay: (on: boolean) => void set({ overlay: on ? 'story' : null }),
      setColorBy: (column: string | null) => void set({ color: column }),
      setSizeBy: (column: string | null) => void set({ size: column }),
    }),
    [set],
  );
  return useMemo(
    () => ({
      eventId: s.event,
      placeId: s.place,
      routeId: s.route,
      lang: s.lang,
      tab: s.tab ?? 'event',
      dataParam: s.data,
      camera: s.cam,
      filter,
      mode: s.mode ?? 'full',
      pace: s.pace ?? PACE.default,
      hidden: s.hide ?? NO_LAYERS,
      /** With an imported dataset, the story's bases, routes and zone are drawn under it. */
      storyOverlay: s.overlay === 'story',
      /** The data's own columns the points are coloured and sized by, as the link asks. */
      colorBy: s.color,
      sizeBy: s.size,
      ...actions,
    }),
    [s, filter, actions],
  );
}

export type ViewState = ReturnType<typeof useUrlViewState>;

const ViewStateContext = createContext<ViewState | null>(null);

/** Reads the URL for the whole page (inside nuqs' adapter). */
export function ViewStateProvider({ children }: { children: ReactNode }) {
  return <ViewStateContext value={useUrlViewState()}>{children}</ViewStateContext>;
}

/** The view as the URL states it, and the actions that change it. */
export function useViewState(): ViewState {
  const view = useContext(ViewStateContext);
  if (!view) throw new Error('useViewState() needs a <ViewStateProvider> above it');
  return view;
}
