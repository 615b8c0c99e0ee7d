import { describe, expect, it } from 'vitest';
import { luhnValid } from './luhn';

describe('luhnValid', () => {
  it('accepts numbers whose Luhn sum is a multiple of 10', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('4950099611931720')).toBe(true);
    expect(luhnValid('0')).toBe(true);
  });
  it('rejects a changed digit, non-digits and the empty string', () => {
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('4950099611931721')).toBe(false);
    expect(luhnValid('4950 0996')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});
