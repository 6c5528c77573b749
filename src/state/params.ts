/**
 * URL parameters of the view (v1 names, short and readable). Parsing is strict: a value
 * that does not parse is treated as absent (later: reported in a notice).
 */
import { createParser, parseAsStringLiteral } from 'nuqs';
import { isoDate } from '../data/schema';
import { LANGS, preferredLang } from '../i18n';
import { parseCamera, sameCamera, serializeCamera } from './camera';

/** A real calendar day, YYYY-MM-DD. */
export const parseAsDay = createParser({
  parse: (v: string) => (isoDate.safeParse(v).success ? v : null),
  serialize: (v: string) => v,
});

const id = createParser({
  parse: (v: string) => (/^[A-Za-z0-9_.:-]{1,64}$/.test(v) ? v : null),
  serialize: (v: string) => v,
});

const camera = createParser({ parse: parseCamera, serialize: serializeCamera, eq: sameCamera });

/**
 * A comma-separated list of known words, all or nothing: `cat=base-handover,rumour` is not half
 * applied (nuqs' parseAsArrayOf would drop the bad item silently); it is ignored and reported.
 */
function strictList<T extends string>(words: readonly T[]) {
  return createParser<T[]>({
    parse: (v: string) => {
      const items = v.split(',');
      return items.length > 0 && items.every((i): i is T => (words as readonly string[]).includes(i))
        ? [...new Set(items)]
        : null;
    },
    serialize: (v: T[]) => v.join(','),
    eq: (a: T[], b: T[]) => a.join(',') === b.join(','),
  });
}

/** A list item's own commas and percent signs are escaped, so any category name fits in the list. */
const escapeItem = (s: string) => s.replace(/%/g, '%25').replace(/,/g, '%2C');
const unescapeItem = (s: string) => s.replace(/%2C/gi, ',').replace(/%25/g, '%');

/**
 * The categories shown: any dataset's own names (the story's five, ACLED's event types…), so the
 * parser checks only the form: 1–100 non-empty items of at most 200 characters. Whether the data
 * has them is the link check's job (a name it lacks is reported, not applied).
 */
export const parseAsCategories = createParser<string[]>({
  parse: (v: string) => {
    const items = v.split(',').map(unescapeItem);
    return items.length <= 100 && items.every((i) => i.trim() !== '' && i.length <= 200)
      ? [...new Set(items)]
      : null;
  },
  serialize: (v: string[]) => v.map(escapeItem).join(','),
  eq: (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000'),
});

/** Version of these parameter names; links carry it so a future renaming can still read them. */
export const LINK_VERSION = '1';

/** Map layer groups a viewer can switch off. */
export const LAYER_GROUPS = ['events', 'routes', 'zone', 'rings', 'labels'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

/** Autoplay pace in presentation mode: seconds per event. */
export const PACE = { min: 2, max: 60, default: 6 } as const;

export const viewParams = {
  /** Camera: lon,lat,zoom[,bearing,pitch]. */
  cam: camera,
  /** Current event on the timeline. */
  event: id,
  /** Open place card. */
  place: id,
  /** Open route card. */
  route: id,
  /** Date range (inclusive). */
  from: parseAsDay,
  to: parseAsDay,
  /** Categories shown (absent = all). */
  cat: parseAsCategories,
  /** Only events at this place. */
  at: id,
  /** Free-text search (at most 200 characters). */
  q: createParser({ parse: (v: string) => (v.length <= 200 ? v : null), serialize: (v: string) => v }),
  /** A same-origin events file (CSV or GeoJSON) to show instead of the story's events. */
  data: createParser({ parse: (v: string) => (v.length <= 500 ? v : null), serialize: (v: string) => v }),
  /** Side panel tab. */
  tab: parseAsStringLiteral(['event', 'list'] as const),
  /** Absent: the browser's preferred language. Shared links always carry it (see share/). */
  lang: parseAsStringLiteral(LANGS).withDefault(
    preferredLang(typeof navigator === 'undefined' ? [] : navigator.languages),
  ),
  /** Presentation (slides) or embed (map and timeline only) instead of the full dashboard. */
  mode: parseAsStringLiteral(['present', 'embed'] as const),
  /** Presentation autoplay: seconds per event. */
  pace: createParser({
    parse: (v: string) => {
      const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
      return n >= PACE.min && n <= PACE.max ? n : null;
    },
    serialize: String,
  }),
  /** Layer groups switched off (absent = all shown). */
  hide: strictList(LAYER_GROUPS),
  /** Link format version (see LINK_VERSION). */
  v: parseAsStringLiteral([LINK_VERSION] as const),
};
