import { describe, expect, it } from 'vitest';
import { isNhsNumber } from './nhs';

describe('isNhsNumber', () => {
  it('accepts numbers with a valid modulus 11 check digit', () => {
    // 943 476 5919 is NHS Digital's documented example.
    for (const digits of ['9434765919', '4010232137', '4857773457']) expect(isNhsNumber(digits)).toBe(true);
  });
  it('rejects a changed check digit, swapped digits, a check of 10, repeats and wrong lengths', () => {
    expect(isNhsNumber('9434765918')).toBe(false);
    expect(isNhsNumber('9434765991')).toBe(false);
    // The first nine digits give a check of 10, which is never issued, whatever the last digit.
    for (let d = 0; d <= 9; d++) expect(isNhsNumber(`123456789${d}`)).toBe(false);
    expect(isNhsNumber('0000000000')).toBe(false);
    expect(isNhsNumber('943476591')).toBe(false);
  });
});
