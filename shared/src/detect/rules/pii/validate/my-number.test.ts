import { describe, expect, it } from 'vitest';
import { isMyNumber } from './my-number';

describe('isMyNumber', () => {
  it('accepts twelve digits whose last is the check of the eleven before', () => {
    for (const digits of ['621498320257', '456701238900', '314159265352']) expect(isMyNumber(digits)).toBe(true);
  });
  it('rejects a wrong check, one repeated digit and wrong lengths', () => {
    for (const digits of ['621498320258', '000000000000', '62149832025']) expect(isMyNumber(digits)).toBe(false);
  });
});
