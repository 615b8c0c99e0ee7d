/**
 * PII values with their real validity rules: Luhn-valid card numbers in each issuer's IIN ranges,
 * mod-97-valid IBANs with each country's BBAN layout, SSNs outside the never-issued ranges, public
 * (non-reserved) IP addresses, Bitcoin/Ethereum addresses with computed checksums, and the national
 * identifiers of pii-ids.ts; each printed the ways people print them, in the places they paste them.
 */
import { base58check, bech32, concat, eip55, ibanCheckDigits, luhnDigit, toWords } from './codec';
import { camel, snake } from './names';
import { idGenerators } from './pii-ids';
import { UPPER, UPPER_NUM, type Rng } from './rng';

export interface PiiValue {
  type: string;
  /** Human field label for form-like templates ("Email", "Card number"). */
  label: string;
  value: string;
}

const FIRST = ['maria', 'james', 'li', 'fatima', 'oliver', 'sofia', 'mateo', 'aisha', 'lukas', 'emma', 'noah', 'chloe', 'raj', 'yuki'];
const LAST = ['garcia', 'smith', 'wang', 'khan', 'muller', 'rossi', 'dubois', 'okafor', 'novak', 'silva', 'jensen', 'tanaka'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'acme-corp.com', 'mail.northwind.de', 'contoso.fr', 'fastmail.fm', 'uni-heidelberg.de', 'company.io'];
/** Internationalised domains, as punycode (what mail headers and forms carry) and as typed. */
const IDN_DOMAINS = ['xn--mnchen-3ya.de', 'xn--bcher-kva.ch', 'xn--e1afmkfd.xn--p1ai', 'bücher.de', 'xn--fiqs8s.xn--fiqz9s'];

export const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

export function personName(r: Rng): string {
  return `${cap(r.pick(FIRST))} ${cap(r.pick(LAST))}`;
}

function email(r: Rng): string {
  const f = r.pick(FIRST);
  const l = r.pick(LAST);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${r.int(1, 99)}`, `${f}.${l}+${r.pick(['news', 'shop', 'work'])}`, `${l}_${f}`]);
  return `${local}@${r.bool(0.2) ? r.pick(IDN_DOMAINS) : r.pick(DOMAINS)}`;
}

// --- phones ---

function usLocal(r: Rng): [string, string, string] {
  return [`${r.int(2, 9)}${r.digits(2)}`, `${r.int(2, 9)}${r.digits(2)}`, r.digits(4)];
}

function phoneE164(r: Rng): string {
  const [a, b, c] = usLocal(r);
  return r.pick([`+1${a}${b}${c}`, `+447${r.int(4, 9)}${r.digits(8)}`, `+4915${r.int(1, 9)}${r.digits(8)}`, `+336${r.digits(8)}`, `+614${r.digits(8)}`, `+919${r.digits(9)}`]);
}

function phoneUs(r: Rng): string {
  const [a, b, c] = usLocal(r);
  return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`]);
}

function phoneUk(r: Rng): string {
  return r.pick([
    `020 7${r.digits(3)} ${r.digits(4)}`,
    `07${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`,
    `+44 20 7${r.digits(3)} ${r.digits(4)}`,
    `0161 ${r.digits(3)} ${r.digits(4)}`,
    `+44 7${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`,
  ]);
}

function phoneDe(r: Rng): string {
  return r.pick([`030 ${r.digits(8)}`, `0151 ${r.digits(8)}`, `+49 30 ${r.digits(7)}`, `(089) ${r.digits(7)}`, `+49 171 ${r.digits(7)}`, `040/${r.digits(7)}`]);
}

function phoneFr(r: Rng): string {
  const pairs = (n: number): string => Array.from({ length: n }, () => r.digits(2)).join(' ');
  return r.pick([`01 ${pairs(4)}`, `06 ${pairs(4)}`, `07 ${pairs(4)}`, `+33 6 ${pairs(4)}`, `+33 1 ${pairs(4)}`, `04.${pairs(4).replace(/ /g, '.')}`]);
}

