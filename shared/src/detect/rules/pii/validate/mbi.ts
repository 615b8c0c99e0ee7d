/**
 * What each of an MBI's eleven positions holds: `C` a digit 1–9, `N` a digit, `A` a letter, `X` a letter or a
 * digit.
 */
const LAYOUT = 'CAXNAXNAANN';

/** Letters an MBI never holds: S, L, O, I, B and Z, which read like 5, 1, 0, 1, 8 and 2. */
const EXCLUDED_LETTERS = new Set('SLOIBZ');

function isMbiLetter(c: string): boolean {
  return c >= 'A' && c <= 'Z' && !EXCLUDED_LETTERS.has(c);
}

function isMbiCharacter(c: string, kind: string): boolean {
  switch (kind) {
    case 'C':
      return c >= '1' && c <= '9';
    case 'N':
      return c >= '0' && c <= '9';
    case 'A':
      return isMbiLetter(c);
    default:
      return isMbiLetter(c) || (c >= '0' && c <= '9');
  }
}

/**
 * US Medicare Beneficiary Identifier (MBI), upper case and without its dashes: eleven characters in CMS's fixed
 * layout of digits and letters. It has no check digit; the layout is its only test.
 */
export function isMbi(value: string): boolean {
  if (value.length !== LAYOUT.length) return false;
  for (let i = 0; i < LAYOUT.length; i++) if (!isMbiCharacter(value[i]!, LAYOUT[i]!)) return false;
  return true;
}
