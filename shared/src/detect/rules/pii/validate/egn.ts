import { isCalendarDate } from './date';
import { isDigits } from './weighted';

const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6];

/**
 * Bulgarian unified civil number (EGN): the birth date as YYMMDD (the month plus 20 for 1800s births, plus 40
 * for 2000s), three digits of region and sex, and a check digit (the weighted sum modulo 11, 10 written 0).
 */
export function isEgn(digits: string): boolean {
  if (!isDigits(digits, 10)) return false;
  let month = Number(digits.slice(2, 4));
  let century = 1900;
  if (month > 40) {
    month -= 40;
    century = 2000;
  } else if (month > 20) {
    month -= 20;
    century = 1800;
  }
  if (!isCalendarDate(century + Number(digits.slice(0, 2)), month, Number(digits.slice(4, 6)))) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * WEIGHTS[i]!;
  const check = (sum % 11) % 10;
  return check === digits.charCodeAt(9) - 48;
}
