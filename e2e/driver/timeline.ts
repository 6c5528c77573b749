/** The timeline under the map: its slider, its buttons, what it says is showing. */
import type { Locator, Page } from '@playwright/test';
import type { MapView } from './map';

export class Timeline {
  constructor(
    private readonly page: Page,
    private readonly map: MapView,
  ) {}

  /** The whole timeline: the range bar, the buttons and the slider. */
  region(): Locator {
    return this.page.locator('#timeline');
  }

  /** The event slider (in English or Arabic). */
  slider(): Locator {
    return this.page.getByRole('slider', { name: /event|الحدث/i });
  }

  /** Step with the keyboard on the focused slider, then wait for the camera to settle. */
  async stepWith(key: string) {
    await this.slider().focus();
    await this.page.keyboard.press(key);
    await this.map.settle();
  }

  /** Its buttons: previous, play/pause, next (in reading order). */
  buttons(): Locator {
    return this.page.locator('.timeline__controls button');
  }

  /** The last of its buttons: Next. */
  nextButton(): Locator {
    return this.buttons().last();
  }

  /** The handles of the date range over the histogram. */
  rangeHandles(): Locator {
    return this.page.locator('.range__handle');
  }

  /** Click the slider's track at this fraction of its width, from its left edge. */
  async clickTrackAt(fraction: number) {
    const box = await this.slider().boundingBox();
    if (!box) throw new Error('the timeline slider is not on screen');
    await this.page.mouse.click(box.x + fraction * box.width, box.y + box.height / 2);
  }

  /** The dots on the slider, one per event in range. */
  ticks(): Locator {
    return this.page.locator('.timeline__tick');
  }

  /** The current event's date, category and title as the timeline writes them (above the slider). */
  now(): Locator {
    return this.page.locator('.timeline__now');
  }

  /** The step counter beside the buttons ("1 / 24"). */
  counter(): Locator {
    return this.page.locator('.timeline__count');
  }

  /** The id of the event the timeline is on: from the link, or (before the first step) the current tick or card. */
  async currentEventId(): Promise<string | null> {
    return this.page.evaluate(
      () =>
        new URL(location.href).searchParams.get('event') ??
        document.querySelector<HTMLElement>('.timeline__tick.is-current, article.card--event')?.dataset
          .event ??
        null,
    );
  }
}
