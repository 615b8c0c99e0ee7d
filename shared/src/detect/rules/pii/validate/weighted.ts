/** Σ digit × weight over `digits` (ASCII digits) and `weights` position by position; -1 on a non-digit. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    sum += d * weights[i]!;
  }
  return sum;
}

/** One digit repeated (`000000000`, `1111111111`): what a placeholder looks like, never an issued number. */
export function oneRepeatedDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits[i] !== digits[0]) return false;
  return true;
}

/** Digits counting up or down one by one, round past 9 (`12345678`, `8901234567`, `98765432`): a placeholder. */
export function countsUpOrDown(digits: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const step = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (step !== 1 && step !== -9) up = false;
    if (step !== -1 && step !== 9) down = false;
  }
  return up || down;
}

/**
 * `digits` is `min` to `max` ASCII digits. By hand rather than a regex test: numbers of a text dense with
 * them (a table of people) are validated by the thousand, where the test cost as much as the checksum.
 */
export function isDigits(digits: string, min: number, max = min): boolean {
  if (digits.length < min || digits.length > max) return false;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}
