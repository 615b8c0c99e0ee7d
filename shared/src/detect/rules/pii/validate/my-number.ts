import { isDigits, oneRepeatedDigit } from './weighted';

/**
 * Japanese Individual Number (My Number, 個人番号): twelve digits, the last a check. The eleven before it, read
 * from the right, weigh 2 to 7 and then 2 to 6; the check is 11 minus the sum modulo 11, or 0 when that
 * remainder is 0 or 1. One random number in ten passes.
 */
export function isMyNumber(digits: string): boolean {
  if (!isDigits(digits, 12) || oneRepeatedDigit(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const remainder = sum % 11;
  return digits.charCodeAt(11) - 48 === (remainder <= 1 ? 0 : 11 - remainder);
}
