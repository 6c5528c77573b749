/**
 * What a link asked for that the app could not use: values that do not parse, unknown
 * parameters, ids that are not in the data. Shown to the user as a notice; never executed.
 *
 * Validity is not repeated here: a parameter is known iff `viewParams` (params.ts) has it, and
 * a value is valid iff its parser there accepts it, the same parser the app reads the URL with.
 */
import { parseAsCategories, parseAsFacets, parseAsRanges, viewParams } from './params';

export interface IgnoredParam {
  name: string;
  /** The value as given, shortened for display. */
  value: string;
  reason: 'invalid' | 'unknown-param' | 'not-found' | 'reversed';
}

type ParamName = keyof typeof viewParams;
/** What the data has, to check a link against (a set, or anything that answers `has`). */
type Known = {
  /** A million events' ids need not be put in a set to check one id. */
  events: { has(id: string): boolean };
  places: ReadonlySet<string>;
  routes: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  /** The data's facets (derive/facets.ts): each attribute's values. */
  facets: ReadonlyMap<string, ReadonlySet<string>>;
  /** The data's number attributes (the ones a range applies to). */
  numbers: ReadonlySet<string>;
};

/** The parsers seen only as "string in, value or null out". */
const parsers: Readonly<Record<ParamName, { parse: (value: string) => unknown }>> = viewParams;

/** Own keys only: `?constructor=1` or `?__proto__=1` are unknown parameters, not lookups. */
const isParam = (name: string): name is ParamName => Object.hasOwn(viewParams, name);

/** Whether the app can use this value: its parser accepts it (a parser that throws rejects it). */
function accepts(name: ParamName, value: string): boolean {
  let parsed: unknown;
  try {
    parsed = parsers[name].parse(value);
  } catch {
    return false;
  }
  return parsed !== null && parsed !== undefined;
}

/** Parameters that name an id, and the set of loaded ids to find it in. */
const ID_SETS: Partial<Record<ParamName, keyof Known>> = {
  event: 'events',
  place: 'places',
  at: 'places',
  route: 'routes',
};

export const shorten = (v: string, max = 60) => (v.length > max ? `${v.slice(0, max)}…` : v);

/** Check a query string against the parameters the app knows and the loaded data. */
export function checkLink(search: string, known: Known): IgnoredParam[] {
  const params = new URLSearchParams(search);
  const out: IgnoredParam[] = [];
  for (const [name, value] of params) {
    if (!isParam(name)) {
      out.push({ name: shorten(name, 30), value: shorten(value), reason: 'unknown-param' });
      continue;
    }
    if (!accepts(name, value)) {
      out.push({ name, value: shorten(value), reason: 'invalid' });
      continue;
    }
    const set = ID_SETS[name];
    if (set && !known[set].has(value)) out.push({ name, value: shorten(value), reason: 'not-found' });
    if (name === 'color' && !known.facets.has(value))
      out.push({ name, value: shorten(value), reason: 'not-found' });
    if (name === 'size' && !known.numbers.has(value))
      out.push({ name, value: shorten(value), reason: 'not-found' });
    if (name === 'cat') {
      const missing = (parseAsCategories.parse(value) ?? []).filter((c) => !known.categories.has(c));
      if (missing.length) out.push({ name, value: shorten(missing.join(', ')), reason: 'not-found' });
    }
    if (name === 'fv') {
      // an attribute the data lacks (or that is not a facet of it), or a value the attribute never has
      const missing = (parseAsFacets.parse(value) ?? []).flatMap((f) => {
        const values = known.facets.get(f.name);
        if (!values) return [f.name];
        return f.values.filter((v) => !values.has(v)).map((v) => `${f.name}: ${v}`);
      });
      if (missing.length) out.push({ name, value: shorten(missing.join(', ')), reason: 'not-found' });
    }
    if (name === 'fr') {
      const missing = (parseAsRanges.parse(value) ?? []).filter((r) => !known.numbers.has(r.name));
      if (missing.length)
        out.push({ name, value: shorten(missing.map((r) => r.name).join(', ')), reason: 'not-found' });
    }
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && accepts('from', from) && accepts('to', to) && from > to) {
    out.push({ name: 'from/to', value: `${from} > ${to}`, reason: 'reversed' });
  }
  return out;
}
