import { luhnValid } from './luhn';

/**
 * Canadian Social Insurance Number: nine digits, Luhn-valid. A first digit of 0 is never issued and 8 is
 * used for business numbers, not people.
 */
export function isCanadianSin(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits[0] === '0' || digits[0] === '8') return false;
  return luhnValid(digits);
}
