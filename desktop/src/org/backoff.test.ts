import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  const options = { minMs: 1000, maxMs: 60_000 };
  it('doubles from the minimum up to the cap', () => {
    expect([0, 1, 2, 3, 10, 100].map((a) => backoffDelay(a, options, () => 0))).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000]);
  });
  it('jitter only shortens, by at most a fifth', () => {
    expect(backoffDelay(2, options, () => 1)).toBe(3200);
  });
});
