import { luhnValid } from './luhn';
import { isDigits, oneRepeatedDigit } from './weighted';

/**
 * Israeli identity number (Teudat Zehut), its digits without the dash: up to nine, the last a Luhn check digit
 * (read as if zero-padded to nine, which does not change a Luhn sum from the right).
 */
export function isIsraeliId(digits: string): boolean {
  return isDigits(digits, 5, 9) && !oneRepeatedDigit(digits) && luhnValid(digits);
}
