/**
 * Loading the story data with react-query: fetch each file, validate it, cross-check.
 * The only place that fetches data files.
 */
import { useQuery } from '@tanstack/react-query';
import { crossCheck, parseEvents, parsePlaces, parseRoutes, type DataIssue, type StoryData } from './validate';
import { sortEvents } from '../derive/timeline';

export const DATA_FILES = {
  places: 'data/places.json',
  routes: 'data/routes.json',
  events: 'data/events.json',
} as const;

export class FetchError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

async function fetchText(file: string, signal?: AbortSignal): Promise<string> {
  let res: Response;
  try {
    res = await fetch(import.meta.env.BASE_URL + file, { signal });
  } catch (e) {
    throw new FetchError(file, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new FetchError(file, `HTTP ${res.status} ${res.statusText}`.trim());
  return res.text();
}

/** Parse JSON; a broken file becomes a file-level issue and an empty collection, not a crash. */
function parseJson(file: string, text: string, key: string): { raw: unknown; issue?: DataIssue } {
  try {
    return { raw: JSON.parse(text) as unknown };
  } catch (e) {
    const message = `is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
    return { raw: { version: 1, [key]: [] }, issue: { file, index: null, recordId: null, field: '', message, outcome: 'file-unreadable' } };
  }
}

export async function loadStoryData(signal?: AbortSignal): Promise<StoryData> {
  const [pt, rt, et] = await Promise.all([
    fetchText(DATA_FILES.places, signal),
    fetchText(DATA_FILES.routes, signal),
    fetchText(DATA_FILES.events, signal),
  ]);
  const p = parseJson(DATA_FILES.places, pt, 'places');
  const r = parseJson(DATA_FILES.routes, rt, 'routes');
  const e = parseJson(DATA_FILES.events, et, 'events');
  const data = crossCheck(
    parsePlaces(DATA_FILES.places, p.raw),
    parseRoutes(DATA_FILES.routes, r.raw),
    parseEvents(DATA_FILES.events, e.raw),
    { routes: DATA_FILES.routes, events: DATA_FILES.events },
  );
  const fileIssues = [p.issue, r.issue, e.issue].filter((i): i is DataIssue => i !== undefined);
  return { ...data, events: sortEvents(data.events), issues: [...fileIssues, ...data.issues] };
}

export function useStoryData() {
  return useQuery({
    queryKey: ['story-data'],
    queryFn: ({ signal }) => loadStoryData(signal),
    staleTime: Infinity,
    retry: 2,
  });
}
