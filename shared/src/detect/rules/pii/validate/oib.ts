import { hasMod11Check10 } from './iso7064';
import { isDigits, oneRepeatedDigit } from './weighted';

/** Croatian personal identification number (OIB): eleven digits, the last an ISO 7064 MOD 11,10 check. */
export function isOib(digits: string): boolean {
  return isDigits(digits, 11) && !oneRepeatedDigit(digits) && hasMod11Check10(digits);
}
