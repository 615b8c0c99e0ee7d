import { luhnValid } from './luhn';
import { isDigits, oneRepeatedDigit } from './weighted';

/**
 * Italian VAT number (partita IVA): eleven digits, the first seven the holder's, the next three the office
 * that issued it (001 to 100, or 120, 121, 888, 999), the last a Luhn check over them. A sole trader's is tied
 * to a person.
 */
export function isPartitaIva(digits: string): boolean {
  if (!isDigits(digits, 11) || oneRepeatedDigit(digits.slice(0, 7))) return false;
  const office = Number(digits.slice(7, 10));
  if (!((office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999)) return false;
  return luhnValid(digits);
}
