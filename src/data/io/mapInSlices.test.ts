import { describe, expect, it } from 'vitest';
import { mapInSlices } from './mapInSlices';

describe('a long loop in slices', () => {
  it('gives what Array.from gives, at every length around a slice', async () => {
    for (const n of [0, 1, 1023, 1024, 1025, 5000]) {
      expect(await mapInSlices(n, (k) => k * 2)).toEqual(Array.from({ length: n }, (_, k) => k * 2));
    }
  });

  it('lets other tasks run between slices', async () => {
    let ranDuring = false;
    let done = false;
    setTimeout(() => (ranDuring = !done), 0);
    const slow = (k: number) => {
      const t = performance.now();
      while (performance.now() - t < 0.01); // ~10 µs each: ~100 ms for 10,000
      return k;
    };
    const out = await mapInSlices(10_000, slow, 5);
    done = true;
    expect(out).toHaveLength(10_000);
    expect(ranDuring).toBe(true);
  });
});
