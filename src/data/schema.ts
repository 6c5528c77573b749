/**
 * The one schema for the story data (public/data/*.json).
 * TypeScript types are derived from it; README documents it field by field.
 */
import { z } from 'zod/mini';
import { problemCode } from './problems';

// The app runs under a Content-Security-Policy without 'unsafe-eval' (deploy/headers.mjs). Zod
// would probe `new Function` to compile its parsers, which the policy blocks and reports; it then
// falls back to this mode anyway. Asking for it directly makes no blocked attempt.
z.config({ jitless: true });

// A check's message is the code of the problem it finds (problems.ts), not words: the messages
// module says it in the reader's language. Checks without one are described from zod's issue.

/** ISO calendar date, checked to be a real day (2026-02-30 is rejected). */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, problemCode('not-a-date')),
  z.refine((s: string) => {
    const [y = 0, m = 0, d = 0] = s.split('-').map(Number);
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, problemCode('not-a-day')),
);

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, problemCode('not-kebab-id')));
/** Longest text a field may hold (a summary is a paragraph, not a document). */
export const MAX_TEXT = 5000;
const text = z.string().check(z.trim(), z.minLength(1, problemCode('empty')), z.maxLength(MAX_TEXT));

const arabic = text.check(z.regex(/[\u0600-\u06FF]/, problemCode('not-arabic')));

/** Text in both languages. Arabic must contain Arabic script. */
export const bilingual = z.object({ en: text, ar: arabic });

/**
 * Text in one language or both: imported data has what its authors wrote (the shipped story
 * keeps requiring both). A text with neither is empty.
 */
export const someText = z.object({ en: z.optional(text), ar: z.optional(arabic) }).check(
  z.superRefine((t, ctx) => {
    if (t.en === undefined && t.ar === undefined)
      ctx.addIssue({ code: 'custom', path: ['en'], message: problemCode('empty'), input: t });
  }),
);

export const confidence = z.enum(['high', 'medium', 'low']);

export const placeType = z.enum(['base', 'airbase', 'border-crossing', 'border-tripoint', 'town', 'city']);

/** Who holds a base, as of a date. */
export const baseStatus = z.enum([
  'held', // held by the coalition
  'reinforced', // held and being reinforced
  'evacuating', // coalition moving out
  'vacated', // coalition left, no handover reported
  'handed-over', // passed to another force (see `to`)
  'disputed', // outlets disagree whether the coalition is still there
]);

const httpUrl = z.url({ protocol: /^https?$/ });
const sourceShape = {
  outlet: text,
  /** Publication date of the report (not the event date). */
  date: z.optional(isoDate),
  /** Free text when only a month or "c." date is known, e.g. "c. 21 Feb 2026". */
  dateText: z.optional(z.string().check(z.maxLength(100))),
  url: httpUrl,
  lang: z.optional(z.enum(['en', 'ar', 'other'])),
};
export const source = z.object(sourceShape);
/** Imported data may name an outlet without a link (ACLED, UCDP do); a link given must be http(s). */
export const namedSource = z.object({ ...sourceShape, url: z.optional(httpUrl) });

export const place = z.object({
  id,
  name: bilingual,
  /** Alternative spellings, searched but not displayed as the main name. */
  aliases: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)), []),
  type: placeType,
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  confidence,
  /** Radius of the coordinate's uncertainty in km (drawn as a ring for low/medium confidence). */
  uncertaintyKm: z.optional(z.number().check(z.positive(), z.lte(100))),
  /** Where the coordinate comes from and how it was checked (shown on the place card in the reader's language). */
  coordSource: bilingual,
  /** Status before the first event in the data touches it (bases only). */
  initialStatus: z.optional(baseStatus),
  /** Context-only places are drawn smaller. */
  context: z._default(z.boolean(), false),
});

export const routeKind = z.enum(['highway', 'convoy', 'alternative', 'relocation', 'zone']);

const lonLat = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);

/** A waypoint is a place id (coordinates come from places.json) or an explicit [lon, lat]. */
export const waypoint = z.union([id, lonLat]);

export const route = z
  .object({
    id,
    name: bilingual,
    kind: routeKind,
    /** Lines drawn through waypoints are schematic, not surveyed alignments. */
    schematic: z._default(z.boolean(), true),
    /** Waypoints of a line, in order (lines only). */
    waypoints: z.optional(z.array(waypoint).check(z.minLength(2))),
    /** Zones: a circle of radiusKm around a place. */
    center: z.optional(id),
    radiusKm: z.optional(z.number().check(z.positive(), z.lte(500))),
    /** Reported (true) or only an inferred/possible path (false). */
    confirmed: z._default(z.boolean(), true),
    note: z.optional(bilingual),
    sources: z.array(source).check(z.minLength(1, problemCode('no-source'))),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.kind === 'zone') {
        if (!r.center)
          ctx.addIssue({ code: 'custom', path: ['center'], message: problemCode('zone-needs-center') });
        if (!r.radiusKm)
          ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: problemCode('zone-needs-radius') });
      } else if (!r.waypoints) {
        ctx.addIssue({
          code: 'custom',
          path: ['waypoints'],
          message: problemCode('line-needs-waypoints'),
        });
      }
    }),
  );

