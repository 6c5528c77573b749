/**
 * What a link asked for that the app could not use: values that do not parse, unknown
 * parameters, ids that are not in the data. Shown to the user as a notice; never executed.
 */
import { parseCamera } from './camera';
import { category, isoDate } from '../data/schema';
import { LANGS } from '../i18n';

export interface IgnoredParam {
  name: string;
  /** The value as given, shortened for display. */
  value: string;
  reason: 'invalid' | 'unknown-param' | 'not-found' | 'reversed';
}

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const day = (v: string) => isoDate.safeParse(v).success;

const CHECKS: Record<string, (v: string) => boolean> = {
  event: (v) => ID.test(v),
  place: (v) => ID.test(v),
  route: (v) => ID.test(v),
  at: (v) => ID.test(v),
  from: day,
  to: day,
  cat: (v) => v.split(',').every((c) => (category.options as readonly string[]).includes(c)),
  q: (v) => v.length <= 200,
  tab: (v) => v === 'event' || v === 'list',
  data: (v) => v.length <= 500,
  lang: (v) => (LANGS as readonly string[]).includes(v),
  cam: (v) => parseCamera(v) !== null,
};

export const shorten = (v: string, max = 60) => (v.length > max ? `${v.slice(0, max)}…` : v);

/** Check a query string against the parameters the app knows and the loaded data. */
export function checkLink(
  search: string,
  known: { events: ReadonlySet<string>; places: ReadonlySet<string>; routes: ReadonlySet<string> },
): IgnoredParam[] {
  const params = new URLSearchParams(search);
  const out: IgnoredParam[] = [];
  for (const [name, value] of params) {
    const check = CHECKS[name];
    if (!check) {
      out.push({ name: shorten(name, 30), value: shorten(value), reason: 'unknown-param' });
      continue;
    }
    if (!check(value)) {
      out.push({ name, value: shorten(value), reason: 'invalid' });
      continue;
    }
    const set = name === 'event' ? known.events : name === 'place' || name === 'at' ? known.places : name === 'route' ? known.routes : null;
    if (set && !set.has(value)) out.push({ name, value: shorten(value), reason: 'not-found' });
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && day(from) && day(to) && from > to) out.push({ name: 'from/to', value: `${from} > ${to}`, reason: 'reversed' });
  return out;
}
