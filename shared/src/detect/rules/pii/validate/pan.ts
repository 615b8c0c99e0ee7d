/**
 * Indian Permanent Account Number, upper case: five letters, four digits, a letter. The fourth letter is
 * the holder type: P person, C company, H Hindu undivided family, F firm, A association of persons, T trust,
 * B body of individuals, L local authority, J artificial juridical person, G government.
 */
export function isIndianPan(value: string): boolean {
  return /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(value) && value.slice(5, 9) !== '0000';
}
