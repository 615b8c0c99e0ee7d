/** Each area letter's two-digit code, A … Z (I, O, W, X, Y, Z were added later and sit out of order). */
const LETTER_CODES = [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33];
const DIGIT_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1, 1];

/**
 * Taiwan national identification number, upper case: an area letter, a sex digit (1 or 2; 8 or 9 on a resident
 * certificate since 2021) and eight digits, the last a check. The letter's code gives two digits weighing 1 and
 * 9, the nine digits 8 down to 1 and then 1; the sum is a multiple of 10.
 */
export function isTaiwanId(value: string): boolean {
  if (value.length !== 10) return false;
  const letter = value.charCodeAt(0) - 65;
  if (letter < 0 || letter > 25) return false;
  const sex = value[1]!;
  if (sex !== '1' && sex !== '2' && sex !== '8' && sex !== '9') return false;
  const code = LETTER_CODES[letter]!;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 9; i++) {
    const d = value.charCodeAt(i + 1) - 48;
    if (!(d >= 0 && d <= 9)) return false;
    sum += d * DIGIT_WEIGHTS[i]!;
  }
  return sum % 10 === 0;
}
