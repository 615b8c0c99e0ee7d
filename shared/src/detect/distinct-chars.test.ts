import { describe, expect, it } from 'vitest';
import { hasDistinctChars } from './distinct-chars';

describe('hasDistinctChars', () => {
  it('counts distinct code points, ASCII or not', () => {
    expect(hasDistinctChars('aabbc', 3)).toBe(true);
    expect(hasDistinctChars('aabbc', 4)).toBe(false);
    expect(hasDistinctChars('ééaa\u{1f600}\u{1f600}', 3)).toBe(true);
    expect(hasDistinctChars('ééaa\u{1f600}\u{1f600}', 4)).toBe(false);
    expect(hasDistinctChars('', 1)).toBe(false);
  });

  it('forgets what one call saw before the next call', () => {
    expect(hasDistinctChars('abcdefgh', 8)).toBe(true);
    expect(hasDistinctChars('abc', 4)).toBe(false);
    expect(hasDistinctChars('abcd', 4)).toBe(true);
  });
});
