import { luhnValid } from './luhn';

/** Issuer ranges: [low prefix, high prefix] (same number of digits), allowed lengths. */
interface Issuer {
  name: string;
  ranges: ReadonlyArray<readonly [number, number]>;
  lengths: readonly number[];
}

const ISSUERS: readonly Issuer[] = [
  { name: 'visa', ranges: [[4, 4]], lengths: [13, 16, 19] },
  {
    name: 'mastercard',
    ranges: [
      [51, 55],
      [2221, 2720],
    ],
    lengths: [16],
  },
  {
    name: 'amex',
    ranges: [
      [34, 34],
      [37, 37],
    ],
    lengths: [15],
  },
  {
    name: 'discover',
    ranges: [
      [6011, 6011],
      [644, 649],
      [65, 65],
    ],
    lengths: [16, 17, 18, 19],
  },
  { name: 'jcb', ranges: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  {
    name: 'diners',
    ranges: [
      [300, 305],
      [3095, 3095],
      [36, 36],
      [38, 39],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
  },
  {
    name: 'unionpay',
    ranges: [
      [62, 62],
      [81, 81],
    ],
    lengths: [16, 17, 18, 19],
  },
  {
    name: 'maestro',
    ranges: [
      [50, 50],
      [56, 58],
      [6304, 6304],
      [67, 67],
    ],
    lengths: [13, 14, 15, 16, 17, 18, 19],
  },
  { name: 'mir', ranges: [[2200, 2204]], lengths: [16, 17, 18, 19] },
  {
    name: 'rupay',
    ranges: [
      [60, 60],
      [508, 508],
    ],
    lengths: [16],
  },
  { name: 'troy', ranges: [[9792, 9792]], lengths: [16] },
];

/** Each issuer range with the number of digits its prefixes have, worked out once. */
const PREFIXES = ISSUERS.map((issuer) => ({ issuer, ranges: issuer.ranges.map(([low, high]) => ({ low, high, width: String(low).length })) }));

/** The number the first `width` digits of `digits` spell, read without cutting a string. */
function prefixOf(digits: string, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 10 + digits.charCodeAt(i) - 48;
  return value;
}

/** The issuer whose prefix and length fit `digits`, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  for (let k = 0; k < PREFIXES.length; k++) {
    const { issuer, ranges } = PREFIXES[k]!;
    if (!issuer.lengths.includes(digits.length)) continue;
    for (let r = 0; r < ranges.length; r++) {
      const { low, high, width } = ranges[r]!;
      const prefix = prefixOf(digits, width);
      if (prefix >= low && prefix <= high) return issuer.name;
    }
  }
  return undefined;
}

/** A plausible payment card number: 13–19 digits, known issuer and length, Luhn-valid, not one repeated digit. */
export function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  if (/^(\d)\1*$/.test(digits)) return false;
  return cardIssuer(digits) !== undefined && luhnValid(digits);
}
