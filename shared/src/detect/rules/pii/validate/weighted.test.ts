import { describe, expect, it } from 'vitest';
import { countsUpOrDown, isDigits } from './weighted';

describe('isDigits', () => {
  it('accepts ASCII digits of a length in range, as the regex it replaces did', () => {
    expect(isDigits('046454286', 9)).toBe(true);
    expect(isDigits('12345678', 8, 9)).toBe(true);
    expect(isDigits('123456789', 8, 9)).toBe(true);
  });
  it('rejects other lengths, a trailing line break, other digits and separators', () => {
    for (const digits of ['1234567', '1234567890', '12345678\n', '１２３４５６７８', '١٢٣٤٥٦٧٨', '1234 5678', '', '12345678x']) {
      expect(isDigits(digits, 8, 9), JSON.stringify(digits)).toBe(false);
    }
  });
});

describe('countsUpOrDown', () => {
  it('finds digits counting by one, either way, round past 9', () => {
    for (const digits of ['12345678', '8901234567', '98765432', '1098765432']) expect(countsUpOrDown(digits)).toBe(true);
  });
  it('passes over digits that do not', () => {
    for (const digits of ['7700900461', '12345679', '11223344']) expect(countsUpOrDown(digits)).toBe(false);
  });
});
