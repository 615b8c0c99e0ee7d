import { isCalendarDate } from './date';
import { isDigits } from './weighted';

/**
 * Czech or Slovak birth number (rodné číslo), its digits without the slash: YYMMDD, the month plus 50 for women
 * (plus 20 or 70 when a day's numbers ran out, from 2004), then three digits (births before 1954) or four, the
 * ten-digit number a multiple of 11 (or its first nine leaving 10, with a last digit of 0).
 */
export function isRodneCislo(digits: string): boolean {
  if (!isDigits(digits, 9, 10)) return false;
  const yy = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  if (month > 70) month -= 70;
  else if (month > 50) month -= 50;
  else if (month > 20) month -= 20;
  const day = Number(digits.slice(4, 6));
  if (digits.length === 9) return yy < 54 && isCalendarDate(1900 + yy, month, day);
  const year = yy < 54 ? 2000 + yy : 1900 + yy;
  if (!isCalendarDate(year, month, day)) return false;
  const remainder = Number(digits.slice(0, 9)) % 11;
  return digits.charCodeAt(9) - 48 === (remainder === 10 ? 0 : remainder);
}