/** National numbers written without a country code and without a trunk 0, as people in those countries write them. */
function phoneNational(r: Rng): string {
  return r.pick([
    `3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, // IT mobile
    `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, // ES mobile
    `9${r.digits(4)} ${r.digits(5)}`, // IN mobile
    `(11) 9${r.digits(4)}-${r.digits(4)}`, // BR mobile
    `1${r.int(3, 9)}${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`, // CN mobile
    `06-${r.digits(8)}`, // NL mobile
    `03-${r.digits(4)}-${r.digits(4)}`, // JP Tokyo
    `(02) ${r.digits(4)} ${r.digits(4)}`, // AU Sydney
  ]);
}

// --- payment cards ---

interface Issuer {
  type: string;
  prefixes: (r: Rng) => string;
  lengths: number[];
}

const ISSUERS: Issuer[] = [
  { type: 'card-visa', prefixes: () => '4', lengths: [16, 16, 13, 19] },
  { type: 'card-mastercard', prefixes: (r) => (r.bool() ? String(r.int(51, 55)) : String(r.int(2221, 2720))), lengths: [16] },
  { type: 'card-amex', prefixes: (r) => r.pick(['34', '37']), lengths: [15] },
  { type: 'card-discover', prefixes: (r) => r.pick(['6011', String(r.int(644, 649)), '65']), lengths: [16] },
  { type: 'card-jcb', prefixes: (r) => String(r.int(3528, 3589)), lengths: [16] },
  { type: 'card-diners', prefixes: (r) => r.pick(['36', String(r.int(300, 305)), '38']), lengths: [14] },
  { type: 'card-unionpay', prefixes: (r) => '62' + r.int(2, 8), lengths: [16, 19] },
  { type: 'card-maestro', prefixes: (r) => r.pick(['5018', '5020', '5038', '6304', '6759']), lengths: [16, 19, 13] },
];

export function cardNumber(r: Rng, issuer: Issuer, valid: boolean): string {
  const length = r.pick(issuer.lengths);
  const prefix = issuer.prefixes(r);
  const partial = prefix + r.digits(length - prefix.length - 1);
  const check = luhnDigit(partial);
  // An invalid number keeps the issuer prefix and length but gets a wrong check digit.
  return partial + (valid ? check : String((Number(check) + r.int(1, 9)) % 10));
}

/** Groups as printed on the card: 4-6-5 for Amex, 4-6-4 for Diners, otherwise blocks of 4. */
export function groupCard(digits: string, sep: string): string {
  const pattern = digits.length === 15 ? [4, 6, 5] : digits.length === 14 ? [4, 6, 4] : [];
  if (pattern.length) {
    let at = 0;
    return pattern.map((n) => digits.slice(at, (at += n))).join(sep);
  }
  return (digits.match(/.{1,4}/g) ?? []).join(sep);
}

export function randomIssuer(r: Rng): Issuer {
  return r.pick(ISSUERS);
}

// --- IBAN ---

interface IbanCountry {
  code: string;
  bban: (r: Rng) => string;
}

const AN = UPPER_NUM;
export const IBAN_COUNTRIES: IbanCountry[] = [
  { code: 'DE', bban: (r) => r.digits(18) },
  { code: 'GB', bban: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14) },
  { code: 'FR', bban: (r) => r.digits(10) + r.s(AN, 11) + r.digits(2) },
  { code: 'ES', bban: (r) => r.digits(20) },
  { code: 'IT', bban: (r) => r.s(UPPER, 1) + r.digits(10) + r.s(AN, 12) },
  { code: 'NL', bban: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10) },
  { code: 'BE', bban: (r) => r.digits(12) },
  { code: 'CH', bban: (r) => r.digits(5) + r.s(AN, 12) },
  { code: 'AT', bban: (r) => r.digits(16) },
  { code: 'PL', bban: (r) => r.digits(24) },
  { code: 'SE', bban: (r) => r.digits(20) },
  { code: 'NO', bban: (r) => r.digits(11) },
  { code: 'IE', bban: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14) },
  { code: 'PT', bban: (r) => r.digits(21) },
  { code: 'LU', bban: (r) => r.digits(3) + r.s(AN, 13) },
];

export function iban(r: Rng, country: IbanCountry, valid: boolean): string {
  const bban = country.bban(r);
  let check = ibanCheckDigits(country.code, bban);
  if (!valid) check = String(((Number(check) + r.int(1, 50)) % 97) + 2).padStart(2, '0');
  if (!valid && check === ibanCheckDigits(country.code, bban)) check = check === '02' ? '03' : '02';
  return country.code + check + bban;
}

