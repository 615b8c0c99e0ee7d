/**
 * Hard negatives for personal data: numbers that share a shape with identifiers, phones, cards or birth
 * dates and are none of them. Order and tracking numbers, timestamps, versions, ISBNs, prices, dates
 * without a birth label, document-shaped codes without a label, label words without values, and every
 * checksummed identifier with its check broken, next to its own label (only the check can refuse it).
 */
import { luhnDigit } from './codec';
import {
  aadhaar,
  abaRouting,
  abn,
  acn,
  codiceFiscale,
  deaNumber,
  hetu,
  itin,
  medicare,
  nhs,
  nif,
  nino,
  nric,
  pan,
  partitaIva,
  personnummer,
  pesel,
  rrn,
  sin,
  tfn,
  thaiId,
} from './pii-ids';
import { DIGITS, UPPER, UPPER_NUM, type Rng } from './rng';

type Gen = (r: Rng) => string;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const date = (r: Rng): string => `${r.int(2019, 2025)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;

function isbn13(r: Rng): string {
  const body = '978' + r.digits(9);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  const digits = body + String((10 - (sum % 10)) % 10);
  return `${digits.slice(0, 3)}-${digits.slice(3, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`;
}

function isbn10(r: Rng): string {
  const body = r.digits(9);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  const digits = body + (check === 10 ? 'X' : String(check));
  return `${digits.slice(0, 1)}-${digits.slice(1, 4)}-${digits.slice(4, 9)}-${digits.slice(9)}`;
}

/** UPS: `1Z`, a six-character shipper, a service code, seven digits and a check digit. */
function upsTracking(r: Rng): string {
  return `1Z${r.s(UPPER_NUM, 6)}${r.digits(2)}${r.digits(8)}`;
}

/** A digit run of `n` in groups of four, Luhn-broken so no card rule may claim it either. */
function groupedRun(r: Rng, n: number): string {
  const body = r.num(n - 1);
  const digits = body + String((Number(luhnDigit(body)) + r.int(1, 9)) % 10);
  return (digits.match(/.{1,4}/g) ?? []).join(' ');
}

/** A checksummed identifier with its check broken, next to the label that names it. */
const brokenIds: ReadonlyArray<[string, (r: Rng) => string]> = [
  ['National Insurance number', (r) => nino(r, false)],
  ['NHS number', (r) => nhs(r, false)],
  ['SIN', (r) => sin(r, false)],
  ['Aadhaar', (r) => aadhaar(r, false)],
  ['PAN', (r) => pan(r, false)],
  ['TFN', (r) => tfn(r, false)],
  ['ABN', (r) => abn(r, false)],
  ['DNI', (r) => nif(r, false)],
  ['Codice fiscale', (r) => codiceFiscale(r, false)],
  ['PESEL', (r) => pesel(r, false)],
  ['Personnummer', (r) => personnummer(r, false)],
  ['HETU', (r) => hetu(r, false)],
  ['NRIC', (r) => nric(r, false)],
  ['RRN', (r) => rrn(r, false)],
  ['ITIN', (r) => itin(r, false)],
  ['Routing number', (r) => abaRouting(r, false)],
  ['ACN', (r) => acn(r, false)],
  ['Medicare number', (r) => medicare(r, false)],
  ['Partita IVA', (r) => partitaIva(r, false)],
  ['DEA number', (r) => deaNumber(r, false)],
  ['Thai ID', (r) => thaiId(r, false)],
];

export const piiHardNegatives: Gen[] = [
  // Order, invoice and tracking numbers
  (r) =>
    `Order #${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)} shipped with UPS ${upsTracking(r)}; FedEx ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}; USPS ${r.pick(['9400', '9205', '9361'])} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}.\n`,
  (r) =>
    `order_id,sku,qty,total\n${r.num(10)},${r.s(UPPER, 3)}-${r.digits(5)},${r.int(1, 9)},${r.int(10, 999)}.${r.digits(2)}\n${r.num(10)},${r.s(UPPER, 2)}${r.digits(6)}${r.s(UPPER, 1)},${r.int(1, 9)},${r.int(10, 999)}.${r.digits(2)}\n`,
  // Timestamps, versions, build numbers
  (r) =>
    `{"event":"login","ts":${r.int(1_600_000_000, 1_800_000_000)},"ts_ms":${r.int(1_600_000_000_000, 1_800_000_000_000)},"build":"${r.int(1, 20)}.${r.int(0, 30)}.${r.int(0, 9999)}","at":"${date(r)}T${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:00Z"}\n`,
  (r) =>
    `Release ${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 200)} (build ${date(r).replace(/-/g, '')}-${pad(r.int(1, 9999), 4)}), kernel ${r.int(4, 6)}.${r.int(0, 19)}.${r.int(0, 300)}, Windows 10.0.${r.int(19041, 22631)}.${r.int(1000, 4000)}\n`,
  // ISBNs
  (r) => `References: ISBN ${isbn13(r)}, ISBN-10 ${isbn10(r)}, ISBN ${isbn13(r).replace(/-/g, '')}.\n`,
  // Prices and amounts in several locales
  (r) =>
    `Total: €${r.int(1, 99)}.${r.digits(3)},${r.digits(2)} (${r.int(1, 999)} ${r.digits(3)} ${r.digits(3)} ₽ or $${r.int(1, 99)},${r.digits(3)},${r.digits(3)}.${r.digits(2)}); budget ${r.int(100, 999)} ${r.digits(3)} ${r.digits(3)} kr\n`,
  // Dates and times with no birth label
  (r) =>
    `Invoice dated ${pad(r.int(1, 28), 2)}/${pad(r.int(1, 12), 2)}/${r.int(2019, 2025)}, due ${date(r)}; meeting on ${r.pick(['April', 'June', 'October'])} ${r.int(1, 28)}, ${r.int(2019, 2025)} at ${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}.\n`,
  // Document-shaped codes with no label
  (r) =>
    `Stock: part ${r.s(UPPER, 2)}${r.digits(6)}${r.s('ABCD', 1)}, item ${r.s(UPPER, 5)}${r.digits(4)}${r.s(UPPER, 1)}, lot ${r.s(UPPER, 1)}${r.digits(8)}, bin ${r.s(UPPER, 1)}${r.digits(7)}\n`,
  // Label words and no values
  (r) =>
    r.pick([
      'Please bring your passport and driving licence; we never ask for your date of birth or NHS number by email.\n',
      'The form asks for SIN, TFN or National Insurance number depending on the country.\n',
      'Fields: passport_number, dob, aadhaar, pan, personnummer (all optional)\n',
    ]),
  // Digit runs that pass no checksum, grouped like cards and phone numbers
  (r) => `batch ${groupedRun(r, 16)}, seq ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}, run ${r.num(3)} ${r.digits(3)} ${r.digits(3)}\n`,
  // Identifiers next to their label, with the check broken
  (r) => {
    const [label, make] = r.pick(brokenIds);
    return `Validation failed for ${label} ${make(r)}: checksum mismatch.\n`;
  },
  (r) => {
    const picked = r.shuffle(brokenIds).slice(0, 3);
    return `field,value,status\n${picked.map(([label, make]) => `${label},${make(r)},rejected`).join('\n')}\n`;
  },
  // Measurements and coordinates in digit groups
  (r) =>
    `GPS ${r.int(10, 80)}.${r.digits(6)}, ${r.int(10, 170)}.${r.digits(6)}; sensor ${r.s(DIGITS, 3)}-${r.s(DIGITS, 3)}-${r.s(DIGITS, 3)}; ${r.int(100, 999)} ${r.digits(3)} ${r.digits(3)} bytes\n`,
];
