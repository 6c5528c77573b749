/**
 * The ACLED sample (public/examples/acled-sample.csv) as the oracle of the journeys that load it —
 * imported through the file picker, or opened as a pack: read here from the file's own columns, not
 * by the app's reader — and the walk through its events on the timeline.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { MapDriver } from '../driver';
import { expect } from '../fixtures';
import type { StoryPoint } from './map';

export interface SampleRow {
  /** The title the app should show: sub-event type — location. */
  title: string;
  /** Where the event is, or null for a row without coordinates. */
  point: StoryPoint | null;
}

/** The sample's rows by event id. */
export const ACLED_SAMPLE: ReadonlyMap<string, SampleRow> = new Map(
  Papa.parse<Record<string, string>>(readFileSync('public/examples/acled-sample.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((r) => [
    r.event_id_cnty,
    {
      title: [r.sub_event_type, r.location].filter(Boolean).join(' — '),
      point: r.latitude && r.longitude ? { name: r.location, lat: +r.latitude, lon: +r.longitude } : null,
    },
  ]),
);

/**
 * Steps the timeline from its current event to the last with its Next button. At each step: the event
 * is a row of the sample, its title is on screen, its point is marked above the labels and lies in
 * the part of the map nothing covers. `shot(i)` names the screenshot of step i (0-based), taken at the
 * first step and, with SHOTS set, at every one. Returns the ids seen and the points a viewer could not see.
 */
export async function walkSample(
  app: MapDriver,
  lang: 'en' | 'ar',
  shot: (i: number) => string,
): Promise<{ seen: string[]; hidden: string[] }> {
  const next = () =>
    app.timeline.region().getByRole('button', { name: lang === 'en' ? 'Next event' : 'الحدث التالي' });
  const seen: string[] = [];
  const hidden: string[] = [];
  for (let i = 0; ; i++) {
    await app.map.settle();
    const id = (await app.timeline.currentEventId())!;
    const row = ACLED_SAMPLE.get(id);
    expect(row, `${id} is a row of the sample`).toBeTruthy();
    seen.push(id);
    await expect(app.timeline.now()).toContainText(row!.title);
    await expect(app.timeline.now()).toBeInViewport();
    if (row!.point) {
      // the step's point is marked above the labels (a city name never hides it)
      expect(await app.map.currentEventMarked()).toBe(id);
      for (const h of await app.map.hiddenPoints([row!.point]))
        hidden.push(`${id}: ${h.name} at ${h.x},${h.y} is ${h.why}`);
    }
    if (i === 0 || process.env.SHOTS) await app.screenshot(shot(i));
    if (await next().isDisabled()) break;
    await next().click();
    await expect.poll(() => app.timeline.currentEventId()).not.toBe(id);
  }
  return { seen, hidden };
}
