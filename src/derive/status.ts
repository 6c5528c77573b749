import type { BaseStatus, Bilingual, Place, StoryEvent } from '../data/schema';

export interface StatusAt {
  status: BaseStatus;
  /** Who took the base over, for handed-over. */
  to?: Bilingual;
  /** The event that set this status (absent for the initial status). */
  sinceEvent?: string;
  sinceDate?: string;
}

/**
 * Status of every base on `date` (YYYY-MM-DD), derived from the events alone:
 * start from each place's initialStatus and apply, in chronological order, every
 * effect of every event dated on or before `date`. Events must be sorted (sortEvents).
 */
export function statusesAt(
  places: readonly Place[],
  orderedEvents: readonly StoryEvent[],
  date: string,
): Map<string, StatusAt> {
  const out = new Map<string, StatusAt>();
  for (const p of places) {
    if (p.initialStatus) out.set(p.id, { status: p.initialStatus });
  }
  for (const e of orderedEvents) {
    if (e.date > date) break;
    for (const f of e.effects) {
      if (!out.has(f.place)) continue; // effects on places without a status are ignored
      out.set(f.place, { status: f.status, to: f.to, sinceEvent: e.id, sinceDate: e.date });
    }
  }
  return out;
}
