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

/**
 * The data's own columns in a link (`fv`, `fr`). A value reads `1;name:…;name:…`: the encoding's
 * version, then one part per attribute. Names and values are written as the data writes them
 * (Arabic, spaces, anything), with only the four characters the encoding uses escaped:
 * `%` → `%25`, `,` → `%2C`, `:` → `%3A`, `;` → `%3B` (decoded in one pass, so `%252C` is the
 * text `%2C`). A future change of the encoding bumps the leading version; a version this code
 * does not know is not read (the link check reports it).
 */
export const ATTRIBUTE_ENCODING = '1';
const ATTR_ESCAPES: Readonly<Record<string, string>> = { '%': '%25', ',': '%2C', ':': '%3A', ';': '%3B' };
const escapeAttr = (s: string) => s.replace(/[%,:;]/g, (c) => ATTR_ESCAPES[c]!);
const unescapeAttr = (s: string) =>
  s.replace(/%(25|2C|3A|3B)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
/** At most this many attributes in one link, this many values per attribute, this long each. */
export const ATTRIBUTE_LIMITS = { attributes: 50, values: 100, length: 200 } as const;
const goodText = (s: string) => s.trim() !== '' && s.length <= ATTRIBUTE_LIMITS.length;

/** A `1;name:spec;name:spec` value as [name, raw spec] pairs (names unescaped, distinct), or null. */
function attributeParts(v: string): [string, string][] | null {
  const parts = v.split(';');
  if (parts[0] !== ATTRIBUTE_ENCODING || parts.length < 2 || parts.length > ATTRIBUTE_LIMITS.attributes + 1)
    return null;
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const part of parts.slice(1)) {
    const bits = part.split(':');
    if (bits.length !== 2) return null;
    const name = unescapeAttr(bits[0]!);
    if (!goodText(name) || seen.has(name)) return null;
    seen.add(name);
    out.push([name, bits[1]!]);
  }
  return out;
}

/** An attribute and the values kept (`fv`). */
export interface FacetParam {
  name: string;
  values: string[];
}

function serializeFacets(v: FacetParam[]): string {
  const parts = v.map((f) => `${escapeAttr(f.name)}:${f.values.map(escapeAttr).join(',')}`);
  return [ATTRIBUTE_ENCODING, ...parts].join(';');
}

/**
 * Facet values kept, per attribute: `fv=1;disorder_type:Political violence,Demonstrations;admin1:Aleppo`.
 * Values are distinct per attribute, in the order given; an empty attribute, a repeated one or
 * an empty value makes the whole value unreadable (null), never half applied.
 */
export const parseAsFacets = createParser<FacetParam[]>({
  parse: (v: string) => {
    const parts = attributeParts(v);
    if (!parts) return null;
    const out: FacetParam[] = [];
    for (const [name, spec] of parts) {
      const values = spec.split(',').map(unescapeAttr);
      if (values.length > ATTRIBUTE_LIMITS.values || !values.every(goodText)) return null;
      out.push({ name, values: [...new Set(values)] });
    }
    return out;
  },
  serialize: serializeFacets,
  eq: (a: FacetParam[], b: FacetParam[]) => serializeFacets(a) === serializeFacets(b),
});

/** An attribute's inclusive range (`fr`); null = open end, never both. */
export interface RangeParam {
  name: string;
  min: number | null;
  max: number | null;
}

/** A number as String(n) writes it (so every finite number round-trips), -0 read as 0. */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;
function readNumber(s: string): number | null | undefined {
  if (s === '') return null;
  const n = NUMBER.test(s) ? Number(s) : NaN;
  return Number.isFinite(n) ? n + 0 : undefined;
}

const end = (n: number | null) => (n === null ? '' : String(n));
function serializeRanges(v: RangeParam[]): string {
  const parts = v.map((r) => `${escapeAttr(r.name)}:${end(r.min)}..${end(r.max)}`);
  return [ATTRIBUTE_ENCODING, ...parts].join(';');
}

/**
 * Ranges of number attributes: `fr=1;fatalities:1..;best:10..100` (inclusive; an end left out is
 * open). A reversed range (min above max) or an open-both-ends one does not parse.
 */
export const parseAsRanges = createParser<RangeParam[]>({
  parse: (v: string) => {
    const parts = attributeParts(v);
    if (!parts) return null;
    const out: RangeParam[] = [];
    for (const [name, spec] of parts) {
      const ends = spec.split('..');
      if (ends.length !== 2) return null;
      const min = readNumber(ends[0]!);
      const max = readNumber(ends[1]!);
      if (min === undefined || max === undefined || (min === null && max === null)) return null;
      if (min !== null && max !== null && min > max) return null;
      out.push({ name, min, max });
    }
    return out;
  },
  serialize: serializeRanges,
  eq: (a: RangeParam[], b: RangeParam[]) => serializeRanges(a) === serializeRanges(b),
});

/** Version of these parameter names; links carry it so a future renaming can still read them. */
export const LINK_VERSION = '1';

/** Map layer groups a viewer can switch off. */
export const LAYER_GROUPS = ['events', 'routes', 'zone', 'rings', 'labels'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

/** Autoplay pace in presentation mode: seconds per event. */
export const PACE = { min: 2, max: 60, default: 6 } as const;

/** A column of the data, by its name (whether the data has it, the link check says). */
const columnName = createParser({
  parse: (v: string) => (v.trim() !== '' && v.length <= 200 ? v : null),
  serialize: (v: string) => v,
});

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
  /** Values of the data's own columns kept (facets), e.g. `1;admin1:Aleppo,Ar-Raqqa` (see parseAsFacets). */
  fv: parseAsFacets,
  /** Ranges of the data's number columns, e.g. `1;fatalities:1..` (see parseAsRanges). */
  fr: parseAsRanges,
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
  /** With an imported dataset: also draw the story's bases, routes and zone under it. */
  overlay: parseAsStringLiteral(['story'] as const),
  /** Colour the points by one of the data's own text columns (absent: by category). */
  color: columnName,
  /** Size the points by one of the data's own number columns (absent: all one size). */
  size: columnName,
  /** Link format version (see LINK_VERSION). */
  v: parseAsStringLiteral([LINK_VERSION] as const),
};
