import { describe, expect, it } from 'vitest';
import { isCurp } from './curp';

describe('isCurp', () => {
  it('accepts codes whose layout holds and whose check digit matches', () => {
    for (const value of ['BOXW310820HNERXN09', 'AAMG890608HDFLJL00', 'HEGG560427MVZRRL04', 'ROMA010203HNLDRNA8']) expect(isCurp(value)).toBe(true);
  });
  it('rejects a wrong check digit, an unknown state, a day that does not exist and a vowel among the consonants', () => {
    for (const value of ['BOXW310820HNERXN08', 'BOXW310820HZZRXN09', 'BOXW310230HNERXN09', 'BOXW310820HNEAXN09', 'BOXW310820HNERXN0']) {
      expect(isCurp(value)).toBe(false);
    }
  });
});
