/**
 * The host a pack is served from, as the tests see it: the range requests the app makes for a
 * pack's data file, and hosts that damage a part or ignore range requests (set before the page opens).
 */
import type { Page } from '@playwright/test';

interface PackPart {
  offset: number;
  bytes: number;
}

export class PackHost {
  /** Each request for a pack's data file: its path and its Range header (null: the whole file). */
  readonly dataRequests: { path: string; range: string | null }[] = [];
  /** The HTTP status of each answer for a pack's data file (206: a range, as asked). */
  readonly dataStatuses: number[] = [];
  /** The bytes of each answer for a pack's data file, as the server sent them (Content-Length). */
  readonly dataBytes: number[] = [];

  constructor(private readonly page: Page) {
    // the import worker's requests are the page's (a dedicated worker's are reported with its page)
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/^\/packs\/.+\.bin$/.test(path))
        this.dataRequests.push({ path, range: r.headers()['range'] ?? null });
    });
    page.on('response', (r) => {
      if (!/^\/packs\/.+\.bin$/.test(new URL(r.url()).pathname)) return;
      this.dataStatuses.push(r.status());
      this.dataBytes.push(Number(r.headers()['content-length']));
    });
  }

  private async parts(name: string): Promise<PackPart[]> {
    const index = (await (await this.page.request.get(`/packs/${name}/index.json`)).json()) as {
      parts: PackPart[];
    };
    return index.parts;
  }

  /** The pack's host sends part `n` (1-based) with one byte flipped, as a damaged copy would. */
  async damagePart(name: string, n: number) {
    const part = (await this.parts(name))[n - 1];
    await this.page.route(`**/packs/${name}/events.bin`, async (route) => {
      const res = await route.fetch();
      const body = Buffer.from(await res.body());
      const range = /bytes=(\d+)-/.exec(route.request().headers()['range'] ?? '');
      const start = range ? Number(range[1]) : 0;
      const at = part.offset + Math.floor(part.bytes / 2) - start;
      if (at >= 0 && at < body.length) body[at] = body[at] ^ 0xff;
      await route.fulfill({ response: res, body });
    });
  }

  /** The pack's host ignores range requests: it answers each with the whole file (200). */
  async withoutRangeRequests(name: string) {
    await this.page.route(`**/packs/${name}/events.bin`, async (route) => {
      const headers = { ...route.request().headers() };
      delete headers['range'];
      const res = await route.fetch({ headers });
      await route.fulfill({
        status: 200,
        body: Buffer.from(await res.body()),
        contentType: 'application/octet-stream',
      });
    });
  }
}
