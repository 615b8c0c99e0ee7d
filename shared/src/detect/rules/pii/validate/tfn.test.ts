import { describe, expect, it } from 'vitest';
import { isTfn } from './tfn';

describe('isTfn', () => {
  it('accepts nine- and eight-digit numbers whose weighted sum is a multiple of 11', () => {
    // 123 456 782 and 876 543 210 are the examples in the ATO's algorithm descriptions.
    for (const digits of ['123456782', '876543210', '12345677']) expect(isTfn(digits)).toBe(true);
  });
  it('rejects a changed digit, repeats and wrong lengths', () => {
    for (const digits of ['123456783', '876543201', '000000000', '1234567', '1234567820']) expect(isTfn(digits)).toBe(false);
  });
});