export const category = z.enum([
  'base-handover',
  'base-evacuation',
  'convoy-movement',
  'reinforcement',
  'announcement/report',
]);

export const datePrecision = z.enum(['exact', 'exact±1d', 'approx-week', 'approx-month', 'approx-year']);

/** What an event does to a base's status from its date on. */
export const effect = z.object({
  place: id,
  status: baseStatus,
  /** For handed-over: who took it over. */
  to: z.optional(bilingual),
});

/** A convoy or relocation along a route on the event's date. */
export const movement = z.object({
  route: id,
  /** forward = in waypoint order; reverse = against it. */
  direction: z.enum(['forward', 'reverse']),
});

/** Where outlets disagree about this event. */
export const dispute = z.object({
  topic: z.enum(['date', 'count', 'status', 'location', 'other']),
  text: bilingual,
});

/** The fields of an event (the story's and an imported one's differ in what they require). */
const eventShape = {
  id: z.string().check(z.regex(/^[A-Za-z0-9_.:-]+$/, problemCode('not-event-id')), z.maxLength(64)),
  /** Event date (first day for a span). */
  date: isoDate,
  /** Last day, for events that span a period. */
  endDate: z.optional(isoDate),
  precision: datePrecision,
  /** How the date should read when it is not exact, e.g. "May 2025 (reported 2 Jun)". */
  dateNote: z.optional(bilingual),
  category,
  title: bilingual,
  summary: bilingual,
  /** Place ids (empty for country-wide events). */
  places: z._default(z.array(id), []),
  /** Where it happened, when the event is not tied to a known place (imported data). Both or neither. */
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  /** Label for events with no single place, e.g. "Syria, country-wide". */
  scope: z.optional(bilingual),
  /** How far the real place may be from lon/lat, in km (imported data's location precision). */
  uncertaintyKm: z.optional(z.number().check(z.positive(), z.lte(1000))),
  /** The dataset's other columns (actors, admin areas, fatalities…), for facets, colour and size. */
  attributes: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  effects: z._default(z.array(effect), []),
  movements: z._default(z.array(movement), []),
  disputes: z._default(z.array(dispute), []),
  /** Context events (2025, regional) as opposed to the drawdown itself. */
  context: z._default(z.boolean(), false),
  sources: z.array(source).check(z.minLength(1, problemCode('no-source'))),
};

/** Both coordinates or neither. */
const latLonTogether = z.superRefine((e: { lon?: number; lat?: number }, ctx) => {
  if ((e.lon === undefined) !== (e.lat === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [e.lon === undefined ? 'lon' : 'lat'],
      message: problemCode('lat-lon-together'),
    });
  }
});

/** An event of the shipped story: both languages, a linked source, one of the story's categories. */
export const event = z.object(eventShape).check(latLonTogether);

/**
 * An event of an imported dataset: text in one language or both, the dataset's own category, and
 * sources that may name an outlet without a link.
 */
export const importedEvent = z
  .object({
    ...eventShape,
    category: z.string().check(z.trim(), z.minLength(1, problemCode('empty')), z.maxLength(200)),
    title: someText,
    summary: z.optional(someText),
    scope: z.optional(someText),
    dateNote: z.optional(someText),
    sources: z.array(namedSource),
  })
  .check(latLonTogether);

export type Bilingual = z.infer<typeof bilingual>;
/** Text in one language or both. */
export type Text = z.infer<typeof someText>;
export type Confidence = z.infer<typeof confidence>;
export type PlaceType = z.infer<typeof placeType>;
export type BaseStatus = z.infer<typeof baseStatus>;
export type Source = z.infer<typeof namedSource>;
export type Place = z.infer<typeof place>;
export type RouteKind = z.infer<typeof routeKind>;
export type Waypoint = z.infer<typeof waypoint>;
export type Route = z.infer<typeof route>;
/** One of the shipped story's categories. */
export type StoryCategory = z.infer<typeof category>;
/** A dataset's category: the story's, or an imported dataset's own (ACLED event types…). */
export type Category = string;
export type DatePrecision = z.infer<typeof datePrecision>;
export type Effect = z.infer<typeof effect>;
export type Movement = z.infer<typeof movement>;
export type Dispute = z.infer<typeof dispute>;
/** An event of the shipped story, as its schema guarantees it. */
export type ShippedEvent = z.infer<typeof event>;
/** An event the app shows: the story's, or an imported dataset's (the story's are a narrower kind). */
export type StoryEvent = z.infer<typeof importedEvent>;

/** Each data file is { "version": 1, "<collection>": [...] }. */
export const placesFile = z.object({ version: z.literal(1), places: z.array(z.unknown()) });
export const routesFile = z.object({ version: z.literal(1), routes: z.array(z.unknown()) });
export const eventsFile = z.object({ version: z.literal(1), events: z.array(z.unknown()) });
