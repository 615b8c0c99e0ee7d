import { isCalendarDate } from './date';

/** Each character's value in the check: digits, then the Spanish alphabet with Ñ after N. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
/** The federal entity of birth, and NE for born abroad. */
const STATES = new Set('AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE'.split(' '));

function isUpperOrÑ(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || c === 'Ñ';
}

function isConsonant(c: string): boolean {
  return isUpperOrÑ(c) && !'AEIOU'.includes(c);
}

function isDigitChar(c: string): boolean {
  return c >= '0' && c <= '9';
}

/**
 * Mexican CURP, upper case: four letters of the names (the second a vowel or X), the birth date as YYMMDD, the
 * sex (H, M, or X since 2023), the state of birth, three consonants of the names, a character that tells
 * apart namesakes (a digit for births before 2000, a letter after) and a check digit: ten minus the sum of
 * each of the 17 characters' value times (18 - position), modulo 10.
 */
export function isCurp(value: string): boolean {
  if (value.length !== 18) return false;
  for (let i = 0; i < 4; i++) if (!isUpperOrÑ(value[i]!)) return false;
  if (!'AEIOUX'.includes(value[1]!)) return false;
  for (let i = 4; i < 10; i++) if (!isDigitChar(value[i]!)) return false;
  const yy = Number(value.slice(4, 6));
  const differentiator = value[16]!;
  // The differentiator says the century: a digit before 2000, a letter from 2000 on.
  const year = isDigitChar(differentiator) ? 1900 + yy : 2000 + yy;
  if (!isCalendarDate(year, Number(value.slice(6, 8)), Number(value.slice(8, 10)))) return false;
  if (!'HMX'.includes(value[10]!) || !STATES.has(value.slice(11, 13))) return false;
  for (let i = 13; i < 16; i++) if (!isConsonant(value[i]!)) return false;
  if (!isDigitChar(differentiator) && !isUpperOrÑ(differentiator)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(value[i]!) * (18 - i);
  return value.charCodeAt(17) - 48 === (10 - (sum % 10)) % 10;
}
