/**
 * View state lives in the URL (the source of truth): which event the timeline is on,
 * which place or route card is open, and the language. Components read it here and
 * change it here; none keeps a private copy.
 */
import { parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { LANGS, type Lang } from '../i18n';

/** Versioned, short parameter names (v1). */
export const viewParams = {
  event: parseAsString,
  place: parseAsString,
  route: parseAsString,
  lang: parseAsStringLiteral(LANGS).withDefault('en' as Lang),
};

export function useViewState() {
  const [state, set] = useQueryStates(viewParams, { history: 'replace' });
  return {
    eventId: state.event,
    placeId: state.place,
    routeId: state.route,
    lang: state.lang,
    /** Step the timeline: one history entry per step; closes any place/route card. */
    goToEvent: (id: string) => void set({ event: id, place: null, route: null }, { history: 'push' }),
    openPlace: (id: string) => void set({ place: id, route: null }),
    openRoute: (id: string) => void set({ route: id, place: null }),
    closeCard: () => void set({ place: null, route: null }),
    setLang: (lang: Lang) => void set({ lang }),
  };
}

export type ViewState = ReturnType<typeof useViewState>;
