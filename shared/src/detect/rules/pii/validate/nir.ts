import { isDigits } from './weighted';

/**
 * French NIR (numéro de sécurité sociale, "numéro INSEE"): fifteen digits. Sex (1 or 2, 3, 4, 7 or 8 for
 * provisional and foreign-born numbers), year, month of birth (01–12, or 20 and 30–42 or 50 and up where it is
 * unknown), place and order, then a key: 97 minus the first thirteen modulo 97. Corsica's departments `2A` and
 * `2B` hold letters and are left out of an all-digit reader.
 */
export function isNir(digits: string): boolean {
  if (!isDigits(digits, 15)) return false;
  const sex = digits.charCodeAt(0) - 48;
  if (sex !== 1 && sex !== 2 && sex !== 3 && sex !== 4 && sex !== 7 && sex !== 8) return false;
  const month = Number(digits.slice(3, 5));
  if (!((month >= 1 && month <= 12) || month === 20 || (month >= 30 && month <= 42) || month >= 50)) return false;
  // Thirteen digits stay below 2^53: exact in a double.
  const key = 97 - (Number(digits.slice(0, 13)) % 97);
  return key === Number(digits.slice(13));
}
