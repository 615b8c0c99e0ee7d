import { describe, expect, it } from 'vitest';
import { isCpr } from './cpr';

describe('isCpr', () => {
  it('accepts a birth date as DDMMYY and four digits, in either century', () => {
    for (const digits of ['0707614285', '2110625629', '2902001234']) expect(isCpr(digits)).toBe(true);
  });
  it('rejects a day or month that does not exist and wrong lengths', () => {
    for (const digits of ['3207614285', '0713614285', '070761428']) expect(isCpr(digits)).toBe(false);
  });
});
