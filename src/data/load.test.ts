import { describe, expect, it } from 'vitest';
import { FetchError, retryDelay, shouldRetry } from './load';

describe('retrying a failed data load', () => {
  const err = (kind: FetchError['kind']) =>
    new FetchError('data/places.json', { code: 'network-failed', detail: 'x' }, kind);
  it('tries server errors and network failures three times, a timeout once, a 404 never', () => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, err('http-server')))).toEqual([true, true, true, false]);
    expect([0, 1, 2].map((n) => shouldRetry(n, err('network')))).toEqual([true, true, true]);
    expect([0, 1].map((n) => shouldRetry(n, err('timeout')))).toEqual([true, false]);
    expect(shouldRetry(0, err('http-client'))).toBe(false);
    // a bug in parsing is not a network problem: no retry
    expect(shouldRetry(0, new TypeError('boom'))).toBe(false);
  });
  it('waits longer each time, up to 8 s', () => {
    expect([0, 1, 2, 3, 4, 5].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
