/**
 * Loading the story data with react-query: fetch each file, validate it, cross-check.
 * The only place that fetches data files.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { assembleStory, DATA_FILES } from './assemble';
import type { LoadProblem } from './problems';
import type { StoryData } from './validate';

export class FetchError extends Error {
  constructor(
    readonly file: string,
    /** What went wrong, put in words by the messages module in the reader's language. */
    readonly problem: LoadProblem,
    /** What kind of failure: decides whether trying again can help. */
    readonly kind: 'http-client' | 'http-server' | 'network' | 'timeout' = 'network',
  ) {
    // (the message is for the console; the page shows the problem in the reader's language)
    super(`${file}: ${JSON.stringify(problem)}`);
  }
}

/** A data file that has not arrived after this long is given up on (and tried again). */
export const FETCH_TIMEOUT_MS = 8000;

async function fetchText(file: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let res: Response;
  let text: string;
  try {
    res = await fetch(import.meta.env.BASE_URL + file, { signal: both });
    if (!res.ok) {
      const kind = res.status >= 500 ? 'http-server' : 'http-client';
      throw new FetchError(
        file,
        { code: 'http-error', status: res.status, statusText: res.statusText },
        kind,
      );
    }
    text = await res.text();
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (timeout.aborted)
      throw new FetchError(file, { code: 'no-answer', seconds: FETCH_TIMEOUT_MS / 1000 }, 'timeout');
    throw new FetchError(
      file,
      { code: 'network-failed', detail: e instanceof Error ? e.message : String(e) },
      'network',
    );
  }
  return text;
}

/**
 * Whether to try a failed load again: server errors and network failures up to three times,
 * a timeout once, a client error (404: the file is not there) never.
 */
export function shouldRetry(failures: number, error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  if (error.kind === 'http-client') return false;
  return failures < (error.kind === 'timeout' ? 1 : 3);
}

/** Exponential backoff: 1 s, 2 s, 4 s … at most 8 s. */
export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 8000);

export async function loadStoryData(signal?: AbortSignal): Promise<StoryData> {
  const [places, routes, events] = await Promise.all([
    fetchText(DATA_FILES.places, signal),
    fetchText(DATA_FILES.routes, signal),
    fetchText(DATA_FILES.events, signal),
  ]);
  // a file that is not JSON is a file-level issue and an empty collection, not a crash
  return assembleStory({ places: { text: places }, routes: { text: routes }, events: { text: events } });
}

const storyQuery = {
  queryKey: ['story-data'],
  queryFn: ({ signal }: { signal: AbortSignal }) => loadStoryData(signal),
  staleTime: Infinity,
  retry: shouldRetry,
  retryDelay,
  // the load starts before the first render (prefetchStoryData); a failure it ends in is shown
  // with a Retry button, not silently fetched again when the app mounts
  retryOnMount: false,
};

export function useStoryData() {
  return useQuery<StoryData, Error>(storyQuery);
}

/** Start loading the story before React's first render (the app's first effects run ~100 ms later). */
export function prefetchStoryData(client: QueryClient) {
  void client.prefetchQuery<StoryData, Error>(storyQuery);
}
