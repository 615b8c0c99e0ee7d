/** A letter's value: A is 10 … Z is 35; the blank before a one-letter prefix counts 36. */
function letterValue(c: number): number {
  return c - 65 + 10;
}

/**
 * Hong Kong identity card number, upper case, without its brackets: one or two letters, six digits and a
 * check digit or `A`. The letters weigh 9 and 8 (a one-letter prefix has a blank worth 36 before it), the
 * digits 7 down to 2; the check makes the sum a multiple of 11, with `A` for 10.
 */
export function isHkid(value: string): boolean {
  const letters = value.length - 7;
  if (letters !== 1 && letters !== 2) return false;
  let sum = letters === 1 ? 36 * 9 : 0;
  for (let i = 0; i < letters; i++) {
    const c = value.charCodeAt(i);
    if (c < 65 || c > 90) return false;
    sum += letterValue(c) * (letters === 1 ? 8 : 9 - i);
  }
  for (let i = 0; i < 6; i++) {
    const d = value.charCodeAt(letters + i) - 48;
    if (!(d >= 0 && d <= 9)) return false;
    sum += d * (7 - i);
  }
  const last = value[value.length - 1]!;
  const check = last === 'A' ? 10 : last >= '0' && last <= '9' ? Number(last) : -1;
  return check >= 0 && (sum + check) % 11 === 0;
}
