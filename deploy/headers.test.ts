import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module shared with vite.config.ts
import { CSP, SECURITY_HEADERS } from './headers.mjs';

const nginx = readFileSync(new URL('./security-headers.conf', import.meta.url), 'utf8');

describe('deployment headers', () => {
  it('nginx sends exactly the headers the preview server (and the tests) use', () => {
    const sent = Object.fromEntries(
      [...nginx.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(sent).toEqual(SECURITY_HEADERS);
  });
  it('the policy allows no inline script, no eval and nothing from other origins', () => {
    const directives = Object.fromEntries(
      (CSP as string).split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
