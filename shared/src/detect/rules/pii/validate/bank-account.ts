import { countsUpOrDown, isDigits, oneRepeatedDigit } from './weighted';

/**
 * A bank account number as US banks (and many others) print it: 8 to 17 digits, no check digit anyone
 * outside the bank can verify. Not one digit repeated, nor a run counting up or down (`12345678`): the
 * placeholders forms and docs show.
 */
export function isBankAccountNumber(digits: string): boolean {
  return isDigits(digits, 8, 17) && !oneRepeatedDigit(digits) && !countsUpOrDown(digits);
}
