import { describe, expect, it } from 'vitest';
import { isAadhaar } from './aadhaar';

describe('isAadhaar', () => {
  it('accepts twelve digits with a Verhoeff check digit', () => {
    for (const digits of ['234567890124', '498765432102', '738291056476']) expect(isAadhaar(digits)).toBe(true);
  });
  it('rejects a changed or swapped digit, repeats and wrong lengths', () => {
    expect(isAadhaar('234567890125')).toBe(false);
    expect(isAadhaar('243567890124')).toBe(false);
    expect(isAadhaar('222222222222')).toBe(false);
    expect(isAadhaar('23456789012')).toBe(false);
  });
});
