import { isDigits, weightedSum } from './weighted';

const WEIGHTS = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * Thai national identification number: thirteen digits, the first (the holder's category) 1 to 8, the last
 * 11 less the first twelve's sum weighted 13 down to 2, mod 11, mod 10.
 */
export function isThaiNationalId(digits: string): boolean {
  if (!isDigits(digits, 13)) return false;
  const first = digits.charCodeAt(0) - 48;
  if (first < 1 || first > 8) return false;
  return (11 - (weightedSum(digits, WEIGHTS) % 11)) % 10 === digits.charCodeAt(12) - 48;
}
