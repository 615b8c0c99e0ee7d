import { describe, expect, it } from 'vitest';
import { isIndianPan } from './pan';

describe('isIndianPan', () => {
  it('accepts the PAN layout with a holder-type fourth letter', () => {
    for (const value of ['ABCPE1234F', 'AAACR5055K', 'BNZPM2501F']) expect(isIndianPan(value)).toBe(true);
  });
  it('rejects unknown holder types, a 0000 serial, lower case and other shapes', () => {
    for (const value of ['ABCXE1234F', 'ABCPE0000F', 'abcpe1234f', 'ABCPE1234', 'ABCP1234FF']) expect(isIndianPan(value)).toBe(false);
  });
});
