import { describe, expect, it } from 'vitest';
import { isTaiwanId } from './tw-id';

describe('isTaiwanId', () => {
  it('accepts an area letter, a sex digit and digits whose weighted sum is a multiple of 10', () => {
    for (const value of ['A123456789', 'F231567896']) expect(isTaiwanId(value)).toBe(true);
  });
  it('rejects a wrong check, a sex digit other than 1, 2, 8 or 9, lower case and wrong lengths', () => {
    for (const value of ['A123456788', 'A323456789', 'a123456789', 'A12345678']) expect(isTaiwanId(value)).toBe(false);
  });
});
