import { describe, expect, it } from 'vitest';
import { isCanadianSin } from './sin';

describe('isCanadianSin', () => {
  it('accepts Luhn-valid numbers, the well-known sample 046 454 286 included', () => {
    for (const digits of ['130692544', '287654321', '947283727', '046454286']) expect(isCanadianSin(digits)).toBe(true);
  });
  it('rejects a changed digit, swapped digits, one repeated digit and wrong lengths', () => {
    expect(isCanadianSin('130692545')).toBe(false);
    expect(isCanadianSin('130692454')).toBe(false);
    expect(isCanadianSin('000000000')).toBe(false);
    expect(isCanadianSin('13069254')).toBe(false);
  });
});
