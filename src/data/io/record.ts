/**
 * One event as an analyst's file describes it, in plain values, before it becomes an app event:
 * what every reader of a known format (ACLED, UCDP GED, GDELT, timemap) and the mapping step for
 * any other table produce. Dates are already ISO, numbers already numbers, precision codes
 * already translated. `toEvent` (events.ts) turns it into the app's event; readers never need
 * to know the app's types beyond this file.
 */

/** How well the date is known (the app's scale; a span's ends are `date`/`endDate`). */
export type RecordPrecision = 'exact' | 'exact±1d' | 'approx-week' | 'approx-month' | 'approx-year';

/** A cited outlet: a name is enough for imported data (ACLED, UCDP name outlets without links). */
export interface RecordSource {
  outlet: string;
  /** http(s) only; a reader drops any other scheme and reports it. */
  url?: string;
  /** ISO date the outlet published, when the file says. */
  date?: string;
}

/** An attribute the file carries beyond the core fields: kept for facets, colour and size. */
export type AttributeValue = string | number;

export interface EventRecord {
  /** The file's own id (ACLED event_id_cnty, UCDP id, GDELT GLOBALEVENTID), or null: the importer numbers it. */
  id: string | null;
  /** ISO YYYY-MM-DD: the day, or the first day of a span. */
  date: string;
  /** ISO YYYY-MM-DD: the last day of a span, when it differs from `date`. */
  endDate?: string;
  precision: RecordPrecision;
  /** The dataset's own category as the file writes it (ACLED event_type, UCDP type of violence in words…); null when none. */
  category: string | null;
  /** A short readable title in the file's language (e.g. "Armed clash — Deir ez-Zor"). */
  title: string;
  /** The notes / description, when the file has any. */
  summary?: string;
  /** The place's name as the file writes it (ACLED location, UCDP where_description). */
  location?: string;
  /** WGS84 decimal degrees; both or neither (an event without them is listed, not mapped). */
  lat?: number;
  lon?: number;
  /** How far the real place may be from lat/lon, in km, from the file's location-precision code. */
  uncertaintyKm?: number;
  sources: RecordSource[];
  /** Every other column worth filtering on, by the file's column name (actors, admin1, fatalities…). */
  attributes: Record<string, AttributeValue>;
}
