/**
 * GDELT 2.0 event files (`YYYYMMDDHHMMSS.export.CSV`): 61 tab-separated columns, no header row —
 * or with one, as a BigQuery export writes it. Column order from the GDELT Event Codebook V2.0
 * (transcribed in linwoodc3/gdelt2HeaderRows, GDELT_2.0_Column_Labels_Header_Row_Sep2016.csv): the
 * 1.0 order plus the three ADM2 codes and DATEADDED / SOURCEURL. GDELT 1.0 daily files (58 columns,
 * no ADM2 codes) are not this format: they go to the mapping step.
 *
 * A header-less row is recognised by 61 cells with GLOBALEVENTID a number, SQLDATE a real
 * YYYYMMDD day, MonthYear YYYYMM, Year YYYY and DATEADDED YYYYMMDDHHMMSS; a header by its
 * GLOBALEVENTID, SQLDATE, EventRootCode, ActionGeo_Lat and ActionGeo_Long (any case). Cells are
 * keyed by the codebook's names (`cellReader` maps any case onto them).
 *
 * - date = SQLDATE, exact (the day the event took place, as GDELT codes it).
 * - Place: ActionGeo_Lat / ActionGeo_Long (where the action happened); ActionGeo_Type → uncertaintyKm:
 *     1 country → 300 km and 5 a first-order region outside the US → 150 km, 2 a US state → 150 km:
 *       GDELT gives the centroid (as UCDP's where_prec 6 and 4);
 *     3 a US city or landmark, 4 a city or landmark elsewhere → 10 km: the place's centroid, a city
 *       being up to some 20 km across.
 *   A type GDELT does not have is reported and read as 300 km.
 * - category = EventRootCode in words (CAMEO root codes 01–20, English: the app translates category
 *   labels); title = "Actor1Name → Actor2Name: the root code's words"; location = ActionGeo_FullName.
 * - source = SOURCEURL: a web link (its host is the outlet), or a citation for offline sources
 *   ("BBC Monitoring"), kept as the outlet's name; any other scheme is refused and reported.
 * - Attributes: Actor1Name, Actor2Name, EventCode, ActionGeo_FullName, ActionGeo_CountryCode (text);
 *   QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone (numbers).
 */
import type { AttributeValue, EventRecord } from '../record';
import { cachedDateParser, parseDate } from '../dates';
import {
  codedCell,
  cell,
  hasColumns,
  numberAttributes,
  readCoordinates,
  readDate,
  sourceFromLink,
  textAttributes,
} from './common';
import type { CellProblem, TableFormat } from './types';

const actor = (n: 1 | 2) =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((f) => `Actor${n}${f}`);
const geo = (prefix: string) =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map(
    (f) => `${prefix}Geo_${f}`,
  );

const COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actor(1),
  ...actor(2),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geo('Actor1'),
  ...geo('Actor2'),
  ...geo('Action'),
  'DATEADDED',
  'SOURCEURL',
];
const col = (name: string) => COLUMNS.indexOf(name);

const REQUIRED = ['GLOBALEVENTID', 'SQLDATE', 'EventRootCode', 'ActionGeo_Lat', 'ActionGeo_Long'];
const TEXT_ATTRIBUTES = [
  'Actor1Name',
  'Actor2Name',
  'EventCode',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
];
const NUMBER_ATTRIBUTES = [
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
];

/** CAMEO's root event codes, in the CAMEO manual's words. */
export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};
/** See the module's comment for why these radii. */
const GEO_TYPE_KM: Readonly<Record<string, number>> = { '1': 300, '2': 150, '3': 10, '4': 10, '5': 150 };

const readSqlDate = cachedDateParser('ymd');

function looksLikeGdeltRow(row: readonly string[]): boolean {
  if (row.length !== COLUMNS.length) return false;
  const v = (name: string) => (row[col(name)] ?? '').trim();
  return (
    /^\d+$/.test(v('GLOBALEVENTID')) &&
    /^\d{8}$/.test(v('SQLDATE')) &&
    parseDate(v('SQLDATE'), 'ymd') !== null &&
    /^\d{6}$/.test(v('MonthYear')) &&
    /^\d{4}$/.test(v('Year')) &&
    /^\d{14}$/.test(v('DATEADDED'))
  );
}

export const gdelt: TableFormat = {
  id: 'gdelt',
  name: 'GDELT 2.0 events',
  columns: COLUMNS,
  recognise(firstRow) {
    if (hasColumns(firstRow, REQUIRED)) return 'header';
    return looksLikeGdeltRow(firstRow) ? 'headerless' : null;
  },
  toRecord(cells) {
    const problems: CellProblem[] = [];
    const warnings: CellProblem[] = [];
    const date = readDate(cells, 'SQLDATE', readSqlDate, problems);
    const point = readCoordinates(cells, 'ActionGeo_Lat', 'ActionGeo_Long', problems, warnings);
    if (date === null || problems.length > 0) return { problems };

    const uncertaintyKm = point ? codedCell(cells, 'ActionGeo_Type', GEO_TYPE_KM, 300, warnings) : undefined;
    const rc = cell(cells, 'EventRootCode');
    // a root code read as a number by a spreadsheet loses its leading zero ("1" for "01")
    const root = /^\d$/.test(rc) ? `0${rc}` : rc;
    const category =
      codedCell<string | null>(cells, 'EventRootCode', CAMEO_ROOTS, null, warnings, 'unknown-code', root) ??
      null;
    const source = sourceFromLink(cell(cells, 'SOURCEURL'), 'SOURCEURL', warnings);

    const id = cell(cells, 'GLOBALEVENTID');
    const a1 = cell(cells, 'Actor1Name');
    const a2 = cell(cells, 'Actor2Name');
    const place = cell(cells, 'ActionGeo_FullName');
    const attributes: Record<string, AttributeValue> = {};
    textAttributes(cells, TEXT_ATTRIBUTES, attributes);
    numberAttributes(cells, NUMBER_ATTRIBUTES, attributes, warnings);

    const actors = a1 && a2 ? `${a1} → ${a2}` : a1 || a2;
    const what = category ?? cell(cells, 'EventCode');
    const title = (actors && what ? `${actors}: ${what}` : actors || what) || place || id || date;
    const record: EventRecord = {
      id: id || null,
      date,
      precision: 'exact',
      category,
      title,
      sources: source ? [source] : [],
      attributes,
    };
    if (place) record.location = place;
    if (point) {
      record.lat = point.lat;
      record.lon = point.lon;
      if (uncertaintyKm !== undefined) record.uncertaintyKm = uncertaintyKm;
    }
    return warnings.length > 0 ? { record, warnings } : { record };
  },
};
