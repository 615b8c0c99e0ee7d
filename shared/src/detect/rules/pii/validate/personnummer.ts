import { isCalendarDate } from './date';
import { luhnValid } from './luhn';
import { isDigits } from './weighted';

/**
 * Swedish personnummer as ten digits `YYMMDDNNNC` (the century dropped): a birth date (the day plus 60 in a
 * samordningsnummer, for people not registered in Sweden), three serial digits, and a Luhn check digit over
 * all ten. `century` is the two century digits when the number was written with twelve, else undefined
 * (then any century fits the date).
 */
export function isPersonnummer(digits: string, century?: number): boolean {
  if (!isDigits(digits, 10) || digits.slice(6, 9) === '000') return false;
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  let day = Number(digits.slice(4, 6));
  if (day > 60) day -= 60;
  const centuries = century === undefined ? [19, 20] : [century];
  if (!centuries.some((c) => isCalendarDate(c * 100 + yy, month, day))) return false;
  return luhnValid(digits);
}
