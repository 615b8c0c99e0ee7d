import { describe, expect, it } from 'vitest';
import { isThaiNationalId } from './tnin';

describe('isThaiNationalId', () => {
  it('accepts a category digit 1 to 8 and a check digit that holds', () => {
    for (const digits of ['3716200537052', '5383456601032', '1635737480901', '8711294199349']) expect(isThaiNationalId(digits)).toBe(true);
  });
  it('rejects a changed check digit, category 0 or 9 and wrong lengths', () => {
    for (const digits of ['3716200537053', '0716200537052', '9716200537052', '371620053705', '37162005370520']) expect(isThaiNationalId(digits)).toBe(false);
  });
});
