import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, ibanMod97, isIban } from './iban';

describe('isIban', () => {
  it('accepts valid IBANs with and without letters in the BBAN', () => {
    expect(isIban('DE90881572152105687819')).toBe(true);
    expect(isIban('GB47NWBK92947961992517')).toBe(true);
    expect(isIban('FR1592378313556814019665K89')).toBe(true);
    expect(isIban('NO9198996200105')).toBe(true);
  });
  it('rejects a bad checksum, a wrong length, an unknown country, lower case', () => {
    expect(isIban('DE91881572152105687819')).toBe(false);
    expect(isIban('DE908815721521056878190')).toBe(false);
    expect(isIban('XX90881572152105687819')).toBe(false);
    expect(isIban('de90881572152105687819')).toBe(false);
  });
  it('rejects letters in the account part of a country whose layout is all digits', () => {
    // Same check digits recomputed for the changed account part: only the layout can refuse it.
    const bban = '37040044053201300A';
    const check = String(98 - ibanMod97(`DE00${bban}`)).padStart(2, '0');
    expect(ibanMod97(`DE${check}${bban}`)).toBe(1);
    expect(isIban(`DE${check}${bban}`)).toBe(false);
    expect(isIban('DE89370400440532013000')).toBe(true);
  });
  it('rejects check digits 00, 01 and 99', () => {
    for (const check of ['00', '01', '99']) expect(isIban(`DE${check}881572152105687819`)).toBe(false);
  });
});

describe('ibanMod97', () => {
  it('maps letters to 10..35 after moving the first four characters to the end', () => {
    // "A0" -> moved: "" ... a tiny hand-checked case: "AB00" -> "1011 00" -> 101100 mod 97 = 22
    expect(ibanMod97('AB00')).toBe(101100 % 97);
    expect(ibanMod97('AB0?')).toBe(-1);
  });
  it('has a registry length for every listed country', () => {
    for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(length).toBeGreaterThanOrEqual(15);
      expect(length).toBeLessThanOrEqual(34);
    }
  });
});
