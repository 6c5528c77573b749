/**
 * What can be wrong with data, as codes with their parameters: a story file's record, an
 * imported row, a whole file, or a warning about an import. The words are in the messages
 * module (i18n `problems`), in the reader's language; this file has none.
 *
 * Schema checks name their problem by giving its code as their message (`problemCode`), and
 * `zodProblem` turns any issue zod reports into one of these.
 */
import type { z } from 'zod/mini';

/** Names used for where a record is: "row 3", "feature 3", "event 3". */
export type RowNoun = 'row' | 'feature' | 'event';

/** Inside a cell or property that holds a list: "place 2", or "item 1, status". */
export interface Within {
  noun: 'place' | 'item';
  /** 1-based */
  n: number;
  /** Path inside the item ("status", "to.ar"); '' for the item itself. */
  path: string;
}

/** A value allowed by an enumeration or literal, as data. */
export type OptionValue = string | number | boolean | null;

/** The schema's own checks: each names its problem (no parameters) as its message. */
export const SCHEMA_CODES = [
  'empty', // text that is blank
  'no-source', // a record must cite at least one source
  'not-a-date', // not YYYY-MM-DD
  'not-a-day', // YYYY-MM-DD but no such day (2026-02-30)
  'not-kebab-id', // place and route ids
  'not-event-id', // event ids
  'not-arabic', // the Arabic text has no Arabic letter
  'zone-needs-center',
  'zone-needs-radius',
  'line-needs-waypoints',
  'lat-lon-together',
] as const;
export type SchemaCode = (typeof SCHEMA_CODES)[number];

/** The message a schema check gives: its problem's code (checked to be one). */
export const problemCode = (code: SchemaCode): string => code;

const isSchemaCode = (s: string): s is SchemaCode => (SCHEMA_CODES as readonly string[]).includes(s);

/** Each problem's parameters, by code. */
interface Params {
  // a value (a field of a record or row)
  missing: object;
  'wrong-type': { expected: string; received: string };
  'not-an-option': { options: OptionValue[] };
  'too-small': { what: 'number' | 'text' | 'list'; min: number; inclusive: boolean };
  'too-big': { what: 'number' | 'text' | 'list'; max: number; inclusive: boolean };
  'bad-url': object;
  'unknown-keys': { keys: string[] };
  /** zod reported something none of the others describe */
  invalid: object;
  'not-a-number': { text: string };
  'decimal-comma': { text: string };
  'out-of-range': { text: string };
  'cell-not-json': object;
  'not-json-array': object;
  'not-true-false': object;
  'not-object': object;
  'not-feature': object;
  'not-point': { found: string | null };
  'not-coordinates': object;
  // a cell of an analyst's file (ACLED, UCDP GED, GDELT, timemap, a mapped table)
  /** not a date in any form the reader knows, or no real calendar day */
  'unreadable-date': { text: string };
  /** year-last numbers that could be day-first or month-first, in a column that never says which */
  'ambiguous-date': { text: string };
  /** a latitude or longitude that is not a number */
  'bad-coordinate': { text: string };
  'coordinate-out-of-range': { text: string; axis: 'lat' | 'lon' };
  /** latitude and longitude both 0 ("null island"), a common stand-in for an unknown place: kept, not mapped */
  'zero-coordinates': object;
  /** a coded column (type of violence, CAMEO root code) with a code its codebook does not have */
  'unknown-code': { text: string; known: string[] };
  /** a precision code the codebook does not have: the record is read as the least precise of them */
  'unknown-precision': { text: string; known: string[] };
  /** a source link that is not http(s): left out, the source kept by its name */
  'url-not-http': { scheme: string };
  // a record
  'duplicate-id': { id: string; first?: { noun: RowNoun; n: number } };
  'end-before-start': { date: string };
  'unknown-place': { id: string };
  'unknown-route': { id: string };
  // a CSV row the parser could not read
  'csv-unclosed-quote': object;
  'csv-bad-quote': object;
  /** `format`: a header-less file of that format (its rows have the format's columns), else the header's */
  'csv-too-many-cells': { cells: number; columns: number; format?: string };
  'csv-too-few-cells': { cells: number; columns: number; format?: string };
  'csv-malformed': { detail: string };
  // a file
  'not-json': { detail: string };
  'row-limit': { limit: number; stoppedAt: number; noun: RowNoun };
  'file-too-large': { name: string; maxMb: number };
  'empty-file': { name: string | null };
  'unsupported-file': { name: string };
  'missing-columns': { missing: string[]; found: string[] };
  'not-events-geojson': { found: string | null };
  'unsupported-version': { version: string };
  'http-error': { status: number; statusText: string };
  'no-answer': { seconds: number };
  'network-failed': { detail: string };
  'read-failed': { detail: string };
  'worker-failed': { detail: string | null };
  // a pack (data/pack): its index, or one of its parts
  /** the pack's index.json: not JSON (field null), or without a valid value at `field` */
  'not-a-pack': { field: string | null };
  /** a part the app could not use: the rest of the pack is loaded */
  'pack-part': {
    part: number;
    parts: number;
    events: number;
    reason: 'http' | 'network' | 'checksum' | 'short' | 'header';
    status?: number;
  };
  // warnings: the import went on
  'unknown-columns': { columns: string[] };
  'repeated-column': { column: string };
  'read-as': { separator: 'semicolon' | 'tab' };
  'no-data-rows': object;
  'unknown-properties': { names: string[] };
  /** the pack's host answered a range request with the whole file: read from that, once */
  'no-range-support': { mb: number };
  /**
   * a pack larger than the range needs: only the parts `lo`…`hi` (1-based) of `parts` are loaded,
   * `loaded` of its `events` events, which run from `first` to `last`
   */
  'pack-window': {
    lo: number;
    hi: number;
    parts: number;
    loaded: number;
    events: number;
    first: string;
    last: string;
  };
}

