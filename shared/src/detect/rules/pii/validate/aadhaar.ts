import { verhoeffValid } from './verhoeff';
import { isDigits, oneRepeatedDigit } from './weighted';

/**
 * Aadhaar number: twelve digits, the last a Verhoeff check digit. UIDAI never starts one with 0 or 1; the
 * rule needs an Aadhaar label anyway, and a labelled number that passes the check is treated as one.
 */
export function isAadhaar(digits: string): boolean {
  return isDigits(digits, 12) && !oneRepeatedDigit(digits) && verhoeffValid(digits);
}
