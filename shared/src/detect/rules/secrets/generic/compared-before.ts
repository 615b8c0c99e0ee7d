import { quotedEndingAt } from './value-scan';

/** How far back the object a name is read from may start (`this.config.password`). */
const MAX_OWNER = 64;

/** `"…".equals(` or `'…'.equalsIgnoreCase(` just before a name: Java's way to compare with a literal. */
const EQUALS_CALL = /(["'])\.equals(?:IgnoreCase)?\($/;

/**
 * The quoted literal a name is compared with when the literal comes first, and so the secret the code that checks
 * it holds: a "Yoda" condition (`if ("…" == password)`, `"…" !== secret`) or Java's `"…".equals(password)`.
 * Undefined otherwise. Reads back at most the object before the name, the operator and the longest value read
 * (`MAX_VALUE`).
 */
export function comparedLiteralBefore(text: string, nameStart: number): { start: number; end: number } | undefined {
  const at = ownerStart(text, nameStart);
  let close: number;
  if (text.charCodeAt(at - 1) === 40) {
    const call = EQUALS_CALL.exec(text.slice(Math.max(0, at - 20), at));
    if (call === null) return undefined;
    close = at - call[0].length;
  } else {
    let i = skipBlanksBack(text, at);
    // `==`, `===`, `!=`, `!==`: never `=` alone (an assignment) or `<=`. Most names have none before them.
    if (text.charCodeAt(i - 1) !== 61) return undefined;
    const operator = /[!=]==?$/.exec(text.slice(Math.max(0, i - 3), i));
    if (operator === null) return undefined;
    i = skipBlanksBack(text, i - operator[0].length);
    close = i - 1;
  }
  const quote = text[close];
  if ((quote !== '"' && quote !== "'" && quote !== '`') || text[close - 1] === '\\') return undefined;
  return quotedEndingAt(text, close);
}

/** Whether a name just before `nameStart` may be compared with a literal before it: the cheap test first. */
export function mayBeComparedBefore(text: string, nameStart: number): boolean {
  const before = text.charCodeAt(skipBlanksBack(text, ownerStart(text, nameStart)) - 1);
  return before === 40 || before === 61;
}

/** Where the object a name is read from starts (`this.creds.password`), at most MAX_OWNER characters back. */
function ownerStart(text: string, nameStart: number): number {
  let at = nameStart;
  const floor = Math.max(0, nameStart - MAX_OWNER);
  while (at > floor && isOwnerChar(text.charCodeAt(at - 1))) at--;
  return at;
}

/** A letter, digit, `_`, `$` or `.`: what an object path before a name (`this.creds.`) is made of. */
function isOwnerChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46;
}

function skipBlanksBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}
