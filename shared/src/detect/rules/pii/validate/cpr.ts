import { isCalendarDate } from './date';
import { isDigits } from './weighted';

/**
 * Danish CPR number, without its dash: the birth date as DDMMYY and four digits. The modulo-11 check was
 * dropped in 2007 when numbers ran out for some days, so only the date is checked, in either century.
 */
export function isCpr(digits: string): boolean {
  if (!isDigits(digits, 10)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  return isCalendarDate(1900 + yy, month, day) || isCalendarDate(2000 + yy, month, day);
}
