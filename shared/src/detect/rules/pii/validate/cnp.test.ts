import { describe, expect, it } from 'vitest';
import { isRomanianCnp } from './cnp';

describe('isRomanianCnp', () => {
  it('accepts codes with a birth date, a county and a matching check digit', () => {
    for (const digits of ['1630615123457', '1800101221144', '2850314400011']) expect(isRomanianCnp(digits)).toBe(true);
  });
  it('rejects a wrong check digit, a first digit of 0, no such date or county, and wrong lengths', () => {
    for (const digits of ['1630615123458', '0800101221142', '1631315123457', '1630615993457', '163061512345']) expect(isRomanianCnp(digits)).toBe(false);
  });
});
