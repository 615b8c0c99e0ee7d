import { isDigits } from './weighted';

/**
 * Swiss social security number (AHV/AVS): thirteen digits, `756` (Switzerland's country code) first, the last an
 * EAN-13 check: the digits weigh 1 and 3 in turn from the left, and the check makes the sum a multiple of 10.
 */
export function isSwissAhv(digits: string): boolean {
  if (!isDigits(digits, 13) || !digits.startsWith('756')) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return digits.charCodeAt(12) - 48 === (10 - (sum % 10)) % 10;
}
