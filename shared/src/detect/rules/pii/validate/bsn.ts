import { isDigits, oneRepeatedDigit, weightedSum } from './weighted';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/**
 * Dutch BSN (burgerservicenummer, formerly sofinummer): nine digits passing the "elfproef", the weighted sum
 * 9, 8, … 2 and -1 for the last digit being a multiple of 11. One random number in 11 passes.
 */
export function isBsn(digits: string): boolean {
  if (!isDigits(digits, 9) || oneRepeatedDigit(digits)) return false;
  return weightedSum(digits, WEIGHTS) % 11 === 0;
}
