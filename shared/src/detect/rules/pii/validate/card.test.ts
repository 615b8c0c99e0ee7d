import { describe, expect, it } from 'vitest';
import { cardIssuer, isCardNumber } from './card';

describe('cardIssuer', () => {
  it('knows issuer prefixes and their lengths', () => {
    expect(cardIssuer('4950099611931720')).toBe('visa');
    expect(cardIssuer('5531911662190870')).toBe('mastercard');
    expect(cardIssuer('2223067846818520')).toBe('mastercard');
    expect(cardIssuer('345620339727983')).toBe('amex');
    expect(cardIssuer('6011020542333556')).toBe('discover');
    expect(cardIssuer('3530023396015674')).toBe('jcb');
    expect(cardIssuer('36222422515575')).toBe('diners');
    expect(cardIssuer('6206915480020779588')).toBe('unionpay');
  });
  it('rejects unknown prefixes and wrong lengths', () => {
    expect(cardIssuer('1705312345678901')).toBeUndefined();
    expect(cardIssuer('3456203397279830')).toBeUndefined(); // Amex is 15 digits
    expect(cardIssuer('553191166219087')).toBeUndefined(); // Mastercard is 16
    expect(cardIssuer('3597599516808494')).toBeUndefined(); // above the JCB range
  });
});

describe('isCardNumber', () => {
  it('needs issuer, length and Luhn', () => {
    expect(isCardNumber('4540367789525880')).toBe(true);
    expect(isCardNumber('4540367789525881')).toBe(false);
    expect(isCardNumber('454036778952')).toBe(false);
  });
  it('rejects one repeated digit', () => {
    expect(isCardNumber('0000000000000000')).toBe(false);
    expect(isCardNumber('4444444444444444')).toBe(false);
  });
});
