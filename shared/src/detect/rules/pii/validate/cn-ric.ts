import { isCalendarDate } from './date';
import { isDigits } from './weighted';

/** 2^(17 - i) mod 11: ISO 7064 MOD 11-2's weight for each of the 17 digits before the check. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECKS = '10X98765432';

/** The first two digits: a province-level division (11 Beijing … 65 Xinjiang, 71 Taiwan, 81–83 Hong Kong, Macau, Taiwan residents' permits, 91 abroad). */
function isProvince(code: number): boolean {
  return (
    (code >= 11 && code <= 15) ||
    (code >= 21 && code <= 23) ||
    (code >= 31 && code <= 37) ||
    (code >= 41 && code <= 46) ||
    (code >= 50 && code <= 54) ||
    (code >= 61 && code <= 65) ||
    code === 71 ||
    (code >= 81 && code <= 83) ||
    code === 91
  );
}

/**
 * Chinese Resident Identity Card number (GB 11643-1999), upper-case `X` as given: a six-digit place code whose
 * first two name a province, the birth date as YYYYMMDD (1900–2099, a real day), a three-digit sequence and
 * a check digit or `X` (ISO 7064 MOD 11-2). One random 18-digit number in some forty thousand passes.
 */
export function isChineseResidentId(value: string): boolean {
  if (value.length !== 18 || !isDigits(value.slice(0, 17), 17)) return false;
  if (!isProvince(Number(value.slice(0, 2)))) return false;
  const year = Number(value.slice(6, 10));
  if (year < 1900 || year > 2099 || !isCalendarDate(year, Number(value.slice(10, 12)), Number(value.slice(12, 14)))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (value.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return value[17] === CHECKS[sum % 11];
}
