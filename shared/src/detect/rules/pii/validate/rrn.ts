import { isCalendarDate } from './date';
import { isDigits, weightedSum } from './weighted';

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
/** The seventh digit gives sex and century: 1, 2, 5, 6 born in the 1900s, 3, 4, 7, 8 in the 2000s. */
const CENTURY: Readonly<Record<string, number>> = { '1': 1900, '2': 1900, '5': 1900, '6': 1900, '3': 2000, '4': 2000, '7': 2000, '8': 2000 };

/**
 * South Korean resident registration number, thirteen digits `YYMMDD` + `SNNNNNN`: a birth date and a sex and
 * century digit. Numbers issued before October 2020 end in a check digit (11 − weighted sum mod 11, mod 10);
 * since then the last six digits are random, so the check digit cannot tell a number from a look-alike and is
 * not asked for: the date and the sex digit are (`checkDigitHolds` reads it where a caller wants it).
 */
export function isKoreanRrn(digits: string): boolean {
  if (!isDigits(digits, 13)) return false;
  const century = CENTURY[digits[6]!];
  if (century === undefined) return false;
  return isCalendarDate(century + Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6)));
}

/** Whether an RRN's last digit is the check digit of the twelve before it (numbers issued before October 2020). */
export function checkDigitHolds(digits: string): boolean {
  return (11 - (weightedSum(digits, WEIGHTS) % 11)) % 10 === digits.charCodeAt(12) - 48;
}
