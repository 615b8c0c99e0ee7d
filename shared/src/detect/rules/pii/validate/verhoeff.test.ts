import { describe, expect, it } from 'vitest';
import { verhoeffCheckDigit, verhoeffValid } from './verhoeff';

describe('Verhoeff', () => {
  it('computes the published check digits', () => {
    // Worked examples of the algorithm: 236 → 3, 12345 → 1, 142857 → 0.
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffCheckDigit('12345')).toBe(1);
    expect(verhoeffCheckDigit('142857')).toBe(0);
  });
  it('accepts numbers ending in their check digit', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('123451')).toBe(true);
    expect(verhoeffValid('1428570')).toBe(true);
  });
  it('rejects a changed digit, swapped neighbours and non-digits', () => {
    expect(verhoeffValid('2364')).toBe(false);
    expect(verhoeffValid('123415')).toBe(false);
    expect(verhoeffValid('213451')).toBe(false);
    expect(verhoeffValid('12a451')).toBe(false);
    expect(verhoeffValid('0')).toBe(false);
  });
});
