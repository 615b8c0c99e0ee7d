/**
 * National identifiers, bank routing and account numbers, passport and licence numbers and birth dates, valid
 * by each issuer's published rules: NHS and TFN weighted mod 11, SIN Luhn, Aadhaar Verhoeff, ABN mod 89,
 * DNI/NIE mod 23 letters, the codice fiscale check letter, PESEL weights, personnummer Luhn, NRIC/FIN check
 * letters, RRN mod 11, HETU mod 31, ITIN group ranges, ABA 3-7-1 weights, ACN and Medicare weights mod 10,
 * partita IVA Luhn, the DEA check digit, the Thai ID's mod 11 (bank account and voter ID numbers have none). Written here from those rules, apart
 * from the detectors, so a detector's bug is not copied into its test data. `valid: false` breaks the check (or
 * the structure) and nothing else, for hard negatives.
 */
import { luhnDigit } from './codec';
import { UPPER, type Rng } from './rng';

export interface IdSample {
  type: string;
  /** The words a person or a form would put before it. */
  labels: readonly string[];
  value: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A digit other than `d`, for breaking a check digit. */
function otherDigit(r: Rng, d: string): string {
  return String((Number(d) + r.int(1, 9)) % 10);
}

/** A letter other than `c` from `alphabet`. */
function otherLetter(r: Rng, c: string, alphabet: string): string {
  const rest = alphabet.replace(c, '');
  return rest[r.int(0, rest.length - 1)]!;
}

function birth(r: Rng, from: number, to: number): { y: number; m: number; d: number } {
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const m = r.int(1, 12);
  return { y: r.int(from, to), m, d: r.int(1, days[m - 1]!) };
}

function weighted(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

// --- UK ---

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';

export function nino(r: Rng, valid: boolean): string {
  let prefix = r.s(NINO_FIRST, 1) + r.s(NINO_SECOND, 1);
  while (['GB', 'NK', 'TN', 'ZZ', 'BG', 'KN', 'NT'].includes(prefix)) prefix = r.s(NINO_FIRST, 1) + r.s(NINO_SECOND, 1);
  // Invalid: a first letter HMRC never uses.
  if (!valid) prefix = r.pick(['D', 'F', 'I', 'Q', 'U', 'V']) + prefix[1];
  const digits = r.digits(6);
  const suffix = r.s('ABCD', 1);
  return r.bool() ? `${prefix}${digits}${suffix}` : `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}`;
}

export function nhs(r: Rng, valid: boolean): string {
  for (;;) {
    const body = r.num(9);
    const check = (11 - (weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (check === 10) continue;
    const digits = body + (valid ? String(check) : otherDigit(r, String(check)));
    return r.bool(0.6) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
  }
}

// --- Canada, US ---

export function sin(r: Rng, valid: boolean): string {
  const body = r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + r.digits(7);
  const check = luhnDigit(body);
  const digits = body + (valid ? check : otherDigit(r, check));
  const sep = r.pick([' ', '-', '']);
  return sep ? `${digits.slice(0, 3)}${sep}${digits.slice(3, 6)}${sep}${digits.slice(6)}` : digits;
}

export function itin(r: Rng, valid: boolean): string {
  const group = valid ? r.pick([r.int(50, 65), r.int(70, 88), r.int(90, 92), r.int(94, 99)]) : r.pick([r.int(10, 49), r.int(66, 69), 89, 93]);
  return `9${r.digits(2)}-${pad(group, 2)}-${pad(r.int(1, 9999), 4)}`;
}

const ABA_PREFIXES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32'];

export function abaRouting(r: Rng, valid: boolean): string {
  const body = r.pick(ABA_PREFIXES) + r.digits(6);
  const sum = weighted(body, [3, 7, 1, 3, 7, 1, 3, 7]);
  const check = String((10 - (sum % 10)) % 10);
  return body + (valid ? check : otherDigit(r, check));
}

// --- India ---

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffDigit(partial: string): string {
  let c = 0;
  const digits = [...partial].reverse();
  digits.forEach((ch, i) => (c = VERHOEFF_D[c]![VERHOEFF_P[(i + 1) % 8]![Number(ch)]!]!));
  return String(VERHOEFF_INV[c]);
}

export function aadhaar(r: Rng, valid: boolean): string {
  const body = r.s('23456789', 1) + r.digits(10);
  const check = verhoeffDigit(body);
  const digits = body + (valid ? check : otherDigit(r, check));
  return r.bool(0.7) ? `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}` : digits;
}

export function pan(r: Rng, valid: boolean): string {
  // Invalid: a fourth letter that is no holder type.
  const holder = valid ? r.pick(['P', 'P', 'P', 'C', 'H', 'F', 'T']) : r.pick(['D', 'E', 'I', 'K', 'X']);
  return `${r.s(UPPER, 3)}${holder}${r.s(UPPER, 1)}${r.num(4)}${r.s(UPPER, 1)}`;
}

// --- Australia ---

export function tfn(r: Rng, valid: boolean): string {
  for (;;) {
    const body = r.digits(8);
    // Weight 10 on the last digit is -1 mod 11: the check digit equals the sum of the others mod 11.
    const check = weighted(body, [1, 4, 3, 7, 5, 8, 6, 9]) % 11;
    if (check === 10) continue;
    const digits = body + (valid ? String(check) : otherDigit(r, String(check)));
    return r.bool(0.6) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
  }
}

export function abn(r: Rng, valid: boolean): string {
  const WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (;;) {
    const rest = r.digits(9);
    const restSum = weighted('00' + rest, WEIGHTS);
    // The first two digits (the first less one, weighted 10, then weight 1) that make the sum a multiple of 89.
    const prefix = Array.from({ length: 90 }, (_, i) => i + 10).find((p) => ((Math.floor(p / 10) - 1) * 10 + (p % 10) + restSum) % 89 === 0);
    if (prefix === undefined) continue;
    let digits = String(prefix) + rest;
    // Changing the last digit (weight 19, and 89 is prime) always breaks the check.
    if (!valid) digits = digits.slice(0, 10) + otherDigit(r, digits[10]!);
    return r.bool(0.6) ? `${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}` : digits;
  }
}

/** ACN: the check digit tops the first eight, weighted 8 down to 1, up to a multiple of 10 (ASIC). */
export function acn(r: Rng, valid: boolean): string {
  const body = r.digits(8);
  const check = (10 - (weighted(body, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
  const digits = body + (valid ? String(check) : otherDigit(r, String(check)));
  return r.bool(0.6) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}

/** Medicare: a first digit 2 to 6, a check of weights 1 3 7 9 (mod 10) as the ninth, an issue number 1 to 9. */
export function medicare(r: Rng, valid: boolean): string {
  const body = String(r.int(2, 6)) + r.digits(7);
  const check = weighted(body, [1, 3, 7, 9, 1, 3, 7, 9]) % 10;
  const issue = String(r.int(1, 9));
  const digits = body + (valid ? String(check) : otherDigit(r, String(check))) + issue;
  return r.bool(0.6) ? `${digits.slice(0, 4)} ${digits.slice(4, 9)} ${digits.slice(9)}` : digits;
}

// --- Spain, Italy ---

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function nif(r: Rng, valid: boolean): string {
  const nie = r.bool(0.3);
  const lead = nie ? r.pick(['X', 'Y', 'Z']) : '';
  const digits = nie ? r.digits(7) : r.num(8);
  const letter = NIF_LETTERS[Number((nie ? String('XYZ'.indexOf(lead)) : '') + digits) % 23]!;
  const shown = valid ? letter : otherLetter(r, letter, NIF_LETTERS);
  return `${lead}${digits}${r.pick(['', '', '-'])}${shown}`;
}

const CF_ODD: Record<string, number> = {
  0: 1,
  1: 0,
  2: 5,
  3: 7,
  4: 9,
  5: 13,
  6: 15,
  7: 17,
  8: 19,
  9: 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
const CONSONANTS = 'BCDFGHLMNPRSTVZ';

export function codiceFiscale(r: Rng, valid: boolean): string {
  const { y, m, d } = birth(r, 1950, 2004);
  const day = r.bool() ? d : d + 40;
  const body = `${r.s(CONSONANTS, 3)}${r.s(CONSONANTS, 2)}${r.s('AEIOU', 1)}${pad(y % 100, 2)}${'ABCDEHLMPRST'[m - 1]}${pad(day, 2)}${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'L', 'M', 'Z'])}${r.digits(3)}`;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body[i]!;
    sum += i % 2 === 0 ? CF_ODD[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  const check = String.fromCharCode(65 + (sum % 26));
  return body + (valid ? check : otherLetter(r, check, UPPER));
}

// --- Poland, Sweden, Finland ---

/** Partita IVA: seven digits, an office code (001 to 100), and a Luhn check digit. */
export function partitaIva(r: Rng, valid: boolean): string {
  const body = r.num(7) + pad(r.int(1, 100), 3);
  const check = luhnDigit(body);
  return body + (valid ? check : otherDigit(r, check));
}

export function pesel(r: Rng, valid: boolean): string {
  const { y, m, d } = birth(r, 1940, 2009);
  const body = `${pad(y % 100, 2)}${pad(y >= 2000 ? m + 20 : m, 2)}${pad(d, 2)}${r.digits(4)}`;
  const check = String((10 - (weighted(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
  return body + (valid ? check : otherDigit(r, check));
}

export function personnummer(r: Rng, valid: boolean): string {
  const { y, m, d } = birth(r, 1940, 2009);
  const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${r.num(3)}`;
  const check = luhnDigit(body);
  const last = valid ? check : otherDigit(r, check);
  const form = r.int(0, 2);
  if (form === 0) return `${body.slice(0, 6)}-${body.slice(6)}${last}`;
  if (form === 1) return `${Math.floor(y / 100)}${body.slice(0, 6)}-${body.slice(6)}${last}`;
  return `${Math.floor(y / 100)}${body}${last}`;
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

export function hetu(r: Rng, valid: boolean): string {
  const { y, m, d } = birth(r, 1940, 2012);
  const individual = pad(r.int(2, 899), 3);
  const date = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}`;
  const check = HETU_CHECK[Number(date + individual) % 31]!;
  const sign = y >= 2000 ? r.pick(['A', 'B']) : r.pick(['-', '-', 'Y']);
  return `${date}${sign}${individual}${valid ? check : otherLetter(r, check, HETU_CHECK)}`;
}

// --- Singapore, South Korea ---

export function nric(r: Rng, valid: boolean): string {
  const prefix = r.pick(['S', 'T', 'F', 'G']);
  const digits = r.digits(7);
  const sum = weighted(digits, [2, 7, 6, 5, 4, 3, 2]) + (prefix === 'T' || prefix === 'G' ? 4 : 0);
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  const check = table[sum % 11]!;
  return `${prefix}${digits}${valid ? check : otherLetter(r, check, table)}`;
}

export function rrn(r: Rng, valid: boolean): string {
  const { y, m, d } = birth(r, 1940, 2009);
  const sex = y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2']);
  const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${sex}${r.digits(5)}`;
  const check = String((11 - (weighted(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10);
  // Numbers issued since October 2020 have no check digit, so a broken one breaks the sex and century digit.
  return valid ? `${body.slice(0, 6)}-${body.slice(6)}${check}` : `${body.slice(0, 6)}-${r.pick(['0', '9'])}${body.slice(7)}${check}`;
}

// --- Documents without a checksum, birth dates ---

/** DEA: a registrant type, a name letter, six digits, and the last digit of d1+d3+d5 + 2×(d2+d4+d6). */
export function deaNumber(r: Rng, valid: boolean): string {
  let six = r.digits(6);
  // Six equal digits is a placeholder, never a registration.
  while (/^(\d)\1{5}$/.test(six)) six = r.digits(6);
  const d = [...six].map(Number);
  const check = String((d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10);
  return r.pick([...'ABCFGMPR']) + r.pick([...UPPER]) + six + (valid ? check : otherDigit(r, check));
}

/** A bank account number: 8 to 17 digits, none checked; not a repeated digit. */
export function bankAccount(r: Rng): string {
  for (;;) {
    const digits = r.num(r.int(8, 17));
    if (!/^(\d)\1+$/.test(digits) && !'01234567890123456789'.includes(digits) && !'98765432109876543210'.includes(digits)) return digits;
  }
}

/** Thai national ID: a category digit 1 to 8, eleven digits, then 11 less the sum weighted 13 to 2, mod 11, mod 10. */
export function thaiId(r: Rng, valid: boolean): string {
  const body = String(r.int(1, 8)) + r.digits(11);
  const check = String((11 - (weighted(body, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10);
  const digits = body + (valid ? check : otherDigit(r, check));
  return r.bool(0.6) ? `${digits[0]}-${digits.slice(1, 5)}-${digits.slice(5, 10)}-${digits.slice(10, 12)}-${digits[12]}` : digits;
}

/** India's voter ID (EPIC): three capital letters and seven digits; there is no check. */
export function voterId(r: Rng): string {
  return r.s(UPPER, 3) + r.digits(7);
}

export function passport(r: Rng): string {
  return r.pick([
    () => r.num(9), // US, UK
    () => r.s('CFGHJK', 1) + r.s('CFGHJKLMNPRTVWXYZ0123456789', 8), // DE
    () => r.s(UPPER, 1) + r.num(7), // IN
    () => r.digits(2) + r.s(UPPER, 2) + r.digits(5), // FR
    () => r.s(UPPER, 2) + r.num(7), // AU, CA
  ])();
}

/** An identity card number as several countries print it: Germany's, Italy's electronic card, Poland's. */
export function idCard(r: Rng): string {
  return r.pick([
    () => r.s('CFGHJKLMNPRTVWXYZ', 1) + r.s('CFGHJKLMNPRTVWXYZ0123456789', 7) + r.digits(1),
    () => `C${r.s(UPPER, 1)}${r.digits(5)}${r.s(UPPER, 2)}`,
    () => r.s(UPPER, 3) + r.digits(6),
  ])();
}

export function driversLicense(r: Rng): string {
  return r.pick([
    () => r.s(UPPER, 1) + r.digits(7), // CA
    () => `${r.s(UPPER, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, // FL
    () => r.num(9), // NY
    () => `${r.s(UPPER, 5)}${r.digits(6)}${r.s(UPPER, 2)}${r.digits(1)}${r.s(UPPER, 2)}`, // UK
  ])();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function birthDate(r: Rng): string {
  const { y, m, d } = birth(r, 1940, 2006);
  return r.pick([
    `${y}-${pad(m, 2)}-${pad(d, 2)}`,
    `${pad(d, 2)}/${pad(m, 2)}/${y}`,
    `${pad(m, 2)}/${pad(d, 2)}/${y}`,
    `${pad(d, 2)}.${pad(m, 2)}.${y}`,
    `${d} ${MONTHS[m - 1]} ${y}`,
    `${MONTHS[m - 1]!.slice(0, 3)} ${d}, ${y}`,
  ]);
}

/** One generator per identifier kind, with the labels people write before it. */
export const idGenerators: ReadonlyArray<(r: Rng) => IdSample> = [
  (r) => ({ type: 'uk-nino', labels: ['National Insurance number', 'NI number', 'NINO'], value: nino(r, true) }),
  (r) => ({ type: 'uk-nhs-number', labels: ['NHS number', 'NHS No', 'NHS'], value: nhs(r, true) }),
  (r) => ({ type: 'ca-sin', labels: ['SIN', 'Social Insurance Number'], value: sin(r, true) }),
  (r) => ({ type: 'in-aadhaar', labels: ['Aadhaar', 'Aadhaar number', 'UID number'], value: aadhaar(r, true) }),
  (r) => ({ type: 'in-pan', labels: ['PAN', 'PAN number', 'PAN card'], value: pan(r, true) }),
  (r) => ({ type: 'au-tfn', labels: ['TFN', 'Tax File Number'], value: tfn(r, true) }),
  (r) => ({ type: 'au-abn', labels: ['ABN', 'Australian Business Number'], value: abn(r, true) }),
  (r) => ({ type: 'es-nif', labels: ['DNI', 'NIF', 'NIE'], value: nif(r, true) }),
  (r) => ({ type: 'it-fiscal-code', labels: ['Codice fiscale', 'CF', 'Fiscal code'], value: codiceFiscale(r, true) }),
  (r) => ({ type: 'pl-pesel', labels: ['PESEL'], value: pesel(r, true) }),
  (r) => ({ type: 'se-personnummer', labels: ['Personnummer', 'Personal identity number'], value: personnummer(r, true) }),
  (r) => ({ type: 'fi-hetu', labels: ['Henkilötunnus', 'HETU', 'Personal identity code'], value: hetu(r, true) }),
  (r) => ({ type: 'sg-nric', labels: ['NRIC', 'FIN', 'NRIC/FIN'], value: nric(r, true) }),
  (r) => ({ type: 'kr-rrn', labels: ['RRN', 'Resident registration number', '주민등록번호'], value: rrn(r, true) }),
  (r) => ({ type: 'us-itin', labels: ['ITIN', 'Taxpayer ID'], value: itin(r, true) }),
  (r) => ({ type: 'us-aba-routing', labels: ['Routing number', 'ABA routing', 'ABA'], value: abaRouting(r, true) }),
  (r) => ({ type: 'passport-number', labels: ['Passport number', 'Passport No', 'Passport'], value: passport(r) }),
  (r) => ({ type: 'id-card-number', labels: ['ID card number', 'Identity card', 'Personalausweis'], value: idCard(r) }),
  (r) => ({ type: 'drivers-license', labels: ["Driver's license", 'Driving licence number', 'DL number'], value: driversLicense(r) }),
  (r) => ({ type: 'date-of-birth', labels: ['Date of birth', 'DOB', 'Birth date'], value: birthDate(r) }),
  (r) => ({ type: 'au-acn', labels: ['ACN', 'Australian Company Number'], value: acn(r, true) }),
  (r) => ({ type: 'au-medicare', labels: ['Medicare', 'Medicare number', 'Medicare card'], value: medicare(r, true) }),
  (r) => ({ type: 'it-vat', labels: ['Partita IVA', 'P.IVA', 'VAT number'], value: partitaIva(r, true) }),
  (r) => ({ type: 'us-dea', labels: ['DEA', 'DEA number', 'DEA registration'], value: deaNumber(r, true) }),
  (r) => ({ type: 'th-tnin', labels: ['Thai ID', 'National ID', 'Citizen ID'], value: thaiId(r, true) }),
  (r) => ({ type: 'in-voter-id', labels: ['Voter ID', 'EPIC number', 'Voter card'], value: voterId(r) }),
  (r) => ({ type: 'bank-account-number', labels: ['Bank account', 'Account number', 'Checking account'], value: bankAccount(r) }),
];
