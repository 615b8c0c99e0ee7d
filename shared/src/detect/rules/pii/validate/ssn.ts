/** Numbers published in advertising or as samples, never issued to a person. */
const SAMPLE_SSNS = new Set(['078051120', '219099999', '123456789']);

/** SSA structure rules for area-group-serial (9 digits, no separators). */
export function isUsSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  // `111-22-3333`, `555-55-5555`: each group one repeated digit, the shape of made-up examples.
  if (/^(\d)\1\1(\d)\2(\d)\3\3\3$/.test(digits)) return false;
  return !SAMPLE_SSNS.has(digits);
}
