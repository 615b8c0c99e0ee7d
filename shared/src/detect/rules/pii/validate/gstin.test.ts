import { describe, expect, it } from 'vitest';
import { gstinCheckCharacter, isGstin, isGstinLayout } from './gstin';

describe('isGstin', () => {
  it('accepts GSTINs whose PAN has a holder type and whose check character matches', () => {
    for (const value of ['27AAPFU0939F1ZV', '29ABCPK1234L1ZO', '07AAACR5055K1Z9', '33BNZPM2501F2Z0', '97AABCU9603R1ZG', '38AAGFL4321K1Z7']) {
      expect(isGstin(value)).toBe(true);
    }
  });
  it('rejects a wrong check, an unknown holder type, a state code out of range, no Z, a zero count, lower case and wrong lengths', () => {
    for (const value of ['27AAPFU0939F1ZO', '27ABCDE1234F1Z5', '00AAPFU0939F1ZV', '40AAPFU0939F1ZV', '27AAPFU0939F1AA', '27AAPFU0939F0ZV', '27aapfu0939f1zv', '27AAPFU0939F1Z']) {
      expect(isGstin(value)).toBe(false);
    }
  });
});

describe('isGstinLayout', () => {
  it('accepts the layout whatever the check and the holder type, as test values often have them wrong', () => {
    for (const value of ['27ABCDE1234F1Z5', '07PQRST6789K1Z2', '99AAPFU0939F1ZV']) expect(isGstinLayout(value)).toBe(true);
  });
  it('rejects other shapes', () => {
    for (const value of ['369296450896540', '38ABCDE1234F1Y5', '98ABCDE1234F1Z5', '27ABCD11234F1Z5', '27ABCDE1234F1Z55']) expect(isGstinLayout(value)).toBe(false);
  });
});

describe('gstinCheckCharacter', () => {
  it('computes the published example’s check', () => {
    expect(gstinCheckCharacter('27AAPFU0939F1Z')).toBe('V');
  });
});
