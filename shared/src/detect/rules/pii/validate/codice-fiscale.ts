import { isCalendarDate } from './date';

/** Values of the characters in odd positions (1st, 3rd... 15th) for the check character, digits and letters alike. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const MONTHS = 'ABCDEHLMPRST';
/** Letters that stand for the digits 0–9 where homonyms would collide (omocodia). */
const OMOCODE = 'LMNPQRSTUV';
/** Positions (0-based) that hold digits, or their omocode letters. */
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];

function digitAt(value: string, i: number): number {
  const c = value[i]!;
  const omocode = OMOCODE.indexOf(c);
  return omocode !== -1 ? omocode : c.charCodeAt(0) - 48;
}

/**
 * Italian fiscal code of a person (codice fiscale), sixteen upper-case characters: three letters of the
 * surname, three of the name, two digits of the birth year, a month letter, the birth day (plus 40 for
 * women), a place code (a letter and three digits), and a check letter. Digits may be replaced by the
 * letters L–V (omocodia).
 */
export function isItalianFiscalCode(value: string): boolean {
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(value)) return false;
  if (!DIGIT_POSITIONS.every((i) => digitAt(value, i) <= 9)) return false;
  let day = digitAt(value, 9) * 10 + digitAt(value, 10);
  if (day > 40) day -= 40;
  // The year's century is not written; 2000 is a leap year, so any 29 February passes.
  if (!isCalendarDate(2000, MONTHS.indexOf(value[8]!) + 1, day)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = value.charCodeAt(i);
    const index = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? ODD[index]! : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === value[15];
}
