import { isDigits, oneRepeatedDigit, weightedSum } from './weighted';

const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** Polish tax identification number (NIP): ten digits, the last the weighted sum of the nine before mod 11. */
export function isNip(digits: string): boolean {
  if (!isDigits(digits, 10) || oneRepeatedDigit(digits)) return false;
  // A sum of 10 mod 11 has no check digit: such numbers are never issued.
  return weightedSum(digits, WEIGHTS) % 11 === digits.charCodeAt(9) - 48;
}
