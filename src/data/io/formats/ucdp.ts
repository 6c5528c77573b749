/**
 * UCDP GED (Uppsala Georeferenced Event Dataset), as CSV: with a header, or without one (some
 * candidate releases ship so) in the fixed 49-column order below.
 *
 * The column order is the GED CSV's as published (releases 20.1–25.1 have these 49 columns). Sources:
 * the project's research notes (shared/research/analyst-formats.md); 37 of the columns documented in
 * mcgirjau/ucdp (R/GED.R, commit 3aaf961, GED 20.1); all 49, in this order, as a public downloader
 * of UCDP releases names them to read the header-less Candidate 24.0.1 file; the codes' meanings
 * from the UCDP GED codebook. A header-less row is recognised by its 49 cells having the shapes the
 * codebook gives them (numeric id, a year, type of violence 1–3, where_prec 1–7, date_prec 1–5,
 * ISO dates, numeric coordinates), so no other 49-column table is taken for GED.
 *
 * - Every event is a span `date_start`–`date_end` (ISO, maybe with a time, as UCDP's CSV writes
 *   `2019-03-02 00:00:00.000`); an end before the start keeps the row out.
 * - `date_prec` (codebook): 1 the exact day → exact; 2 within 2–6 days → approx-week; 3 the week →
 *   approx-week; 4 within 8–30 days, the month → approx-month; 5 more than a month, within the year →
 *   approx-year.
 * - `where_prec` → uncertaintyKm:
 *     1 → 2 km: the exact place (a village or town, its centre);
 *     2 → 25 km: within about 25 km of a known point, the codebook's own radius;
 *     3 → 50 km: only the second-order administrative unit (a district) is known; its centroid
 *       stands in — Syrian districts are some 50–100 km across;
 *     4 → 150 km: only the first-order unit (a province) — Syrian governorates are 100–200 km across,
 *       larger elsewhere;
 *     5 → 50 km: along a linear feature (a road, a river, a front) or between two places;
 *     6 → 300 km: only the country; its centroid stands in;
 *     7 → 300 km: international waters or airspace, or no better than the country.
 * - Empty or absent precision cells claim nothing (exact, no uncertainty); a code the codebook does
 *   not have is reported (`unknown-precision`) and read as the least precise (approx-year, 300 km).
 * - category = type_of_violence in English words (the app translates category labels);
 *   title = "dyad_name — where_description"; summary = source_headline; location = where_description;
 *   sources = the outlets in `source_office` (`;`-separated), each with its `source_date` when the
 *   dates line up with the outlets one to one (or one date for all).
 * - Attributes: sides, conflict and dyad names, adm_1/adm_2, country, region, event_clarity (text);
 *   best/low/high, deaths_a/_b/_civilians/_unknown and number_of_sources as numbers (-1, UCDP's
 *   "unknown", is left out).
 */
import type { AttributeValue, EventRecord, RecordPrecision, RecordSource } from '../record';
import { cachedDateParser, parseDate } from '../dates';
import {
  codedCell,
  cell,
  hasColumns,
  joinTitle,
  numberAttributes,
  parseCoordinate,
  readCoordinates,
  readDate,
  splitList,
  textAttributes,
} from './common';
import type { CellProblem, TableFormat } from './types';

const COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;
type Column = (typeof COLUMNS)[number];
const at = (c: Column) => COLUMNS.indexOf(c);

const REQUIRED = [
  'id',
  'type_of_violence',
  'date_start',
  'date_end',
  'date_prec',
  'where_prec',
  'latitude',
  'longitude',
];

const TEXT_ATTRIBUTES = [
  'side_a',
  'side_b',
  'conflict_name',
  'dyad_name',
  'adm_1',
  'adm_2',
  'country',
  'region',
  'event_clarity',
];
const NUMBER_ATTRIBUTES = [
  'best',
  'low',
  'high',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'number_of_sources',
];

export const VIOLENCE_TYPES: Readonly<Record<string, string>> = {
  '1': 'State-based conflict',
  '2': 'Non-state conflict',
  '3': 'One-sided violence',
};
const DATE_PREC: Readonly<Record<string, RecordPrecision>> = {
  '1': 'exact',
  '2': 'approx-week',
  '3': 'approx-week',
  '4': 'approx-month',
  '5': 'approx-year',
};
/** See the module's comment for why these radii. */
const WHERE_PREC_KM: Readonly<Record<string, number>> = {
  '1': 2,
  '2': 25,
  '3': 50,
  '4': 150,
  '5': 50,
  '6': 300,
  '7': 300,
};

