/**
 * IRS Individual Taxpayer Identification Number: nine digits starting with 9, the middle two (the group) in
 * 50–65, 70–88, 90–92 or 94–99. The rest of the 9xx space is not issued as ITINs.
 */
export function isUsItin(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const group = Number(digits.slice(3, 5));
  const issued = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
  // A serial of 0000 is never issued, as for SSNs.
  return issued && digits.slice(5) !== '0000';
}
