import { describe, expect, it } from 'vitest';
import { isPartitaIva } from './partita-iva';

describe('isPartitaIva', () => {
  it('accepts numbers with a known office code and their Luhn check', () => {
    for (const digits of ['89068180622', '97234390819', '85640620580']) expect(isPartitaIva(digits)).toBe(true);
  });
  it('rejects a changed check digit, an office code that is none, a repeated holder part and wrong lengths', () => {
    // 85640626215: holder 8564062, office 621 (no such office), and its Luhn check digit.
    for (const digits of ['89068180623', '85640626215', '00000000000', '8906818062', '890681806220']) expect(isPartitaIva(digits)).toBe(false);
  });
});
