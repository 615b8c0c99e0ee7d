import { describe, expect, it } from 'vitest';
import { isCanadianSin } from './sin';

describe('isCanadianSin', () => {
  it('accepts Luhn-valid numbers of issued provinces and temporary residents', () => {
    for (const digits of ['130692544', '287654321', '947283727']) expect(isCanadianSin(digits)).toBe(true);
  });
  it('rejects a changed digit, the unissued 0 and business 8 series, and wrong lengths', () => {
    expect(isCanadianSin('130692545')).toBe(false);
    // 046 454 286 is the well-known sample: Luhn-valid, but 0 is never issued.
    expect(isCanadianSin('046454286')).toBe(false);
    expect(isCanadianSin('800000001')).toBe(false);
    expect(isCanadianSin('13069254')).toBe(false);
  });
});
