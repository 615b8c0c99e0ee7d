import { verhoeffValid } from './verhoeff';
import { oneRepeatedDigit } from './weighted';

/** Aadhaar number: twelve digits, never starting with 0 or 1, the last a Verhoeff check digit. */
export function isAadhaar(digits: string): boolean {
  if (!/^[2-9]\d{11}$/.test(digits) || oneRepeatedDigit(digits)) return false;
  return verhoeffValid(digits);
}
