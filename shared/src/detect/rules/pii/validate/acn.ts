import { isDigits, oneRepeatedDigit, weightedSum } from './weighted';

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1];

/**
 * Australian Company Number: nine digits; the first eight weighted 8 down to 1, and the ninth is what brings
 * the sum up to the next multiple of 10 (ASIC's published check). A company's ABN holds its ACN after two digits.
 */
export function isAcn(digits: string): boolean {
  if (!isDigits(digits, 9) || oneRepeatedDigit(digits)) return false;
  return (10 - (weightedSum(digits, WEIGHTS) % 10)) % 10 === digits.charCodeAt(8) - 48;
}
