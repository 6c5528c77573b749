/**
 * The ACLED sample (public/examples/acled-sample.csv) as the oracle of the journeys that load it —
 * imported through the file picker, or opened as a pack: read here from the file's own columns, not
 * by the app's reader — and the walk through its events on the timeline.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
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
 * One step of a walk through the sample, showing event `id`: it is a row of the sample, `title`
 * shows the row's title (all of it, or `exact`ly it) in view, and the row's point is marked above the
 * labels. Returns the points a viewer could not see, as lines.
 */
export async function expectSampleStep(
  app: MapDriver,
  id: string,
  title: Locator,
  exact = false,
): Promise<string[]> {
  const row = ACLED_SAMPLE.get(id);
  expect(row, `${id} is a row of the sample`).toBeTruthy();
  if (exact) await expect(title).toHaveText(row!.title);
  else await expect(title).toContainText(row!.title);
  await expect(title).toBeInViewport();
  if (!row!.point) return [];
  // the step's point is marked above the labels (a city name never hides it)
  expect(await app.map.currentEventMarked()).toBe(id);
  return (await app.map.hiddenPoints([row!.point])).map(
    (h) => `${id}: ${h.name} at ${h.x},${h.y} is ${h.why}`,
  );
}

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
    seen.push(id);
    hidden.push(...(await expectSampleStep(app, id, app.timeline.now())));
    if (i === 0 || process.env.SHOTS) await app.screenshot(shot(i));
    if (await next().isDisabled()) break;
    await next().click();
    await expect.poll(() => app.timeline.currentEventId()).not.toBe(id);
  }
  return { seen, hidden };
}
