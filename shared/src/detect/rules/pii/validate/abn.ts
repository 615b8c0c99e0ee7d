const WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

/**
 * Australian Business Number: eleven digits; subtract 1 from the first, weight them 10, 1, 3, 5... 19, and
 * the sum is a multiple of 89.
 */
export function isAbn(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48 - (i === 0 ? 1 : 0)) * WEIGHTS[i]!;
  return sum % 89 === 0;
}
