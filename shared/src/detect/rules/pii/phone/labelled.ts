import { at, isDigit } from '../scan/chars';
import { digitsEnd } from '../scan/digits';
import { labelled, labels } from '../scan/label';
import { arithmetic, cleanLeft, cleanRight, type Hit, variedDigits } from './shape';

// Character codes as this module's own constants: read for every candidate, where an imported binding may
// cost a property read through the other module under some TypeScript loaders.
const CLOSE = 41;
const DASH = 45;
const DOT = 46;
const OPEN = 40;
const SPACE = 32;
const SLASH = 47;

/**
 * Words that say a number is a phone number. Without one, only shapes that are phone numbers on their own
 * are found (a `+` or `00` prefix, a trunk `0`, North American grouping).
 */
const PHONE_LABELS = labels([
  'phone',
  'phone number',
  'phone no',
  'telephone',
  'tel',
  'tel no',
  'mobile',
  'mobile no',
  'mob',
  'cell',
  'cellphone',
  'cell phone',
  'fax',
  'whatsapp',
  'sms',
  'call me',
  'call us',
  'call back',
  // Asking to be called or texted, in a chat: nothing else follows these but a number to dial.
  'text me',
  'ring me',
  'reach me',
  'reach him',
  'reach her',
  'reach us',
  'my number',
  'llámame',
  'llamame',
  'appelle moi',
  'appelez moi',
  'ruf mich an',
  'chiamami',
  'contact number',
  'telefon*',
  'téléphone',
  'teléfono',
  'telefono',
  'telefone',
  'handy*',
  'móvil',
  'movil',
  'celular',
  'cellulare',
  'portable',
  'mobil*',
  'rufnummer',
  'telepono',
  'gsm',
  'numéro de téléphone',
  // Chinese (simplified and traditional), Japanese and Korean; see `Labels` for how they match.
  '电话',
  '電話',
  '手机',
  '手機',
  '携帯',
  '전화',
  '휴대폰',
  '핸드폰',
  // Russian and Greek; see `Labels` for how their capitals are read.
  'телефон',
  'тел',
  'мобильный',
  'τηλέφωνο',
  'κινητό',
]);

/**
 * Words that name a number as something else: an order, a shipment, an account, an identifier. A number
 * so labelled is not a phone number, whatever its grouping (`FedEx 0529 4848 3287`, `NHS number,371 910
 * 5626`), unless a phone label names it too.
 */
const OTHER_NUMBER_LABELS = labels([
  'order',
  'order no',
  'order number',
  'invoice',
  'invoice no',
  'tracking',
  'tracking number',
  'shipment',
  'fedex',
  'fed ex',
  'ups',
  'usps',
  'dhl',
  'ticket',
  'case',
  'ref',
  'reference',
  'account',
  'account number',
  'acct',
  'iban',
  'sort code',
  'routing',
  'batch',
  'serial',
  'serial number',
  'isbn',
  'sku',
  'part',
  'lot',
  'build',
  'version',
  'transaction',
  'txn',
  'customer no',
  'customer number',
  'policy',
  'claim',
  'ssn',
  'sin',
  'tfn',
  'abn',
  'acn',
  'medicare',
  'partita iva',
  'p iva',
  'vat',
  'dea',
  'nhs',
  'nino',
  'aadhaar',
  'pan',
  'pesel',
  'personnummer',
  'rrn',
  'itin',
  'passport',
  'licence',
  'license',
]);

/** The number at `start` is labelled as something other than a phone number. */
export function labelledAsOther(text: string, start: number): boolean {
  return labelled(text, start, OTHER_NUMBER_LABELS) && !labelled(text, start, PHONE_LABELS);
}

const MIN_DIGITS = 7;
const MAX_DIGITS = 13;
const MAX_GROUPS = 6;
/** A trunk digit is dialled before ten-digit national numbers (Russia's `8`, North America's `1`). */
const MIN_TRUNK_DIGITS = 11;

/** `2024-01-15`, `15.01.2024`: a date, whatever the label says. */
function dateShaped(lengths: Int32Array, count: number, sep: number): boolean {
  if (count !== 3 || sep === SPACE) return false;
  return (lengths[0] === 4 && lengths[1] === 2 && lengths[2] === 2) || (lengths[0] === 2 && lengths[1] === 2 && lengths[2] === 4);
}

/**
 * Where the groups of the number being read start and how long they are: reused, as every digit run of a
 * text dense with numbers may start one, and most are given up on after a group or two.
 */
