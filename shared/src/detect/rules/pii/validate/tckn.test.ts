import { describe, expect, it } from 'vitest';
import { isTckn } from './tckn';

describe('isTckn', () => {
  it('accepts numbers whose two check digits match', () => {
    for (const digits of ['10000000146', '12345678950']) expect(isTckn(digits)).toBe(true);
  });
  it('rejects a wrong check digit, a leading 0, one repeated digit and wrong lengths', () => {
    for (const digits of ['10000000147', '02345678950', '11111111110', '1000000014']) expect(isTckn(digits)).toBe(false);
  });
});
