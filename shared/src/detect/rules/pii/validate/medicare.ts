import { isDigits, weightedSum } from './weighted';

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

/**
 * Australian Medicare card number: ten digits (eleven with the person's position on the card), the first 2 to
 * 6; the first eight weighted 1, 3, 7, 9, 1, 3, 7, 9, whose sum mod 10 is the ninth digit; the tenth is the
 * card's issue number and the eleventh the person's, neither of them 0.
 */
export function isMedicare(digits: string): boolean {
  if (!isDigits(digits, 10, 11)) return false;
  const first = digits.charCodeAt(0) - 48;
  if (first < 2 || first > 6 || digits[9] === '0' || (digits.length === 11 && digits[10] === '0')) return false;
  return weightedSum(digits, WEIGHTS) % 10 === digits.charCodeAt(8) - 48;
}
