import { describe, expect, it } from 'vitest';
import { isSpanishNif } from './nif';

describe('isSpanishNif', () => {
  it('accepts DNI and NIE numbers with their mod 23 letter', () => {
    for (const value of ['12345678Z', '00000001R', 'X1234567L', 'Y1234567X', 'Z1234567R']) expect(isSpanishNif(value)).toBe(true);
  });
  it('rejects a wrong letter, zero, lower case and other shapes', () => {
    for (const value of ['12345678A', '00000000T', '12345678z', '1234567Z', 'W1234567L', 'X12345678L']) expect(isSpanishNif(value)).toBe(false);
  });
});
