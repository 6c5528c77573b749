import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS } from './layout';

describe('layout breakpoints', () => {
  it('styles.css uses exactly the breakpoints the code uses', () => {
    const css = readFileSync(resolve(__dirname, '../styles.css'), 'utf8');
    const widths = new Set([...css.matchAll(/@media \(max-width: (\d+)px\)/g)].map((m) => Number(m[1])));
    expect(widths).toEqual(new Set(Object.values(BREAKPOINTS)));
  });
});
