import { describe, expect, it } from 'vitest';
import { isUsItin } from './itin';

describe('isUsItin', () => {
  it('accepts 9xx numbers in the issued group ranges', () => {
    for (const digits of ['912501234', '912651234', '912701234', '912881234', '912901234', '912921234', '912941234', '912991234']) {
      expect(isUsItin(digits)).toBe(true);
    }
  });
  it('rejects groups outside the ranges, other areas, serial 0000 and wrong lengths', () => {
    for (const digits of ['912491234', '912661234', '912691234', '912891234', '912931234', '812701234', '912700000', '91270123', '9127012345']) {
      expect(isUsItin(digits)).toBe(false);
    }
  });
});
