import { isCalendarDate } from './date';

const WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * German social insurance number (Rentenversicherungsnummer), without its spaces: a two-digit area, the birth
 * date as DDMMYY, the birth name's initial (upper case), a two-digit serial and a check digit. The letter is
 * written as its place in the alphabet (two digits); each of the twelve digits times its weight adds the sum of
 * its digits; the check is the total modulo 10.
 */
export function isSvnr(value: string): boolean {
  if (!/^\d{8}[A-Z]\d{3}$/.test(value)) return false;
  const yy = Number(value.slice(6, 8));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(2, 4));
  if (!isCalendarDate(1900 + yy, month, day) && !isCalendarDate(2000 + yy, month, day)) return false;
  const letter = String(value.charCodeAt(8) - 64).padStart(2, '0');
  const digits = value.slice(0, 8) + letter + value.slice(9, 11);
  let total = 0;
  for (let i = 0; i < 12; i++) {
    const product = (digits.charCodeAt(i) - 48) * WEIGHTS[i]!;
    total += Math.floor(product / 10) + (product % 10);
  }
  return total % 10 === value.charCodeAt(11) - 48;
}
