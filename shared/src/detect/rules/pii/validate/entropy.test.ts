import { describe, expect, it } from 'vitest';
import { distinctChars, isPeriodic, longestRun } from './entropy';

describe('entropy helpers', () => {
  it('counts distinct characters and runs', () => {
    expect(distinctChars('aabbc')).toBe(3);
    expect(longestRun('ab0000000c')).toBe(7);
    expect(longestRun('')).toBe(0);
  });
  it('finds short periods', () => {
    expect(isPeriodic('deadbeefdeadbeefdeadbeef', 16)).toBe(true);
    expect(isPeriodic('83651ddb22ef7ad5e52c2cab43fc097f67c9441f', 16)).toBe(false);
  });
});
