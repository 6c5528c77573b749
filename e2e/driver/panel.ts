/** The side panel (a bottom sheet on a phone) and the cards it shows. */
import type { Locator, Page } from '@playwright/test';

export class Panel {
  constructor(private readonly page: Page) {}

  /** The panel itself (on a phone, the bottom sheet). */
  box(): Locator {
    return this.page.locator('.panel');
  }

  /** The bottom sheet's grip, which opens and closes it on a phone. */
  grip(): Locator {
    return this.page.locator('.panel__grip');
  }

  async openListTab() {
    await this.page.getByRole('tab', { name: /Events & filters/ }).click();
  }

  /** The panel's event tab (its card), in either language. */
  async openEventTab() {
    await this.page.getByRole('tab', { name: /^(Event|الحدث)$/ }).click();
  }
}

export class Cards {
  constructor(private readonly page: Page) {}

  /** The card of the current event. */
  event(): Locator {
    return this.page.locator('article.card--event');
  }

  /** The event card's title (its heading). */
  eventTitle(): Locator {
    return this.event().getByRole('heading', { level: 2 });
  }

  /** The card's summary paragraph. */
  eventSummary(): Locator {
    return this.event().locator('.card__summary');
  }

  /** The parts of its source lines kept whole in either direction: each outlet's name and date. */
  eventSourceParts(): Locator {
    return this.event().locator('.sources bdi');
  }

  /** Everything on the event card a finger can press: its links and buttons. */
  eventLinksAndButtons(): Locator {
    return this.event().locator('a, button');
  }

  /** The card of the place the viewer opened. */
  place(): Locator {
    return this.page.locator('article.card--place');
  }

  /** The place card's status line (its `data-status` says which status). */
  placeStatus(): Locator {
    return this.place().locator('.status');
  }

  /** The card of the route the viewer opened. */
  route(): Locator {
    return this.page.locator('article.card--route');
  }
}