const readDay = cachedDateParser('ymd');

/** Whether a header-less row has GED's shapes in GED's places (see the module's comment). */
function looksLikeGedRow(row: readonly string[]): boolean {
  if (row.length !== COLUMNS.length) return false;
  const v = (c: Column) => (row[at(c)] ?? '').trim();
  return (
    /^\d+$/.test(v('id')) &&
    /^\d{4}$/.test(v('year')) &&
    /^[123]$/.test(v('type_of_violence')) &&
    /^[1-7]$/.test(v('where_prec')) &&
    /^[1-5]$/.test(v('date_prec')) &&
    parseDate(v('date_start'), 'ymd') !== null &&
    parseDate(v('date_end'), 'ymd') !== null &&
    parseCoordinate(v('latitude')) !== null &&
    parseCoordinate(v('longitude')) !== null
  );
}

/** The sources: outlets from source_office, dated from source_date when the two line up. */
function sourcesOf(offices: string, dates: string): RecordSource[] {
  const outlets = splitList(offices);
  const days = dates.split(';').map((d) => readDay(d.trim()));
  const dateOf = (i: number) =>
    days.length === outlets.length ? days[i] : days.length === 1 ? days[0] : null;
  return outlets.map((outlet, i) => {
    const date = dateOf(i);
    return date ? { outlet, date } : { outlet };
  });
}

export const ucdpGed: TableFormat = {
  id: 'ucdp-ged',
  name: 'UCDP GED',
  columns: COLUMNS,
  recognise(firstRow) {
    if (hasColumns(firstRow, REQUIRED)) return 'header';
    return looksLikeGedRow(firstRow) ? 'headerless' : null;
  },
  toRecord(cells) {
    const problems: CellProblem[] = [];
    const warnings: CellProblem[] = [];
    const start = readDate(cells, 'date_start', readDay, problems);
    const endText = cell(cells, 'date_end');
    const end = endText === '' ? null : readDay(endText);
    if (endText !== '' && end === null)
      problems.push({ column: 'date_end', problem: { code: 'unreadable-date', text: endText } });
    if (start !== null && end !== null && end < start)
      problems.push({ column: 'date_end', problem: { code: 'end-before-start', date: start } });
    const point = readCoordinates(cells, 'latitude', 'longitude', problems, warnings);
    if (start === null || problems.length > 0) return { problems };

    const precision = codedCell(cells, 'date_prec', DATE_PREC, 'approx-year', warnings) ?? 'exact';
    const uncertaintyKm = point ? codedCell(cells, 'where_prec', WHERE_PREC_KM, 300, warnings) : undefined;
    const category =
      codedCell<string | null>(cells, 'type_of_violence', VIOLENCE_TYPES, null, warnings, 'unknown-code') ??
      null;

    const id = cell(cells, 'id');
    const where = cell(cells, 'where_description');
    const headline = cell(cells, 'source_headline');
    const attributes: Record<string, AttributeValue> = {};
    textAttributes(cells, TEXT_ATTRIBUTES, attributes);
    numberAttributes(cells, NUMBER_ATTRIBUTES, attributes, warnings, (v) => v < 0);

    const title =
      joinTitle(
        cell(cells, 'dyad_name') || cell(cells, 'conflict_name') || category || undefined,
        where || cell(cells, 'adm_1') || cell(cells, 'country'),
      ) ||
      id ||
      start;
    const record: EventRecord = {
      id: id || null,
      date: start,
      precision,
      category,
      title,
      sources: sourcesOf(cell(cells, 'source_office'), cell(cells, 'source_date')),
      attributes,
    };
    if (end !== null && end !== start) record.endDate = end;
    if (headline) record.summary = headline;
    if (where) record.location = where;
    if (point) {
      record.lat = point.lat;
      record.lon = point.lon;
      if (uncertaintyKm !== undefined) record.uncertaintyKm = uncertaintyKm;
    }
    return warnings.length > 0 ? { record, warnings } : { record };
  },
};
