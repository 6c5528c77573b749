/** Completing a pack's read with the parts the page already holds (packWindow.ts, useDataset.ts). */
import type { ImportResult } from '../io/types';

/**
 * A read that left out the parts already on the page (`pack.reused`), completed with that earlier
 * read's events, problems and counts: its events go after the first `pack.before` new ones (parts
 * hold the events in the app's order, so the whole stays in it).
 */
export function withPartsOnPage(read: ImportResult, onPage: ImportResult): ImportResult {
  const b = read.pack?.before ?? 0;
  return {
    ...read,
    events: read.events.slice(0, b).concat(onPage.events, read.events.slice(b)),
    unmapped: read.unmapped + onPage.unmapped,
    errors: [...onPage.errors, ...read.errors],
    rowWarnings: [...(onPage.rowWarnings ?? []), ...(read.rowWarnings ?? [])],
  };
}