export function groupIban(compact: string, sep = ' '): string {
  return (compact.match(/.{1,4}/g) ?? []).join(sep);
}

// --- SSN, IPs ---

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const sep = r.pick(['-', '-', '-', '.', ' ']);
  return `${String(area).padStart(3, '0')}${sep}${String(r.int(1, 99)).padStart(2, '0')}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** First octets of ordinary public unicast space (no private, loopback, CGNAT, link-local or documentation ranges). */
const PUBLIC_FIRST_OCTETS = [3, 8, 13, 23, 31, 34, 37, 45, 52, 62, 66, 78, 81, 91, 95, 104, 109, 142, 151, 176, 185, 188, 212, 217];

function ipv4(r: Rng): string {
  return `${r.pick(PUBLIC_FIRST_OCTETS)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: Rng): string {
  const prefix = r.pick(['2a02', '2a01', '2600', '2607', '2406', '2a00', '2804']);
  const groups = [prefix, ...Array.from({ length: 7 }, () => r.hex(4).replace(/^0+(?=.)/, ''))];
  if (r.bool(0.5)) return groups.join(':');
  // Compressed form: keep a few leading groups and the interface id.
  return `${groups.slice(0, r.int(2, 3)).join(':')}::${groups.slice(5).join(':')}`;
}

// --- crypto addresses ---

function btc(r: Rng): { type: string; value: string } {
  const kind = r.int(0, 3);
  if (kind === 0) return { type: 'btc-p2pkh-address', value: base58check(concat([0x00], r.bytes(20))) };
  if (kind === 1) return { type: 'btc-p2sh-address', value: base58check(concat([0x05], r.bytes(20))) };
  if (kind === 2) return { type: 'btc-bech32-address', value: bech32('bc', [0, ...toWords(r.bytes(20))], 'bech32') };
  return { type: 'btc-taproot-address', value: bech32('bc', [1, ...toWords(r.bytes(32))], 'bech32m') };
}

function eth(r: Rng): string {
  const hex = r.hex(40);
  return r.bool(0.7) ? eip55(hex) : '0x' + hex;
}

/** One generator per PII kind; the generator loop draws from each the same number of times. */
export const piiGenerators: ((r: Rng) => PiiValue)[] = [
  (r) => ({ type: 'email', label: 'Email', value: email(r) }),
  (r) => ({ type: 'phone-e164', label: 'Phone', value: phoneE164(r) }),
  (r) => ({ type: 'phone-us', label: 'Phone', value: phoneUs(r) }),
  (r) => ({ type: 'phone-uk', label: 'Tel', value: phoneUk(r) }),
  (r) => ({ type: 'phone-de', label: 'Telefon', value: phoneDe(r) }),
  (r) => ({ type: 'phone-fr', label: 'Téléphone', value: phoneFr(r) }),
  (r) => ({ type: 'phone-national', label: r.pick(['Phone', 'Mobile', 'Tel']), value: phoneNational(r) }),
  (r) => {
    const issuer = randomIssuer(r);
    const digits = cardNumber(r, issuer, true);
    const style = r.int(0, 2);
    return { type: issuer.type, label: 'Card number', value: style === 0 ? digits : groupCard(digits, style === 1 ? ' ' : '-') };
  },
  (r) => {
    const compact = iban(r, r.pick(IBAN_COUNTRIES), true);
    return { type: `iban-${compact.slice(0, 2).toLowerCase()}`, label: 'IBAN', value: r.pick([compact, groupIban(compact), groupIban(compact), groupIban(compact, '-')]) };
  },
  (r) => ({ type: 'us-ssn', label: 'SSN', value: ssn(r) }),
  (r) => ({ type: 'ipv4', label: 'Client IP', value: ipv4(r) }),
  (r) => ({ type: 'ipv6', label: 'Client IP', value: ipv6(r) }),
  (r) => ({ ...btc(r), label: 'BTC address' }),
  (r) => ({ type: 'eth-address', label: 'ETH address', value: eth(r) }),
  ...idGenerators.map((gen) => (r: Rng): PiiValue => {
    const sample = gen(r);
    return { type: sample.type, label: r.pick(sample.labels), value: sample.value };
  }),
];

export type PiiTemplate = (values: PiiValue[], r: Rng) => string;

