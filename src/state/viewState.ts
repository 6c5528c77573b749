/**
 * View state lives in the URL (the source of truth): which event the timeline is on,
 * which card is open, the filters and the language. Components read it here and
 * change it here; none keeps a private copy.
 */
import { useMemo } from 'react';
import { useQueryStates } from 'nuqs';
import type { Category } from '../data/schema';
import type { EventFilter } from './filter';
import type { Lang } from '../i18n';
import { PACE, viewParams, type LayerGroup } from './params';
import type { Camera } from './camera';

export type PanelTab = 'event' | 'list';
export type ViewMode = 'full' | 'present' | 'embed';
const NO_LAYERS: readonly LayerGroup[] = [];

export function useViewState() {
  const [s, set] = useQueryStates(viewParams, { history: 'replace' });
  const cats = s.cat;
  // a reversed range is ignored (and reported by the link check)
  const reversed = s.from !== null && s.to !== null && s.from > s.to;
  const filter: EventFilter = useMemo(
    () => ({
      from: reversed ? null : s.from,
      to: reversed ? null : s.to,
      categories: cats && cats.length > 0 ? new Set<Category>(cats) : null,
      place: s.at,
      text: s.q ?? '',
    }),
    [s.from, s.to, reversed, cats, s.at, s.q],
  );
  // the setters are created once: components and effects that depend on them do not re-run per render
  const actions = useMemo(
    () => ({
      /** Camera moves replace the history entry (they are not steps). */
      setCamera: (c: Camera) => void set({ cam: c }, { history: 'replace' }),
      clearDataParam: () => void set({ data: null }),
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
      clearFilters: () => void set({ from: null, to: null, cat: null, at: null, q: null }),
      /** Enter or leave presentation / embed mode: a history entry, so Back leaves it. */
      setMode: (mode: ViewMode) => void set({ mode: mode === 'full' ? null : mode }, { history: 'push' }),
      setPace: (pace: number) => void set({ pace: pace === PACE.default ? null : pace }),
      setHidden: (groups: readonly LayerGroup[]) =>
        void set({ hide: groups.length > 0 ? [...groups] : null }),
    }),
    [set],
  );
  return {
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
    ...actions,
  };
}

export type ViewState = ReturnType<typeof useViewState>;
