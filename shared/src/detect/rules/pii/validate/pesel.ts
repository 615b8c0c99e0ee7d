import { isCalendarDate } from './date';
import { isDigits, weightedSum } from './weighted';

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/**
 * Polish PESEL: eleven digits, `YYMMDD` of birth (the month plus 20 for births from 2000), four serial
 * digits, a check digit making the weighted sum (1, 3, 7, 9...) with it a multiple of 10. Month offsets for
 * the 19th, 22nd and 23rd centuries are left out: nobody alive has them.
 */
export function isPesel(digits: string): boolean {
  if (!isDigits(digits, 11)) return false;
  const yy = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  let year = 1900 + yy;
  if (month > 20) {
    month -= 20;
    year += 100;
  }
  if (!isCalendarDate(year, month, day)) return false;
  const check = (10 - (weightedSum(digits, WEIGHTS) % 10)) % 10;
  return check === digits.charCodeAt(10) - 48;
}
