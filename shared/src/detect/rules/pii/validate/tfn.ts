import { isDigits, oneRepeatedDigit, weightedSum } from './weighted';

const WEIGHTS_9 = [1, 4, 3, 7, 5, 8, 6, 9, 10];
const WEIGHTS_8 = [10, 7, 8, 4, 6, 3, 5, 1];

/** Australian Tax File Number: eight (older) or nine digits whose weighted sum is a multiple of 11. */
export function isTfn(digits: string): boolean {
  if (!isDigits(digits, 8, 9) || oneRepeatedDigit(digits)) return false;
  return weightedSum(digits, digits.length === 9 ? WEIGHTS_9 : WEIGHTS_8) % 11 === 0;
}