type AllParams = Params & { [C in SchemaCode]: object };
export type ProblemCode = keyof AllParams;
/** The problem with this code: `{ code }` and its parameters. */
export type Problem<C extends ProblemCode> = { code: C } & AllParams[C];
/** Anything wrong with data, as a code and its parameters. */
export type DataProblem = { [C in ProblemCode]: Problem<C> }[ProblemCode];

/** What an import reports without stopping. */
export type ImportWarning = Extract<
  DataProblem,
  {
    code:
      | 'unknown-columns'
      | 'repeated-column'
      | 'read-as'
      | 'no-data-rows'
      | 'unknown-properties'
      | 'no-range-support'
      | 'pack-window';
  }
>;

const valueAt = (raw: unknown, path: readonly PropertyKey[]): unknown => {
  let v: unknown = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
};

/** A value's type as zod names it: "string", "number", "array", "null", "NaN"… */
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

const sized = (origin: string): 'number' | 'text' | 'list' =>
  origin === 'string' ? 'text' : origin === 'array' || origin === 'set' ? 'list' : 'number';

/** An enumeration's or literal's value as data (zod allows bigints and symbols too, shown as text). */
const option = (v: bigint | symbol | undefined | OptionValue): OptionValue =>
  typeof v === 'bigint' || typeof v === 'symbol' || v === undefined ? String(v) : v;

/** The problem a zod issue reports; `input` is the value that was parsed (the issue's path is in it). */
export function zodProblem(issue: z.core.$ZodIssue, input: unknown): DataProblem {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? { code: 'missing' }
        : { code: 'wrong-type', expected: issue.expected, received: typeName(value) };
    case 'invalid_value':
      return value === undefined
        ? { code: 'missing' }
        : { code: 'not-an-option', options: issue.values.map(option) };
    case 'unrecognized_keys':
      return { code: 'unknown-keys', keys: issue.keys };
    default:
  }
  if (isSchemaCode(issue.message)) return { code: issue.message };
  switch (issue.code) {
    case 'too_small':
      return {
        code: 'too-small',
        what: sized(issue.origin),
        min: Number(issue.minimum),
        inclusive: issue.inclusive ?? true,
      };
    case 'too_big':
      return {
        code: 'too-big',
        what: sized(issue.origin),
        max: Number(issue.maximum),
        inclusive: issue.inclusive ?? true,
      };
    case 'invalid_format':
      return issue.format === 'url' ? { code: 'bad-url' } : { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** Why a story file did not load. */
export type LoadProblem = Problem<'http-error'> | Problem<'no-answer'> | Problem<'network-failed'>;
