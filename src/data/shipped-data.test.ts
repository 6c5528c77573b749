/**
 * Checks the story data shipped in public/data against the schema and against each other.
 * Every failure message names the file, the record and what is wrong.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod/mini';
import { describe, it, expect } from 'vitest';
import { problemText } from '../i18n/problemWords';
import { zodProblem } from './problems';
import {
  event,
  eventsFile,
  place,
  placesFile,
  route,
  routesFile,
  type Place,
  type Route,
  type ShippedEvent,
} from './schema';

const dataDir = new URL('../../public/data/', import.meta.url);

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')) as unknown;
}

function idOf(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw) return String(raw.id);
  return `#${index}`;
}

/** Parse each record; collect "<id>: <path>: <problem, in English>" for every issue. */
function parseAll<T>(list: unknown[], schema: z.ZodMiniType<T>) {
  const records: T[] = [];
  const problems: string[] = [];
  list.forEach((raw, i) => {
    const r = schema.safeParse(raw);
    if (r.success) records.push(r.data);
    else
      for (const iss of r.error.issues)
        problems.push(
          `${idOf(raw, i)}: ${iss.path.map(String).join('.')}: ${problemText('en', zodProblem(iss, raw))}`,
        );
  });
  return { records, problems };
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

const placesRaw = placesFile.parse(readJson('places.json')).places;
const routesRaw = routesFile.parse(readJson('routes.json')).routes;
const eventsRaw = eventsFile.parse(readJson('events.json')).events;

const placesParsed = parseAll<Place>(placesRaw, place);
const routesParsed = parseAll<Route>(routesRaw, route);
const eventsParsed = parseAll<ShippedEvent>(eventsRaw, event);
const places = placesParsed.records;
const routes = routesParsed.records;
const events = eventsParsed.records;
const placeIds = new Set(places.map((p) => p.id));
const routeIds = new Set(routes.map((r) => r.id));
const placeById = new Map(places.map((p) => [p.id, p]));

describe('shipped data: schema', () => {
  it('every place parses', () => {
    expect(placesParsed.problems).toEqual([]);
    expect(places.length).toBe(placesRaw.length);
    expect(places.length).toBeGreaterThan(0);
  });
  it('every route parses', () => {
    expect(routesParsed.problems).toEqual([]);
    expect(routes.length).toBe(routesRaw.length);
    expect(routes.length).toBeGreaterThan(0);
  });
  it('every event parses', () => {
    expect(eventsParsed.problems).toEqual([]);
    expect(events.length).toBe(eventsRaw.length);
  });
});

describe('shipped data: ids', () => {
  it('place, route and event ids are unique', () => {
    expect(duplicates(places.map((p) => p.id)), 'duplicate place ids').toEqual([]);
    expect(duplicates(routes.map((r) => r.id)), 'duplicate route ids').toEqual([]);
    expect(duplicates(events.map((e) => e.id)), 'duplicate event ids').toEqual([]);
  });

  it('all 24 events C1–C4 and E01–E20 are present, and no others', () => {
    const expected = [
      'C1',
      'C2',
      'C3',
      'C4',
      ...Array.from({ length: 20 }, (_, i) => `E${String(i + 1).padStart(2, '0')}`),
    ];
    const have = new Set(events.map((e) => e.id));
    expect(
      expected.filter((id) => !have.has(id)),
      'missing event ids',
    ).toEqual([]);
    expect(
      [...have].filter((id) => !expected.includes(id)),
      'unexpected event ids',
    ).toEqual([]);
  });

  it('the routes the map relies on are present', () => {
    const required = [
      'm4-highway',
      'convoy-qasrak-kri',
      'convoy-qamishli-kri',
      'convoy-zakho-erbil',
      'semalka-alternative',
      'm2-baghdad-damascus',
      'tanf-zone-55km',
      'tanf-jordan-relocation',
      'tanf-jordan-relocation-salti',
    ];
    expect(
      required.filter((id) => !routeIds.has(id)),
      'missing route ids',
    ).toEqual([]);
  });
});

describe('shipped data: cross references', () => {
  it('every place id named by an event exists in places.json', () => {
    const bad: string[] = [];
    for (const e of events) {
      e.places.forEach((p, i) => placeIds.has(p) || bad.push(`${e.id}: places.${i} "${p}"`));
      e.effects.forEach(
        (f, i) => placeIds.has(f.place) || bad.push(`${e.id}: effects.${i}.place "${f.place}"`),
      );
    }
    expect(bad).toEqual([]);
  });

  it('every place id named by a route exists in places.json', () => {
    const bad: string[] = [];
    for (const r of routes) {
      r.waypoints?.forEach(
        (w, i) => typeof w !== 'string' || placeIds.has(w) || bad.push(`${r.id}: waypoints.${i} "${w}"`),
      );
      if (r.center && !placeIds.has(r.center)) bad.push(`${r.id}: center "${r.center}"`);
    }
    expect(bad).toEqual([]);
  });

  it('every movement names a route in routes.json', () => {
    const bad: string[] = [];
    for (const e of events)
      e.movements.forEach(
        (m, i) => routeIds.has(m.route) || bad.push(`${e.id}: movements.${i}.route "${m.route}"`),
      );
    expect(bad).toEqual([]);
  });

  it('effects only change the status of bases and airbases', () => {
    const bad: string[] = [];
    for (const e of events)
      e.effects.forEach((f, i) => {
        const t = placeById.get(f.place)?.type;
        if (t !== 'base' && t !== 'airbase')
          bad.push(`${e.id}: effects.${i} targets "${f.place}" (type ${t})`);
        if (f.status === 'handed-over' && !f.to) bad.push(`${e.id}: effects.${i} handed-over without "to"`);
      });
    expect(bad).toEqual([]);
  });
});

describe('shipped data: content rules', () => {
  it('every event has at least one source', () => {
    expect(events.filter((e) => e.sources.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('every route has at least one source', () => {
    expect(routes.filter((r) => r.sources.length === 0).map((r) => r.id)).toEqual([]);
  });

  it('sources link to the outlets themselves, not to staging or asset hosts or republishers', () => {
    const avoid = [/^staging\./, /^twt-assets\./, /(^|\.)rismadarvoice\.com$/];
    const bad = [...events, ...routes].flatMap((r) =>
      r.sources
        .filter((s) => avoid.some((re) => re.test(new URL(s.url).hostname)))
        .map((s) => `${r.id}: ${s.url}`),
    );
    expect(bad).toEqual([]);
  });

  it('every base and airbase has an initialStatus', () => {
    const bad = places
      .filter((p) => (p.type === 'base' || p.type === 'airbase') && !p.initialStatus)
      .map((p) => p.id);
    expect(bad, 'bases without initialStatus').toEqual([]);
  });

  it('every low or medium confidence place has an uncertainty radius', () => {
    const bad = places
      .filter((p) => p.confidence !== 'high' && p.uncertaintyKm === undefined)
      .map((p) => p.id);
    expect(bad, 'places without uncertaintyKm').toEqual([]);
  });

  // The place card shows the note in the reader's language with dir="auto", which takes its
  // direction from the first letter; Latin coordinates inside Arabic text need a left-to-right
  // isolate (U+2066 … U+2069), or their degrees, minutes and digits are laid out right to left.
  const LRI = '\u2066';
  const PDI = '\u2069';
  const firstLetter = (s: string) =>
    /[A-Za-z\u00C0-\u024F\u0600-\u06FF]/.exec(s.replace(/\u2066[^\u2069]*\u2069/g, ''))?.[0] ?? '';
  const isArabic = (c: string) => /[\u0600-\u06FF]/.test(c);

  it('every place has a coordinate note in English and in Arabic, each starting in its own script', () => {
    const bad = placesRaw.flatMap((raw, i) => {
      const note = (raw as { coordSource?: unknown }).coordSource as
        { en?: unknown; ar?: unknown } | undefined;
      const id = idOf(raw, i);
      const en = typeof note?.en === 'string' ? note.en.trim() : '';
      const ar = typeof note?.ar === 'string' ? note.ar.trim() : '';
      const out: string[] = [];
      if (!en) out.push(`${id}: no English coordSource.en`);
      else if (isArabic(firstLetter(en))) out.push(`${id}: coordSource.en starts in Arabic script`);
      if (!ar) out.push(`${id}: no Arabic coordSource.ar`);
      else if (!isArabic(firstLetter(ar))) out.push(`${id}: coordSource.ar does not start in Arabic script`);
      return out;
    });
    expect(bad).toEqual([]);
  });

  it('the Arabic coordinate note keeps every figure of the English one, in Western digits', () => {
    const figures = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).sort();
    const bad = places.flatMap((p) => {
      const out: string[] = [];
      if (/[\u0660-\u0669\u06F0-\u06F9]/.test(p.coordSource.ar))
        out.push(`${p.id}: coordSource.ar uses Arabic-Indic digits`);
      const en = figures(p.coordSource.en).join(' ');
      const ar = figures(p.coordSource.ar).join(' ');
      if (en !== ar) out.push(`${p.id}: figures differ, en [${en}] ar [${ar}]`);
      return out;
    });
    expect(bad).toEqual([]);
  });

  it('coordinates inside an Arabic coordinate note are isolated left to right', () => {
    const coordinate = /\d+°[^\s،؛]*[NS] \d+°[^\s،؛]*[EW]|\d+\.\d+, \d+\.\d+/g;
    const bad = places.flatMap((p) => {
      const ar = p.coordSource.ar;
      return [...ar.matchAll(coordinate)]
        .filter((m) => ar[m.index - 1] !== LRI || ar[m.index + m[0].length] !== PDI)
        .map((m) => `${p.id}: "${m[0]}" is not wrapped in U+2066 … U+2069`);
    });
    expect(bad).toEqual([]);
  });

  it('events are sorted by date and spans end on or after they start', () => {
    const unsorted: string[] = [];
    events.forEach((e, i) => {
      const prev = events[i - 1];
      if (prev && prev.date > e.date) unsorted.push(`${prev.id} (${prev.date}) before ${e.id} (${e.date})`);
    });
    expect(unsorted).toEqual([]);
    expect(events.filter((e) => e.endDate !== undefined && e.endDate < e.date).map((e) => e.id)).toEqual([]);
  });

  it('events without places say what area they cover', () => {
    expect(events.filter((e) => e.places.length === 0 && !e.scope).map((e) => e.id)).toEqual([]);
  });

  it('non-exact dates carry a date note', () => {
    const bad = events
      .filter((e) => (e.precision === 'approx-month' || e.precision === 'approx-week') && !e.dateNote)
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('titles are short headlines (≤ 70 characters)', () => {
    const bad = events.flatMap((e) =>
      (['en', 'ar'] as const)
        .filter((l) => e.title[l].length > 70)
        .map((l) => `${e.id}.title.${l} (${e.title[l].length})`),
    );
    expect(bad).toEqual([]);
  });

  it('context flags: C1–C4 and E15 are context, the drawdown events are not', () => {
    const contextIds = events
      .filter((e) => e.context)
      .map((e) => e.id)
      .sort();
    expect(contextIds).toEqual(['C1', 'C2', 'C3', 'C4', 'E15']);
  });
});
