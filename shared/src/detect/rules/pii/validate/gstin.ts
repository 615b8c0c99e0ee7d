import { isIndianPan } from './pan';

/** Each character's value in the check: digits, then letters. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const RADIX = ALPHABET.length;

/** The state or union territory codes (01 to 38), 97 for other territories and 99 for the centre's jurisdiction. */
function isStateCode(code: number): boolean {
  return (code >= 1 && code <= 38) || code === 97 || code === 99;
}

/**
 * Indian GSTIN layout, upper case (`27AAPFU0939F1ZV`): a state code, the holder's PAN shape (five letters, four
 * digits, a letter), the registration's count in that state (1-9, then letters), `Z` and a check character.
 * Neither the PAN's holder type nor the check is tested: a form may hold a made-up one.
 */
export function isGstinLayout(value: string): boolean {
  return /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(value) && isStateCode(Number(value.slice(0, 2)));
}

/**
 * The check character of a GSTIN's first 14 characters (Luhn mod 36): every second character's value is
 * doubled, each product adds its base-36 digits, and the check brings the sum to a multiple of 36.
 */
export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = ALPHABET.indexOf(first14[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / RADIX) + (product % RADIX);
  }
  return ALPHABET[(RADIX - (sum % RADIX)) % RADIX]!;
}

/** For a value already in the layout: a PAN with a known holder type, and the check character that matches. */
export function gstinCheckHolds(value: string): boolean {
  return isIndianPan(value.slice(2, 12)) && gstinCheckCharacter(value) === value[14];
}

/** A GSTIN that an authority could have issued: the layout, a PAN with a known holder type, and its check. */
export function isGstin(value: string): boolean {
  return isGstinLayout(value) && gstinCheckHolds(value);
}
