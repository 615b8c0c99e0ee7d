import { luhnValid } from './luhn';
import { isDigits } from './weighted';

/** The issuer prefix (80 health, 840 the US) an NPI's check digit is worked out behind, as on a health card. */
const US_HEALTH_PREFIX = '80840';

/**
 * US National Provider Identifier (NPI): ten digits, the first 1 or 2, the last a Luhn check digit over
 * `80840` and the nine before it.
 */
export function isNpi(digits: string): boolean {
  if (!isDigits(digits, 10) || (digits[0] !== '1' && digits[0] !== '2')) return false;
  return luhnValid(US_HEALTH_PREFIX + digits);
}
