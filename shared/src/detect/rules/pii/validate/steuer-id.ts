import { hasMod11Check10 } from './iso7064';
import { isDigits } from './weighted';

/**
 * German Steuer-ID (steuerliche Identifikationsnummer): eleven digits, the first not 0. In the first ten one
 * digit appears twice or three times and every other at most once; the last is an ISO 7064 MOD 11,10 check
 * digit.
 */
export function isSteuerId(digits: string): boolean {
  if (!isDigits(digits, 11) || digits.charCodeAt(0) === 48) return false;
  const counts = new Uint8Array(10);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]!++;
  let repeated = 0;
  for (const count of counts) {
    if (count > 3) return false;
    if (count > 1) repeated++;
  }
  if (repeated !== 1) return false;
  return hasMod11Check10(digits);
}
