/**
 * timemap's events JSON (Forensic Architecture's timemap and Bellingcat's fork of it): an array of
 * events, or `{ "events": [...] }` — then maybe with `"sources"` beside them, by id (an object keyed
 * by id, or an array of objects with an `id`).
 *
 * An event (docs/configuration.md in forensic-architecture/timemap, and later versions' names):
 *   description (or desc), date, time, location, latitude / longitude (or lat / long / lng / lon;
 *   strings or numbers), sources (or source: ids, links or objects), category, filters or
 *   associations (lists of names), id.
 * The JSON is timemap-shaped when at least half of its first 50 events are objects with a `date`
 * and a `description` (or `desc`) — the app's own events file has titles, not descriptions, and
 * GeoJSON has no events array, so neither is taken for timemap.
 *
 * - date: timemap writes `MM/DD/YYYY` (`8/23/2011`; Bellingcat's fork the same), so year-last
 *   numbers are month first; ISO and month names are read too. `time` (`HH:mm`) is kept as an
 *   attribute; precision is exact (timemap has no precision field).
 * - title: "category — location" when there is a category, else the description's first words
 *   (up to 80 characters, cut at a word), else the location.
 * - sources: an id found in the document's `sources` becomes that source (its title or name as the
 *   outlet, its url or first path as the link); a link becomes `{ outlet: host, url }`; other text
 *   is the outlet's name. Links that are not http(s) are refused and reported.
 * - filters / associations are kept as one attribute each, the names joined by "; ".
 */
import type { DataProblem } from '../../problems';
import type { AttributeValue, EventRecord, RecordSource } from '../record';
import { cachedDateParser } from '../dates';
import { joinTitle, readCoordinates, sourceFromLink } from './common';
import type { CellProblem } from './types';

/** A problem with one event: its number (1-based, in the file's order) and field. */
export interface TimemapProblem {
  event: number;
  field: string;
  problem: DataProblem;
}