function ts(r: Rng): string {
  return `2024-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')} ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
}

export const piiTemplates: PiiTemplate[] = [
  // Support ticket / form dump
  (vs, r) =>
    [
      `Ticket #${r.int(10000, 99999)} — ${r.pick(['refund request', 'account locked', 'address change'])}`,
      `Name: ${personName(r)}`,
      ...vs.map((v) => `${v.label}: ${v.value}`),
      `Opened: ${ts(r)}`,
    ].join('\n') + '\n',
  // JSON record
  (vs, r) => {
    const rec: Record<string, string | number> = { id: r.int(1000, 99999), name: personName(r) };
    vs.forEach((v, i) => (rec[v.label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_') + (i ? `_${i}` : '')] = v.value));
    return JSON.stringify(rec, null, 2) + '\n';
  },
  // CSV export
  (vs, r) =>
    `customer_id,name,${vs.map((v) => csvField(v.label.toLowerCase().replace(/\s+/g, '_'), ',')).join(',')}\n${r.int(1000, 9999)},${personName(r)},${vs.map((v) => csvField(v.value, ',')).join(',')}\n`,
  // Chat message
  (vs, r) => {
    const parts = vs.map((v) => `my ${v.label.toLowerCase()} is ${v.value}`);
    return `${r.pick(['hi,', 'hello, for the order', 'ok'])} ${parts.join(' and ')}${r.pick(['.', ', please update it.', ' — thanks!'])}\n`;
  },
  // Application log line
  (vs, r) => `${ts(r)} INFO  ${r.pick(['signup', 'checkout', 'kyc'])}: ${vs.map((v) => `${v.label.toLowerCase().replace(/\s+/g, '_')}=${v.value}`).join(' ')} status=ok\n`,
  // Email body
  (vs, r) => `Dear team,\n\nplease update my details on file:\n${vs.map((v) => `  ${v.label}: ${v.value}`).join('\n')}\n\nBest regards,\n${personName(r)}\n`,
  // SQL insert, columns named as a schema would name them
  (vs, r) => `INSERT INTO customers (name, ${vs.map((v, i) => keyName(v, i, snake)).join(', ')}) VALUES ('${personName(r)}', ${vs.map((v) => `'${v.value}'`).join(', ')});\n`,
  // Python: a record in a test or a script
  (vs, r) => `customer = {\n    "name": "${personName(r)}",\n${vs.map((v, i) => `    "${keyName(v, i, snake)}": "${v.value}",`).join('\n')}\n}\nsave(customer)\n`,
  // JavaScript / TypeScript object
  (vs, r) => `const ${r.pick(['user', 'employee', 'applicant'])} = { name: '${personName(r)}', ${vs.map((v, i) => `${keyName(v, i, camel)}: '${v.value}'`).join(', ')} };\n`,
  // YAML record
  (vs, r) => `- name: ${personName(r)}\n${vs.map((v, i) => `  ${keyName(v, i, snake)}: "${v.value}"`).join('\n')}\n  active: true\n`,
  // Markdown table in a chat
  (vs, r) =>
    `Here is the record:\n\n| Name | ${vs.map((v) => v.label).join(' | ')} |\n|---|${vs.map(() => '---').join('|')}|\n| ${personName(r)} | ${vs.map((v) => v.value).join(' | ')} |\n`,
  // Semicolon CSV with a second row, as spreadsheets in Europe export
  (vs, r) =>
    `Name;${vs.map((v) => csvField(v.label, ';')).join(';')}\n${personName(r)};${vs.map((v) => csvField(v.value, ';')).join(';')}\n${personName(r)};${vs.map(() => '').join(';')}\n`,
  // Values pasted side by side after one remark, no label for each
  (vs, r) => `${r.pick(['on file:', 'copy of the old records:', 'see'])} ${vs.map((v) => v.value).join(r.pick([' ', ', ', ' / ']))}\n`,
];

/** A CSV field as a spreadsheet writes it (RFC 4180): quoted when it holds the delimiter or a quote. */
function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A key for `v` in code, unique within one record. */
function keyName(v: PiiValue, i: number, style: (name: string) => string): string {
  const key = style(v.label.replace(/'/g, '')) || 'field';
  return i === 0 ? key : `${key}${i + 1}`;
}
