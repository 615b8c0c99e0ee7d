import { describe, expect, it } from 'vitest';
import { meetsRequirements } from './finding';

describe('meetsRequirements', () => {
  it('asks for each named class and nothing else', () => {
    expect(meetsRequirements('abcDEF', { lower: true, upper: true })).toBe(true);
    expect(meetsRequirements('abcdef', { lower: true, upper: true })).toBe(false);
    expect(meetsRequirements('abcDEF', { digit: true, lower: true, upper: true })).toBe(false);
    expect(meetsRequirements('a1B', { digit: true, lower: true, upper: true })).toBe(true);
    expect(meetsRequirements('---', {})).toBe(true);
  });

  it('does not count the first `after` characters (a fixed prefix)', () => {
    expect(meetsRequirements('ghp_abcdef', { lower: true, upper: true, after: 4 })).toBe(false);
    expect(meetsRequirements('Ghp_abcdef', { lower: true, upper: true })).toBe(true);
    expect(meetsRequirements('Ghp_abcdef', { lower: true, upper: true, after: 4 })).toBe(false);
    expect(meetsRequirements('ghp_abcDef', { lower: true, upper: true, after: 4 })).toBe(true);
  });
});
