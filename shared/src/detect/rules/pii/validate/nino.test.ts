import { describe, expect, it } from 'vitest';
import { isNino } from './nino';

describe('isNino', () => {
  it('accepts allocated prefixes with and without the suffix letter', () => {
    for (const value of ['AB123456C', 'JG103759A', 'ZX987654D', 'AB123456']) expect(isNino(value)).toBe(true);
  });
  it('rejects excluded letters, unallocated prefixes, HMRC example QQ, bad suffixes and shapes', () => {
    for (const value of ['DA123456A', 'AO123456A', 'QQ123456C', 'GB123456A', 'NK123456B', 'AB123456E', 'AB12345C', 'ab123456c']) {
      expect(isNino(value)).toBe(false);
    }
  });
});
