import { isCalendarDate } from './date';
import { isDigits, weightedSum } from './weighted';

const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Eleven minus the sum modulo 11, 11 written 0; -1 for 10, which no number is given. */
function checkDigit(sum: number): number {
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check === 10 ? -1 : check;
}

/**
 * Norwegian national identity number (fødselsnummer): the birth date as DDMMYY (a D-number adds 4 to the day's
 * first digit, an H-number 4 to the month's), three digits of sequence and two check digits modulo 11. The
 * century is not checked: the date must exist in some year ending so (29 February in a leap one).
 */
export function isFodselsnummer(digits: string): boolean {
  if (!isDigits(digits, 11)) return false;
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  const yy = Number(digits.slice(4, 6));
  if (!isCalendarDate(2000 + yy, month, day) && !isCalendarDate(1900 + yy, month, day)) return false;
  const first = checkDigit(weightedSum(digits, FIRST_WEIGHTS));
  if (first !== digits.charCodeAt(9) - 48) return false;
  return checkDigit(weightedSum(digits, SECOND_WEIGHTS)) === digits.charCodeAt(10) - 48;
}
