import { isDigits, oneRepeatedDigit, weightedSum } from './weighted';

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * NHS number (England, Wales, Isle of Man): ten digits, the last a modulus 11 check over the first nine
 * weighted 10 down to 2; a remainder giving check 10 is never issued.
 */
export function isNhsNumber(digits: string): boolean {
  if (!isDigits(digits, 10) || oneRepeatedDigit(digits)) return false;
  const check = (11 - (weightedSum(digits, WEIGHTS) % 11)) % 11;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}
