import { isDigits, oneRepeatedDigit } from './weighted';

/**
 * Chilean RUT/RUN, the body's digits and its check character (`0`–`9` or `K`, upper case) apart: the body's
 * digits from the right weighted 2, 3, 4, 5, 6, 7, 2, 3 …; eleven minus the sum modulo 11 is the check, 11
 * written 0 and 10 written K. Bodies run from one million (7 digits) to under a hundred million.
 */
export function isRut(body: string, check: string): boolean {
  if (!isDigits(body, 7, 8) || body.charCodeAt(0) === 48 || oneRepeatedDigit(body)) return false;
  let sum = 0;
  let weight = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - 48) * weight;
    weight = weight === 7 ? 2 : weight + 1;
  }
  const expected = 11 - (sum % 11);
  return check === (expected === 11 ? '0' : expected === 10 ? 'K' : String(expected));
}
