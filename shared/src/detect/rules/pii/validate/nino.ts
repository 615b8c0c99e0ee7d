/** Two-letter starts HMRC never allocates (`GB`, `NK`...) besides the letters excluded by position. */
const UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * UK National Insurance number, compact and upper case: two prefix letters (not D, F, I, Q, U, V; the second
 * not O either), six digits, and a suffix A–D (often left off). HMRC's own example, `QQ 12 34 56 C`, has an
 * unallocated prefix and so fails.
 */
export function isNino(compact: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]?$/.test(compact)) return false;
  return !UNALLOCATED.has(compact.slice(0, 2));
}
