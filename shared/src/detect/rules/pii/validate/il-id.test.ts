import { describe, expect, it } from 'vitest';
import { isIsraeliId } from './il-id';

describe('isIsraeliId', () => {
  it('accepts numbers whose last digit is their Luhn check, with or without the leading zero', () => {
    for (const digits of ['039337423', '39337423', '123456782']) expect(isIsraeliId(digits)).toBe(true);
  });
  it('rejects a wrong check, one repeated digit and wrong lengths', () => {
    for (const digits of ['039337422', '000000000', '1234567890']) expect(isIsraeliId(digits)).toBe(false);
  });
});
