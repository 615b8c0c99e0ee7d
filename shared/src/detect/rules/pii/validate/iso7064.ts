/**
 * The last of `digits` (ASCII digits) is the ISO 7064 MOD 11,10 check of those before it, as the German
 * Steuer-ID and the Croatian OIB use it.
 */
export function hasMod11Check10(digits: string): boolean {
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === digits.charCodeAt(digits.length - 1) - 48;
}
