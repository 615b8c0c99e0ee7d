import { isCalendarDate } from './date';

/** Each character's value in the check: digits, the Spanish alphabet with `&` after N, a space for padding, Ñ. */
const ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
/** The check covers twelve characters: a company's eleven are padded with a space in front. */
const CHECKED_LENGTH = 12;

/**
 * Mexican RFC layout, upper case: four letters of a person's names (`GODE561231GR8`) or three of a company's
 * (`MAB9307148T4`), `Ñ` and `&` among them, then the birth or incorporation date as YYMMDD and a three-character
 * homoclave. The check is not tested: a few percent of numbers in use fail it.
 */
export function isRfcLayout(value: string): boolean {
  const letters = value.length - 9;
  if ((letters !== 3 && letters !== 4) || !/^[A-ZÑ&]+$/.test(value.slice(0, letters)) || !/^\d{6}[0-9A-Z]{3}$/.test(value.slice(letters))) return false;
  // The century is not in the number: read as 20YY, so 29 February of 00 stands.
  return isCalendarDate(2000 + Number(value.slice(letters, letters + 2)), Number(value.slice(letters + 2, letters + 4)), Number(value.slice(letters + 4, letters + 6)));
}

/**
 * The check digit of an RFC without it (11 or 12 characters): each character's value times its weight (13 down
 * to 2, over the padded twelve), and the digit (or `A` for 10) that brings the sum to a multiple of 11.
 */
export function rfcCheckDigit(withoutCheck: string): string {
  const padded = withoutCheck.padStart(CHECKED_LENGTH, ' ');
  let sum = 0;
  for (let i = 0; i < CHECKED_LENGTH; i++) sum += ALPHABET.indexOf(padded[i]!) * (13 - i);
  return ALPHABET[(11 - (sum % 11)) % 11]!;
}

/** For a value already in the layout: a homoclave from its own alphabet, and a check digit that matches. */
export function rfcCheckHolds(value: string): boolean {
  return /^[1-9A-V][1-9A-Z][0-9A]$/.test(value.slice(-3)) && rfcCheckDigit(value.slice(0, -1)) === value[value.length - 1];
}

/** An RFC as issued: the layout, a homoclave from its own alphabet, and a check digit that matches. */
export function isRfc(value: string): boolean {
  return isRfcLayout(value) && rfcCheckHolds(value);
}
