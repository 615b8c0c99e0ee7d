import { isDigits, oneRepeatedDigit } from './weighted';

/** One of the CPF's two mod 11 check digits over the `length` digits before it (weights length+1 down to 2). */
function checkDigit(digits: string, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (digits.charCodeAt(i) - 48) * (length + 1 - i);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

/**
 * Brazil's CPF (Cadastro de Pessoas Físicas): nine digits and two mod 11 check digits, the second over the first
 * too. One digit repeated (`111.111.111-11`) passes the checks but is never issued.
 */
export function isCpf(digits: string): boolean {
  if (!isDigits(digits, 11) || oneRepeatedDigit(digits)) return false;
  return checkDigit(digits, 9) === digits.charCodeAt(9) - 48 && checkDigit(digits, 10) === digits.charCodeAt(10) - 48;
}
