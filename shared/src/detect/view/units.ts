import { foldedForm, HIGH_SURROGATE, ORDINARY, unitClass } from './characters';

/** Decode JSON string escapes: `\"` `\\` `\/` `\b` `\f` `\n` `\r` `\t` and `\uXXXX` (surrogate pairs joined). */
export const JSON_ESCAPES = 1;
/** Drop invisible characters and fold compatibility forms to their NFKC form (`ｇｈｐ＿` → `ghp_`). */
export const FOLD = 2;

/** What replaces the original at a position: `length` original characters become `text` ('' drops them). */
export interface Unit {
  length: number;
  text: string;
}

const SIMPLE_ESCAPES = new Array<string | undefined>(128).fill(undefined);
for (const [letter, value] of [
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
] as const) {
  SIMPLE_ESCAPES[letter.charCodeAt(0)] = value;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** The code unit of the four hex digits at `at`, or -1. */
function hex4(text: string, at: number): number {
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const digit = hexDigit(text.charCodeAt(at + i));
    if (digit < 0) return -1;
    value = (value << 4) | digit;
  }
  return value;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function codePoint(high: number, low: number): number {
  return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
}

/**
 * Whether the view replaces what starts at `at` (a backslash or a non-ASCII character), and with what,
 * into `unit`. `modes` is a combination of JSON_ESCAPES and FOLD.
 */
export function unitAt(text: string, at: number, modes: number, unit: Unit): boolean {
  const c = text.charCodeAt(at);
  if (c === 92) return (modes & JSON_ESCAPES) !== 0 && escapeAt(text, at, modes, unit);
  if ((modes & FOLD) === 0 || unitClass(c) === ORDINARY) return false;
  let cp = c;
  let length = 1;
  if (unitClass(c) === HIGH_SURROGATE) {
    const low = text.charCodeAt(at + 1);
    if (!isLowSurrogate(low)) return false;
    cp = codePoint(c, low);
    length = 2;
  }
  const form = foldedForm(cp);
  if (form === undefined) return false;
  unit.length = length;
  unit.text = form;
  return true;
}

function escapeAt(text: string, at: number, modes: number, unit: Unit): boolean {
  const letter = text.charCodeAt(at + 1);
  const simple = letter < 128 ? SIMPLE_ESCAPES[letter] : undefined;
  if (simple !== undefined) {
    unit.length = 2;
    unit.text = simple;
    return true;
  }
  if (letter !== 117) return false;
  const first = hex4(text, at + 2);
  if (first < 0) return false;
  let cp = first;
  unit.length = 6;
  if (first >= 0xd800 && first < 0xdc00 && text.charCodeAt(at + 6) === 92 && text.charCodeAt(at + 7) === 117) {
    const second = hex4(text, at + 8);
    if (isLowSurrogate(second)) {
      cp = codePoint(first, second);
      unit.length = 12;
    }
  }
  unit.text = ((modes & FOLD) !== 0 ? foldedForm(cp) : undefined) ?? String.fromCodePoint(cp);
  return true;
}
