/**
 * ACLED (Armed Conflict Location & Event Data) exports and API downloads, as CSV with a header.
 *
 * Layouts: the current one (31 columns, since March 2023: `disorder_type`, `civilian_targeting`,
 * `tags`) and the older one (`data_id`, `event_id_no_cnty`, `iso3`; upper-case headers in the
 * oldest files). A file is ACLED when its header has `event_id_cnty`, `event_date`, `event_type`,
 * `latitude` and `longitude` — any case, any order, other columns allowed; with fewer it is left to
 * the mapping step. Cells are keyed by the lower-case column names (`cellReader` does that).
 *
 * - `event_date`: `2026-02-21` (API), `21 February 2026` or `21-02-2026` (exports and tools):
 *   year-last numbers are day first, as ACLED writes them; `02/21/2026` is refused, not guessed.
 * - `time_precision` (ACLED codebook): 1 the day is known → exact; 2 within the week →
 *   approx-week; 3 within the month → approx-month.
 * - `geo_precision` → uncertaintyKm, how far the real place may be from the point:
 *     1 → 2 km: the named town itself; its coordinates are the town's centre, and a town is a few
 *       km across;
 *     2 → 25 km: "near" a town or a part of a region, ACLED's own gloss for the code, and UCDP's
 *       radius for the same wording (where_prec 2);
 *     3 → 75 km: a provincial capital or larger area stands in; Syrian governorates are roughly
 *       100–200 km across, so half of a middling one.
 * - An empty or absent precision cell claims nothing: exact, no uncertainty. A code ACLED does not
 *   have is reported (`unknown-precision`) and read as the least precise (approx-month, 75 km).
 * - category = event_type; title = "sub_event_type — location"; summary = notes; sources = the
 *   outlets in `source` (`;`-separated; ACLED gives no links).
 * - Attributes (when present): the actors and their `inter` codes (text: they may be codes or
 *   words), disorder and sub-event type, admin levels, country, iso/iso3, region, civilian
 *   targeting, source scale, tags; fatalities and timestamp (Unix seconds of the last edit) as numbers.
 */
import type { AttributeValue, EventRecord, RecordPrecision } from '../record';
import { cachedDateParser } from '../dates';
import {
  codedCell,
  cell,
  hasColumns,
  joinTitle,
  numberAttributes,
  readCoordinates,
  readDate,
  splitList,
  textAttributes,
} from './common';
import type { CellProblem, TableFormat } from './types';

/** The current layout, in ACLED's order. */
const COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
/** Columns only the older layout has. */
export const ACLED_OLD_COLUMNS = ['data_id', 'event_id_no_cnty', 'iso3'] as const;

const REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'latitude', 'longitude'];

const TEXT_ATTRIBUTES = [
  'disorder_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'iso3',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'source_scale',
  'tags',
];
const NUMBER_ATTRIBUTES = ['fatalities', 'timestamp'];

const TIME_PRECISION: Readonly<Record<string, RecordPrecision>> = {
  '1': 'exact',
  '2': 'approx-week',
  '3': 'approx-month',
};
/** See the module's comment for why these radii. */
const GEO_PRECISION_KM: Readonly<Record<string, number>> = { '1': 2, '2': 25, '3': 75 };

const readEventDate = cachedDateParser('dmy');

export const acled: TableFormat = {
  id: 'acled',
  name: 'ACLED',
  columns: COLUMNS,
  recognise: (firstRow) => (hasColumns(firstRow, REQUIRED) ? 'header' : null),
  toRecord(cells) {
    const problems: CellProblem[] = [];
    const warnings: CellProblem[] = [];
    const date = readDate(cells, 'event_date', readEventDate, problems);
    const point = readCoordinates(cells, 'latitude', 'longitude', problems, warnings);
    if (date === null || problems.length > 0) return { problems };

    const precision = codedCell(cells, 'time_precision', TIME_PRECISION, 'approx-month', warnings) ?? 'exact';
    const uncertaintyKm = point
      ? codedCell(cells, 'geo_precision', GEO_PRECISION_KM, 75, warnings)
      : undefined;

    const eventType = cell(cells, 'event_type');
    const subType = cell(cells, 'sub_event_type');
    const location = cell(cells, 'location');
    const notes = cell(cells, 'notes');
    const id = cell(cells, 'event_id_cnty');
    const attributes: Record<string, AttributeValue> = {};
    textAttributes(cells, TEXT_ATTRIBUTES, attributes);
    numberAttributes(cells, NUMBER_ATTRIBUTES, attributes, warnings);

    const record: EventRecord = {
      id: id || null,
      date,
      precision,
      category: eventType || null,
      title: joinTitle(subType || eventType, location) || id || date,
      sources: splitList(cell(cells, 'source')).map((outlet) => ({ outlet })),
      attributes,
    };
    if (notes) record.summary = notes;
    if (location) record.location = location;
    if (point) {
      record.lat = point.lat;
      record.lon = point.lon;
      if (uncertaintyKm !== undefined) record.uncertaintyKm = uncertaintyKm;
    }
    return warnings.length > 0 ? { record, warnings } : { record };
  },
};
