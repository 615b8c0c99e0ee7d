import { weightedSum } from './weighted';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2];

/**
 * Singapore NRIC (S, T) or FIN (F, G, M), upper case: a prefix letter, seven digits, a check letter from the
 * weighted sum (2, 7, 6, 5, 4, 3, 2) plus 4 for T and G, modulo 11, read from the prefix's table. The M
 * series (from 2022) adds 3 and reads its table from the other end.
 */
export function isSingaporeNric(value: string): boolean {
  if (!/^[STFGM]\d{7}[A-Z]$/.test(value)) return false;
  const prefix = value[0]!;
  const sum = weightedSum(value.slice(1, 8), WEIGHTS);
  let expected: string;
  if (prefix === 'M') {
    expected = 'KLJNPQRTUWX'[10 - ((sum + 3) % 11)]!;
  } else {
    const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
    expected = table[(sum + (prefix === 'T' || prefix === 'G' ? 4 : 0)) % 11]!;
  }
  return value[8] === expected;
}
