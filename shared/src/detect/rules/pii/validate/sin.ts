import { luhnValid } from './luhn';
import { isDigits, oneRepeatedDigit } from './weighted';

/**
 * Canadian Social Insurance Number: nine digits, Luhn-valid. The first digit tells the province (9 for
 * temporary residents); 0 and 8 are not issued to people, but the rule needs a SIN label anyway, and a number
 * so labelled that passes the check is treated as one (046 454 286, the well-known sample, included).
 */
export function isCanadianSin(digits: string): boolean {
  return isDigits(digits, 9) && !oneRepeatedDigit(digits) && luhnValid(digits);
}
