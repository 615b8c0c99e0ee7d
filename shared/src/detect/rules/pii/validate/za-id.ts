import { isCalendarDate } from './date';
import { luhnValid } from './luhn';
import { isDigits } from './weighted';

/**
 * South African identity number: thirteen digits, the holder's birth date (YYMMDD, a real day in the 1900s or
 * 2000s), four sequence digits, citizenship (0 citizen, 1 permanent resident, 2 refugee), one more digit, and a
 * Luhn check digit over all thirteen.
 */
export function isZaIdNumber(digits: string): boolean {
  if (!isDigits(digits, 13)) return false;
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (!isCalendarDate(1900 + yy, month, day) && !isCalendarDate(2000 + yy, month, day)) return false;
  const citizenship = digits.charCodeAt(10) - 48;
  return citizenship >= 0 && citizenship <= 2 && luhnValid(digits);
}
