/**
 * URL parameters of the view (v1 names, short and readable). Parsing is strict: a value
 * that does not parse is treated as absent (later: reported in a notice).
 */
import { createParser, parseAsArrayOf, parseAsStringLiteral } from 'nuqs';
import { category, isoDate } from '../data/schema';
import { LANGS, type Lang } from '../i18n';
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
  cat: parseAsArrayOf(parseAsStringLiteral(category.options), ','),
  /** Only events at this place. */
  at: id,
  /** Free-text search (at most 200 characters). */
  q: createParser({ parse: (v: string) => (v.length <= 200 ? v : null), serialize: (v: string) => v }),
  /** A same-origin events file (CSV or GeoJSON) to show instead of the story's events. */
  data: createParser({ parse: (v: string) => (v.length <= 500 ? v : null), serialize: (v: string) => v }),
  /** Side panel tab. */
  tab: parseAsStringLiteral(['event', 'list'] as const),
  lang: parseAsStringLiteral(LANGS).withDefault('en' as Lang),
};