export interface TimemapResult {
  /** The events read, in file order. */
  records: EventRecord[];
  /** Events left out, and why. */
  problems: TimemapProblem[];
  /** Events kept, with something left out of them (a refused link). */
  warnings: TimemapProblem[];
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A text or number field as trimmed text ('' for anything else). */
const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
/** The first of these fields the object has (non-empty), with its name. */
function field(o: Obj, names: readonly string[]): [name: string, value: string] {
  for (const n of names) {
    const v = text(o[n]);
    if (v !== '') return [n, v];
  }
  return [names[0] ?? '', ''];
}

const SAMPLE = 50;
const TITLE_WORDS = 80;

function eventsOf(doc: unknown): unknown[] | null {
  const list: unknown = Array.isArray(doc) ? doc : isObj(doc) ? doc.events : null;
  if (!Array.isArray(list) || list.length === 0) return null;
  const sample = list.slice(0, SAMPLE);
  const shaped = sample.filter((e) => isObj(e) && 'date' in e && ('description' in e || 'desc' in e));
  return shaped.length * 2 >= sample.length ? list : null;
}

/** The document's sources by id, when it has them beside the events. */
function sourceTable(doc: unknown): Map<string, Obj> {
  const table = new Map<string, Obj>();
  const s = isObj(doc) ? doc.sources : undefined;
  if (Array.isArray(s)) {
    for (const o of s) if (isObj(o) && text(o.id) !== '') table.set(text(o.id), o);
  } else if (isObj(s)) {
    for (const [id, o] of Object.entries(s)) if (isObj(o)) table.set(id, o);
  }
  return table;
}

const readEventDate = cachedDateParser('mdy');

/** One source object: its title or name as the outlet, its url (or first path) as the link. */
function sourceFromObject(o: Obj, fieldName: string, warnings: CellProblem[]): RecordSource | null {
  const paths = Array.isArray(o.paths) ? o.paths : [];
  const link = text(o.url) || text(paths[0]) || text(o.path);
  const name = text(o.title) || text(o.name) || text(o.outlet);
  const fromLink = link ? sourceFromLink(link, fieldName, warnings) : null;
  const date = text(o.date) ? readEventDate(text(o.date)) : null;
  const outlet = name || fromLink?.outlet || text(o.id);
  if (!outlet) return null;
  const s: RecordSource = { outlet };
  if (fromLink?.url) s.url = fromLink.url;
  if (date) s.date = date;
  return s;
}

function sourcesOf(e: Obj, table: Map<string, Obj>, warnings: CellProblem[]): RecordSource[] {
  const fieldName = 'sources' in e ? 'sources' : 'source';
  const raw = e[fieldName];
  const items: unknown[] = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const out: RecordSource[] = [];
  for (const item of items) {
    const known = typeof item === 'string' || typeof item === 'number' ? table.get(text(item)) : undefined;
    const s = known
      ? sourceFromObject(known, fieldName, warnings)
      : isObj(item)
        ? sourceFromObject(item, fieldName, warnings)
        : sourceFromLink(text(item), fieldName, warnings);
    if (s) out.push(s);
  }
  return out;
}

/** A list of names (filters, associations) as one text: paths joined by "/", names by "; ". */
function names(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (!Array.isArray(v)) return '';
  return v
    .map((x) => (Array.isArray(x) ? x.map(text).filter(Boolean).join('/') : text(x)))
    .filter(Boolean)
    .join('; ');
}

/** The description's first words, for a title when there is nothing else. */
function firstWords(s: string): string {
  const line = s.split('\n')[0]?.trim() ?? '';
  if (line.length <= TITLE_WORDS) return line;
  const cut = line.slice(0, TITLE_WORDS);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_WORDS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The events of a timemap JSON document (already parsed), or null when it is not timemap-shaped. */
export function readTimemap(doc: unknown): TimemapResult | null {
  const events = eventsOf(doc);
  if (!events) return null;
  const table = sourceTable(doc);
  const result: TimemapResult = { records: [], problems: [], warnings: [] };
  events.forEach((e, i) => {
    const n = i + 1;
    if (!isObj(e)) {
      result.problems.push({ event: n, field: '', problem: { code: 'not-object' } });
      return;
    }
    const problems: CellProblem[] = [];
    const warnings: CellProblem[] = [];
    const dateText = text(e.date);
    const date = dateText === '' ? null : readEventDate(dateText);
    if (dateText === '') problems.push({ column: 'date', problem: { code: 'missing' } });
    else if (date === null)
      problems.push({ column: 'date', problem: { code: 'unreadable-date', text: dateText } });
    const [latName, lat] = field(e, ['latitude', 'lat']);
    const [lonName, lon] = field(e, ['longitude', 'long', 'lng', 'lon']);
    const point = readCoordinates({ [latName]: lat, [lonName]: lon }, latName, lonName, problems, warnings);
    if (date === null || problems.length > 0) {
      for (const p of problems) result.problems.push({ event: n, field: p.column, problem: p.problem });
      return;
    }
    const [, description] = field(e, ['description', 'desc']);
    const location = text(e.location);
    const category = text(e.category);
    const id = text(e.id);
    const attributes: Record<string, AttributeValue> = {};
    const time = text(e.time);
    if (time) attributes.time = time;
    for (const k of ['filters', 'associations']) {
      const v = names(e[k]);
      if (v) attributes[k] = v;
    }
    const record: EventRecord = {
      id: id || null,
      date,
      precision: 'exact',
      category: category || null,
      title: (category ? joinTitle(category, location) : firstWords(description)) || location || id || date,
      sources: sourcesOf(e, table, warnings),
      attributes,
    };
    if (description) record.summary = description;
    if (location) record.location = location;
    if (point) {
      record.lat = point.lat;
      record.lon = point.lon;
    }
    result.records.push(record);
    for (const w of warnings) result.warnings.push({ event: n, field: w.column, problem: w.problem });
  });
  return result;
}
