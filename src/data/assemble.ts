/**
 * The story from its three files: each read and validated record by record, cross-checked
 * against the others, the events in the app's order. The one place this is done: the loader
 * (load.ts), an imported events file (useDataset.ts) and the unit tests (test/storyData.ts) all
 * assemble the story here. Pure: no fetch, no React.
 */
import { sortEvents } from './order';
import type { Place, Route, StoryEvent } from './schema';
import {
  crossCheck,
  parseEvents,
  parsePlaces,
  parseRoutes,
  type DataIssue,
  type Parsed,
  type StoryData,
} from './validate';

/** Where the story's files are, relative to the site's base URL; also the names issues give them. */
export const DATA_FILES = {
  places: 'data/places.json',
  routes: 'data/routes.json',
  events: 'data/events.json',
} as const;

export type StoryFileNames = { readonly [K in keyof typeof DATA_FILES]: string };

/** One story file as the caller has it. */
export type StoryFile<T> =
  /** The file's text, as fetched: text that is not JSON is a file-level issue, the file's records none. */
  | { text: string }
  /** The file's content, already parsed from JSON. */
  | { json: unknown }
  /**
   * Records already validated elsewhere (an imported events file): cross-checked, not parsed again;
   * `ordered`: already in the app's order (the import worker orders them), so not sorted again.
   */
  | { records: readonly T[]; ordered?: boolean };

export interface StoryFiles {
  places: StoryFile<Place>;
  routes: StoryFile<Route>;
  events: StoryFile<StoryEvent>;
}

type Read<T> = { parsed: Parsed<T>; unreadable?: DataIssue };

function read<T>(
  file: string,
  input: StoryFile<T>,
  key: string,
  parse: (file: string, raw: unknown) => Parsed<T>,
): Read<T> {
  if ('records' in input) {
    // as given (not copied): a list the cross-check keeps whole stays the same list
    // (nothing changes a parsed list: the cast does not let anything write to the caller's)
    return { parsed: { records: input.records as T[], indices: null, issues: [] } };
  }
  if ('json' in input) return { parsed: parse(file, input.json) };
  let raw: unknown;
  try {
    raw = JSON.parse(input.text) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      parsed: parse(file, { version: 1, [key]: [] }),
      unreadable: {
        file,
        index: null,
        recordId: null,
        field: '',
        problem: { code: 'not-json', detail },
        outcome: 'file-unreadable',
      },
    };
  }
  return { parsed: parse(file, raw) };
}

/**
 * Validate, cross-check and order the story. Issues come file-level first (a file that is not
 * JSON), then each file's record issues (places, routes, events), then the cross-file ones.
 */
export function assembleStory(files: StoryFiles, names: StoryFileNames = DATA_FILES): StoryData {
  const p = read(names.places, files.places, 'places', parsePlaces);
  const r = read(names.routes, files.routes, 'routes', parseRoutes);
  const e = read(names.events, files.events, 'events', parseEvents);
  const data = crossCheck(p.parsed, r.parsed, e.parsed, { routes: names.routes, events: names.events });
  const unreadable = [p.unreadable, r.unreadable, e.unreadable].filter((i) => i !== undefined);
  const ordered = 'records' in files.events && files.events.ordered === true;
  return {
    ...data,
    events: ordered ? data.events : sortEvents(data.events),
    issues: [...unreadable, ...data.issues],
  };
}
