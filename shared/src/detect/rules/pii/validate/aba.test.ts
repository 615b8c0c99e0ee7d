import { describe, expect, it } from 'vitest';
import { isAbaRoutingNumber } from './aba';

describe('isAbaRoutingNumber', () => {
  it('accepts published routing numbers', () => {
    // JPMorgan Chase (New York), Bank of America (California), Wells Fargo (California), a Fed electronic number.
    for (const digits of ['021000021', '121000358', '121042882', '011000015']) expect(isAbaRoutingNumber(digits)).toBe(true);
  });
  it('rejects a changed digit, an unassigned prefix and wrong lengths', () => {
    expect(isAbaRoutingNumber('021000022')).toBe(false);
    expect(isAbaRoutingNumber('121000385')).toBe(false);
    // Weighted sum still a multiple of 10, but 50 is no Federal Reserve prefix.
    expect(isAbaRoutingNumber('500000005')).toBe(false);
    expect(isAbaRoutingNumber('000000000')).toBe(false);
    expect(isAbaRoutingNumber('02100002')).toBe(false);
  });
});
