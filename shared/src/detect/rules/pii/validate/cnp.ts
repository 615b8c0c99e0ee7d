import { isCalendarDate } from './date';
import { isDigits } from './weighted';

const WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
/** The century of the birth year by the first digit (sex and century): 1–2 1900s, 3–4 1800s, 5–6 2000s; 7–9 residents, read as 1900s. */
const CENTURY = [0, 1900, 1900, 1800, 1800, 2000, 2000, 1900, 1900, 1900];

/** A county code: 01–46 (41–46 Bucharest's sectors), 51–52, and 70 for numbers issued by the central registry. */
function isCounty(code: number): boolean {
  return (code >= 1 && code <= 46) || code === 51 || code === 52 || code === 70;
}

/**
 * Romanian personal numeric code (CNP): a sex-and-century digit, the birth date as YYMMDD, a county, a
 * sequence and a check digit (the weighted sum of the twelve before modulo 11, 10 written 1).
 */
export function isRomanianCnp(digits: string): boolean {
  if (!isDigits(digits, 13)) return false;
  const first = digits.charCodeAt(0) - 48;
  if (first === 0) return false;
  const year = CENTURY[first]! + Number(digits.slice(1, 3));
  if (!isCalendarDate(year, Number(digits.slice(3, 5)), Number(digits.slice(5, 7))) || !isCounty(Number(digits.slice(7, 9)))) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * WEIGHTS[i]!;
  const check = sum % 11;
  return digits.charCodeAt(12) - 48 === (check === 10 ? 1 : check);
}
