/**
 * Faults a test gives the browser before the page opens (no WebGL2, a throwing formatter), and
 * what hostile markup would leave behind if it ever ran.
 */
import type { Locator, Page } from '@playwright/test';

export class Faults {
  constructor(private readonly page: Page) {}

  /** A browser without WebGL2 (or with it switched off). Call before the page opens. */
  async withoutWebGL2() {
    await this.page.addInitScript(() => {
      const get = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'getContext')!
        .value as typeof HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) {
        if (kind === 'webgl2') return null;
        return (get as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
      } as typeof get;
    });
  }

  /** Every date formatter throws `message` for one day (ISO, e.g. "2023-03-14"). Call before the page opens. */
  async dateFormatterThrowsOn(day: string, message: string) {
    await this.page.addInitScript(
      ({ day, message }) => {
        // `format` is an accessor returning a bound function: wrap what it returns
        const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format') as {
          get: (this: Intl.DateTimeFormat) => unknown;
        };
        const getter = format.get;
        Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
          get(this: Intl.DateTimeFormat) {
            const bound = getter.call(this) as (d?: Date | number) => string;
            return (d?: Date | number) => {
              if (d instanceof Date && d.toISOString().startsWith(day)) throw new Error(message);
              return bound(d);
            };
          },
        });
      },
      { day, message },
    );
  }
}

/** Traces hostile markup would leave if it ran: the tests' payloads set `window.__pwned` and make `<img src=x>`. */
export class Hostile {
  constructor(private readonly page: Page) {}

  /** What a payload's script set (`window.__pwned`): undefined when nothing ran. */
  async markupRan(): Promise<number | undefined> {
    return this.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  }

  /** Images made from a payload's `<img src=x>`. */
  imagesFromMarkup(): Locator {
    return this.page.locator('img[src="x"]');
  }

  /** Script elements inside the app. */
  scriptsInApp(): Locator {
    return this.page.locator('#root script');
  }

  /** Add an inline script to the page, as an injection would; if it runs it sets `window.__inline`. */
  async injectInlineScript() {
    await this.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
  }

  /** What the injected inline script set: undefined when it did not run. */
  async inlineScriptRan(): Promise<number | undefined> {
    return this.page.evaluate(() => (window as unknown as { __inline?: number }).__inline);
  }
}
