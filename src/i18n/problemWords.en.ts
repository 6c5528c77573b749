/** The words for data problems in English (loaded with the parts that report them, not the first view). */
import type { OptionValue, Problem, ProblemCode, Within } from '../data/problems';
import { en } from './en';
import { formatDate } from './index';

/** The words for each data problem (data/problems.ts), by its code. */
export type ProblemWords = { [C in ProblemCode]: (p: Problem<C>) => string };

/** An allowed value as zod shows it: strings in double quotes. */
const option = (v: OptionValue) => (typeof v === 'string' ? `"${v}"` : String(v));
const atLeast = (inclusive: boolean) => (inclusive ? '>=' : '>');
const atMost = (inclusive: boolean) => (inclusive ? '<=' : '<');
/** How many cells a row should have: the header's, or a header-less file's format's. */
const widthOf = (p: { columns: number; format?: string }) =>
  p.format ? `a ${p.format} row has ${p.columns} columns` : `the header has ${p.columns} columns`;

/**
 * Data problems: a story file's record, an imported row or file, an import warning. Each reads
 * after where it is ("data/events.json › record “E05” › field “date”: …", "Row 3 · date …").
 */
export const enProblems: ProblemWords = {
  // values
  missing: () => 'is missing',
  'wrong-type': (p) => `Invalid input: expected ${p.expected}, received ${p.received}`,
  'not-an-option': (p) =>
    p.options.length === 1
      ? `Invalid input: expected ${option(p.options[0] ?? null)}`
      : `Invalid option: expected one of ${p.options.map(option).join('|')}`,
  'too-small': (p) =>
    p.what === 'text'
      ? `must be at least ${p.min.toLocaleString('en')} characters`
      : p.what === 'list'
        ? `Too small: expected array to have ${atLeast(p.inclusive)}${p.min} items`
        : `Too small: expected number to be ${atLeast(p.inclusive)}${p.min}`,
  'too-big': (p) =>
    p.what === 'text'
      ? `must be at most ${p.max.toLocaleString('en')} characters`
      : p.what === 'list'
        ? `Too big: expected array to have ${atMost(p.inclusive)}${p.max} items`
        : `Too big: expected number to be ${atMost(p.inclusive)}${p.max}`,
  'bad-url': () => 'Invalid URL',
  'unknown-keys': (p) =>
    `Unrecognized key${p.keys.length > 1 ? 's' : ''}: ${p.keys.map((k) => `"${k}"`).join(', ')}`,
  invalid: () => 'Invalid input',
  empty: () => 'must not be empty',
  'no-source': () => 'needs at least one source',
  'not-a-date': () => 'must be a date written YYYY-MM-DD',
  'not-a-day': () => 'is not a real calendar day',
  'not-kebab-id': () => 'must be a kebab-case id (a-z, 0-9, -)',
  'not-event-id': () => 'must be letters, digits, or - _ . :',
  'not-arabic': () => 'must be written in Arabic script',
  'zone-needs-center': () => 'a zone needs a center place id',
  'zone-needs-radius': () => 'a zone needs radiusKm',
  'line-needs-waypoints': () => 'a line needs at least two waypoints',
  'lat-lon-together': () => 'lat and lon must be given together',
  'not-a-number': (p) => `“${p.text}” is not a number`,
  'decimal-comma': (p) => `“${p.text}” is not a number (use a dot as the decimal separator)`,
  'out-of-range': (p) => `“${p.text}” is out of range`,
  'cell-not-json': () => 'must be a JSON array, e.g. [{"…": "…"}] (the cell is not valid JSON)',
  'not-json-array': () => 'must be a JSON array ([…])',
  'not-true-false': () => 'must be true or false',
  'not-object': () => 'must be an object',
  'not-feature': () => 'must be a GeoJSON Feature object',
  'not-point': (p) => `must be a Point or null${p.found ? ` (found ${p.found})` : ''}`,
  'not-coordinates': () => 'must be [lon, lat] numbers',
  // cells of analysts' files
  'unreadable-date': (p) => `“${p.text}” could not be read as a date`,
  'ambiguous-date': (p) =>
    `“${p.text}” could be day/month or month/day and the column never says which: choose the date order`,
  'bad-coordinate': (p) => `“${p.text}” is not a coordinate (decimal degrees, e.g. 36.7062)`,
  'coordinate-out-of-range': (p) =>
    p.axis === 'lat'
      ? `“${p.text}” is not a latitude: it must be between -90 and 90`
      : `“${p.text}” is not a longitude: it must be between -180 and 180`,
  'zero-coordinates': () =>
    'latitude and longitude are both 0, which files often use for “no location”: the row is kept in the list but not put on the map',
  'unknown-code': (p) => `“${p.text}” is not one of this column’s codes (${p.known.join(', ')})`,
  'unknown-precision': (p) =>
    `“${p.text}” is not one of this column’s precision codes (${p.known.join(', ')}); read as the least precise`,
  'url-not-http': (p) => `only http and https links are kept: the “${p.scheme}:” link was left out`,
  // records
  'duplicate-id': (p) =>
    `duplicate id "${p.id}"${p.first ? ` (${p.first.noun} ${p.first.n} has it already)` : ''}`,
  'end-before-start': (p) => `is before the date (${p.date})`,
  'unknown-place': (p) => `unknown place id "${p.id}"`,
  'unknown-route': (p) => `unknown route id "${p.id}"`,
  // CSV rows the parser could not read
  'csv-unclosed-quote': () =>
    'malformed CSV: a quoted cell is never closed, so this row and every row after it could not be read',
  'csv-bad-quote': () => 'malformed CSV: a quote inside a quoted cell must be doubled ("")',
  'csv-too-many-cells': (p) =>
    `malformed CSV: ${p.cells} cells but ${widthOf(p)} (put cells that contain the separator in double quotes)`,
  'csv-too-few-cells': (p) => `malformed CSV: ${p.cells} cell${p.cells === 1 ? '' : 's'} but ${widthOf(p)}`,
  'csv-malformed': (p) => `malformed CSV: ${p.detail}`,
  // files
  'not-json': (p) => `is not valid JSON (${p.detail})`,
  'row-limit': (p) => {
    const n = p.limit.toLocaleString('en-US');
    return `has more than ${n} ${p.noun}s, the import limit: the first ${n} were read, ${p.noun}s from ${p.noun} ${p.stoppedAt.toLocaleString('en-US')} on were not (split the file to load the rest)`;
  },
  'file-too-large': (p) =>
    `“${p.name}” is larger than ${p.maxMb} MB, the import limit: split it into smaller files, or have it made into a pack on the site (npm run pack; packs are read in parts and smaller)`,
  'empty-file': (p) => (p.name === null ? 'the file is empty' : `“${p.name}” is empty`),
  'unsupported-file': (p) =>
    `“${p.name}” is not a supported file: choose a CSV file (.csv) or a GeoJSON file (.geojson, .json)`,
  'missing-columns': (p) =>
    `the header row (row 1) lacks the required column${p.missing.length > 1 ? 's' : ''} ${p.missing.join(', ')} (found: ${p.found.join(', ') || 'nothing'})`,
  'not-events-geojson': (p) =>
    `expected a GeoJSON FeatureCollection or an events file ({ "version": 1, "events": [ … ] })${p.found ? `, found a GeoJSON ${p.found}` : ''}`,
  'unsupported-version': (p) => `unsupported events file version ${p.version} (expected 1)`,
  'http-error': en.loadProblem,
  'no-answer': en.loadProblem,
  'network-failed': en.loadProblem,
  'read-failed': (p) => `could not be read: ${p.detail}`,
  'worker-failed': (p) => `the import worker failed${p.detail ? ` (${p.detail})` : ''}`,
  'not-a-pack': (p) =>
    `is not a data pack: its index.json ${p.field === null ? 'is not JSON' : `has no valid “${p.field}”`}`,
  'pack-part': (p) =>
    `part ${p.part} of ${p.parts} of the pack (${p.events.toLocaleString('en-US')} events) ${
      p.reason === 'http'
        ? `could not be fetched (HTTP ${p.status ?? '?'})`
        : p.reason === 'network'
          ? 'could not be fetched (the network failed)'
          : p.reason === 'checksum'
            ? 'is damaged (its checksum does not match the index)'
            : p.reason === 'short'
              ? 'is cut short'
              : 'is not a pack part'
    }: its events are not shown; the rest of the pack is`,
  // warnings
  'unknown-columns': (p) => `Ignored unknown columns: ${p.columns.join(', ')}`,
  'repeated-column': (p) => `Column "${p.column}" appears more than once; only the first is read.`,
  'read-as': (p) => `Read as ${p.separator}-separated values.`,
  'no-data-rows': () => 'The file has a header row but no data rows.',
  'unknown-properties': (p) => `Ignored unknown properties: ${p.names.join(', ')}`,
  'no-range-support': (p) =>
    `The pack's server does not answer range requests, so the whole pack (${p.mb} MB) was downloaded instead of the parts needed. Serve packs from a host that honours HTTP Range (README, “Packs”).`,
  'pack-window': (p) =>
    `The pack holds ${p.events.toLocaleString('en')} events, ${formatDate(p.first, 'en')} to ${formatDate(p.last, 'en')}. ` +
    `Only the parts the date range needs are loaded: ${p.lo === p.hi ? `part ${p.lo}` : `parts ${p.lo}–${p.hi}`} of ${p.parts}, ${p.loaded.toLocaleString('en')} events. Widening the range loads more.`,
};

/** Where inside a list cell an import problem is: "place 2", "item 1, status". */
export const enWithin = (w: Within) => `${w.noun} ${w.n}${w.path ? `, ${w.path}` : ''}`;
