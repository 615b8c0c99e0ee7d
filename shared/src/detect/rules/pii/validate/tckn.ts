import { isDigits, oneRepeatedDigit } from './weighted';

/**
 * Turkish identity number (T.C. Kimlik No): eleven digits, the first not 0. The tenth is seven times the sum
 * of the odd-placed first nine minus the sum of the even-placed, modulo 10; the eleventh the sum of the first
 * ten, modulo 10. One random number in a hundred passes.
 */
export function isTckn(digits: string): boolean {
  if (!isDigits(digits, 11) || digits.charCodeAt(0) === 48 || oneRepeatedDigit(digits.slice(0, 10))) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) odd += d;
    else even += d;
  }
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  if (tenth !== digits.charCodeAt(9) - 48) return false;
  return (odd + even + tenth) % 10 === digits.charCodeAt(10) - 48;
}
