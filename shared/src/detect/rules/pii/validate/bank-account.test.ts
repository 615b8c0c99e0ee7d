import { describe, expect, it } from 'vitest';
import { isBankAccountNumber } from './bank-account';

describe('isBankAccountNumber', () => {
  it('accepts 8 to 17 digits', () => {
    for (const digits of ['40817293', '945301728846', '30045617289501237']) expect(isBankAccountNumber(digits)).toBe(true);
  });
  it('rejects repeated digits, counting runs and wrong lengths', () => {
    for (const digits of ['00000000', '12345678', '1234567890123', '98765432', '8901234567', '4081729', '300456172895012378', '4081729a']) {
      expect(isBankAccountNumber(digits)).toBe(false);
    }
  });
});
