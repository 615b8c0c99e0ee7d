/**
 * ABA routing transit number: nine digits whose weighted sum (weights 3, 7, 1 repeating) is a multiple of
 * 10, with a first two digits the Federal Reserve assigns: 00–12 (banks), 21–32 (thrifts), 61–72
 * (electronic), 80 (traveller's cheques).
 */
export function isAbaRoutingNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const head = Number(digits.slice(0, 2));
  if (!(head <= 12 || (head >= 21 && head <= 32) || (head >= 61 && head <= 72) || head === 80)) return false;
  if (digits === '000000000') return false;
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * weights[i % 3]!;
  return sum % 10 === 0;
}