const groupStarts = new Int32Array(MAX_GROUPS);
const groupLengths = new Int32Array(MAX_GROUPS);

/** A group of one digit starts a number only as its trunk prefix (`8 916 …` in Russia, `1 800 …` in the US). */
function trunkDigitAt(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const after = at(text, e);
  return (after === SPACE || after === DASH) && (isDigit(at(text, e + 1)) || at(text, e + 1) === OPEN);
}

/** Past the ` / ` or `/` between an area code and the rest (`030 / 123 456 78`), else -1. */
function afterAreaSlash(text: string, i: number): number {
  const spaced = at(text, i) === SPACE;
  const slash = spaced ? i + 1 : i;
  if (at(text, slash) !== SLASH) return -1;
  const next = spaced ? (at(text, slash + 1) === SPACE ? slash + 2 : -1) : slash + 1;
  return next !== -1 && isDigit(at(text, next)) ? next : -1;
}

/**
 * A labelled national number in any common grouping, with or without a trunk prefix: `347 123 4567` (IT),
 * `612 34 56 78` (ES), `98765 43210` (IN), `(11) 91234-5678` (BR), `9876543210`, `8 (916) 123-45-67` (RU),
 * `030 / 123 456 78` (DE). The digit run at `s..e` starts it. Groups take one separator kind, except that
 * spaced blocks may end in a dashed subscriber number (`8 916 123-45-67`), as Russian numbers are written.
 */
export function labelledNational(text: string, s: number, e: number): Hit | undefined {
  let start = s;
  let i = s;
  /** Digits of a trunk prefix and an area code in parentheses, read before the groups. */
  let headDigits = 0;
  const trunk = trunkDigitAt(text, s, e);
  if (trunk) {
    headDigits = 1;
    i = e + 1;
  }
  if (at(text, i - 1) === OPEN || at(text, i) === OPEN) {
    // An area code in parentheses, then a space or nothing before the rest.
    const areaStart = at(text, i) === OPEN ? i + 1 : i;
    const areaEnd = digitsEnd(text, areaStart);
    if (at(text, areaEnd) !== CLOSE || areaEnd - areaStart > 4 || areaEnd === areaStart) return undefined;
    if (headDigits === 0) start = areaStart - 1;
    headDigits += areaEnd - areaStart;
    i = areaEnd + 1;
    if (at(text, i) === SPACE) i++;
    if (!isDigit(at(text, i))) return undefined;
  }
  if (!cleanLeft(text, start)) return undefined;
  let count = 0;
  let digitCount = headDigits;
  let sep = -1;
  let end = i;
  for (;;) {
    const groupEnd = digitsEnd(text, i);
    const length = groupEnd - i;
    if (length < 2 || count === MAX_GROUPS) return undefined;
    groupStarts[count] = i;
    groupLengths[count++] = length;
    digitCount += length;
    if (digitCount > MAX_DIGITS) return undefined;
    end = groupEnd;
    const c = at(text, groupEnd);
    const joins = c === SPACE || c === DASH || c === DOT;
    if (joins && (sep === -1 || c === sep || (sep === SPACE && c === DASH)) && isDigit(at(text, groupEnd + 1))) {
      sep = c;
      i = groupEnd + 1;
      continue;
    }
    const slashed = count === 1 && headDigits === 0 ? afterAreaSlash(text, groupEnd) : -1;
    if (slashed !== -1) {
      i = slashed;
      continue;
    }
    break;
  }
  if (digitCount < (trunk ? MIN_TRUNK_DIGITS : MIN_DIGITS) || !cleanRight(text, end)) return undefined;
  // The label before the digits: where numbers are dense, other rules have asked about the same value, and
  // most are labelled as something else.
  if (!labelled(text, start, PHONE_LABELS)) return undefined;
  // The digits are joined only for a number that got this far.
  let digits = headDigits > 0 ? text.slice(s, i).replace(/\D/g, '') : '';
  for (let k = 0; k < count; k++) digits += text.slice(groupStarts[k], groupStarts[k]! + groupLengths[k]!);
  if (!variedDigits(digits)) return undefined;
  if (dateShaped(groupLengths, count, sep)) return undefined;
  if (count >= 4 && arithmetic(Array.from({ length: count }, (_, k) => text.slice(groupStarts[k], groupStarts[k]! + groupLengths[k]!)))) return undefined;
  return { start, end, confidence: 0.7 };
}
