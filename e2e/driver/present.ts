/** Presentation mode: the slide's card and the bar's progress. */
import type { Locator, Page } from '@playwright/test';

export class Slides {
  constructor(private readonly page: Page) {}

  /** The slide counter on the presentation bar ("12 / 24"). */
  progress(): Locator {
    return this.page.locator('.present__progress');
  }

  /** The large event card beside the map. */
  card(): Locator {
    return this.page.locator('.present__card article.card--event');
  }

  title(): Locator {
    return this.card().locator('.card__title');
  }

  summary(): Locator {
    return this.card().locator('.card__summary');
  }

  /** The slide title's font size, in CSS pixels. */
  async titleFontSize(): Promise<number> {
    return this.title().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
}
