import { anchoredScannerRule } from '../../../define';
import { letterPairScore, readsAsEnglish } from './english';
import { isOpaqueSecret } from './values';

/**
 * How far from a credential word a token is looked for: the word's own line and the lines on either side, but
 * no further than this in characters (a line of minified code is not a sentence).
 */
const REACH = 240;
/** Token lengths taken: shorter runs are words and ids, longer ones blobs. */
const MIN_TOKEN = 20;
const MAX_TOKEN = 256;

/** Letters, digits and `_`: what continues a word, so `monkey`, `keyof` and `tokenize` are not the words. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The characters of a token: base64 (also URL-safe) and `-`. A `.` or `:` makes it a name, a host or a JWT. */
function isTokenChar(c: number): boolean {
  return isWordChar(c) || c === 43 || c === 47 || c === 45 || c === 61;
}

/**
 * What may stand right before a token in a sentence: a space, a bracket or a quote. Not `:` (`SHA256:…`, a
 * fingerprint): "the key: …" has a space after it.
 */
function opensToken(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 40 || c === 91 || c === 34 || c === 39 || c === 96 || c === 60;
}

/**
 * The token at `start` is the value of a named field (`"id":"…"`, `name='…'`, `id = …`): its name, not a
 * credential word nearby, says what it is, and the assignment rules read those.
 */
function isFieldValue(text: string, start: number): boolean {
  let i = start - 1;
  const quote = text.charCodeAt(i);
  if (quote === 34 || quote === 39 || quote === 96) i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = text.charCodeAt(i);
  if (c === 61) return true;
  // `"name": "…"`: a quoted key (JSON, YAML flow); a word and a colon is a sentence ("the key: …").
  return c === 58 && (text.charCodeAt(i - 1) === 34 || text.charCodeAt(i - 1) === 39);
}

/**
 * A lowercase word and `_` or `-` before the random part: how services spell their object ids (`toolu_…`,
 * `call_…`, `cus_…`, `req-…`). Their secrets of that shape have rules of their own, which know the prefix.
 */
const ID_PREFIX = /^[a-z]{2,12}[_-]/;

/** What may stand right after it: a space, closing punctuation, a quote. */
function closesToken(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 41 || c === 93 || c === 34 || c === 39 || c === 96 || c === 44 || c === 46 || c === 59 || c === 63 || c === 33 || c === 62
  );
}

/**
 * Words before `key`/`token` that name something that is not a credential: a database's primary key, a
 * public key, a page token. Compared in lower case.
 */
const NOT_A_CREDENTIAL = new Set([
  'public',
  'publishable',
  'primary',
  'foreign',
  'sort',
  'partition',
  'cache',
  'idempotency',
  'composite',
  'unique',
  'lookup',
  'hash',
  'row',
  'range',
  'shard',
  'routing',
  'object',
  'map',
  'page',
  'pagination',
  'continuation',
  'next',
  'sync',
  'csrf',
  'xsrf',
  'cancellation',
  'license',
]);

/** The word before `at` on its line (letters only), in lower case; empty when there is none. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 45)) end--;
  let start = end;
  while (start > 0 && end - start < 16 && isWordChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * The anchor at `at` is a word of a sentence: nothing of an identifier on either side (`apiKey`, `key_id`,
 * `obj.key`, `tokens[i]`), at most a plural `s`, and no word before it that makes it something else.
 */
function isCredentialWord(text: string, at: number, length: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  if (isWordChar(before) || before === 46 || before === 45 || before === 36) return false;
  let end = at + length;
  if ((text.charCodeAt(end) | 32) === 115) end++;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  // A call, an index, an assignment or a compound (`key(`, `key[`, `key=`, `key-value`) is code.
  if (isWordChar(after) || after === 40 || after === 91 || after === 61 || after === 45) return false;
  // `key.length` is code; a full stop ends a sentence.
  if (after === 46 && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) return false;
  return !NOT_A_CREDENTIAL.has(wordBefore(text, at));
}

/** Start of the line before the one holding `at` (or of that line, at the text's start), no further back than `limit`. */
function previousLineStart(text: string, at: number, limit: number): number {
  let lines = 0;
  let i = at;
  for (; i > limit; i--) {
    if (text.charCodeAt(i - 1) === 10 && ++lines === 2) break;
  }
  return i;
}

/** The shortest run between separators that must itself be random: see `hasRandomRun`. */
const MIN_RUN = 16;

/**
 * A run of at least MIN_RUN characters between separators (`/ + - _ =`) that mixes lower case, upper case and
 * digits and whose letters do not read as words: what a random token has somewhere, and names joined by
 * separators (`RSAES-OAEP/SHA-256/MGF1-SHA-1`, `docs/jwt/verify/functions/jwtVerify`,
 * `OAEPWithSHA-256AndMGF1Padding`) do not.
 */
function hasRandomRun(value: string): boolean {
  let start = 0;
  let classes = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 47;
    if (c !== 47 && c !== 43 && c !== 45 && c !== 95 && c !== 61) {
      classes |= bitsOf(c) & ALL_CLASSES;
      continue;
    }
    if (i - start >= MIN_RUN && classes === ALL_CLASSES && !readsAsEnglish(letterPairScore(value.slice(start, i)))) return true;
    start = i + 1;
    classes = 0;
  }
  return false;
}

const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const ALL_CLASSES = LOWER | UPPER | DIGIT;

/** Set on every token character (`isTokenChar`), besides its class bit: a separator has only this one. */
const TOKEN = 8;

/** Per ASCII character, its class bit and TOKEN for token characters: the scan reads both from one load. */
const CHAR_BITS = (() => {
  const bits = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if (c >= 97 && c <= 122) bits[c] = LOWER;
    else if (c >= 65 && c <= 90) bits[c] = UPPER;
    else if (c >= 48 && c <= 57) bits[c] = DIGIT;
    if (isTokenChar(c)) bits[c] = bits[c]! | TOKEN;
  }
  return bits;
})();

/** The class bits of `c` and TOKEN when it is a token character; 0 outside ASCII. */
function bitsOf(c: number): number {
  return c < 128 ? CHAR_BITS[c]! : 0;
}

/**
 * A random token pasted next to a credential word in prose, with no assignment to say what it is:
 * "can you check if this key is still valid? saJwMVQ8f3n9…", "use … as the client secret", a token on one
 * line and "the dashboard says the key was created last week" on the next. The word must be one of a
 * sentence (not part of an identifier) and the token must stand alone, mix lower case, upper case and digits,
 * and pass the opaque-secret test (not words, a path, a dotted name or a dummy). Hex and UUIDs are left to
 * rules with stronger context: commit ids and request ids sit next to these words too.
 */
export const credentialInProse = anchoredScannerRule({
  id: 'credential-in-prose',
  anchors: ['key', 'token', 'secret', 'password', 'passphrase', 'credential', 'apikey'],
  title: 'Random token next to a credential word in a sentence',
  // The weakest evidence of the generic rules: a named assignment of the same value says more.
  severity: 'medium',
  confidence: 0.55,
  scan: tokensNearCredentialWords,
});

/**
 * The rule's search: a plain function filling an array rather than a generator, as it reads every character
 * of the lines around each credential word.
 */
function tokensNearCredentialWords(text: string, anchorStarts: ArrayLike<number>): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  /** Where the previous region's scan stopped: regions of close words overlap, and nothing is read twice. */
  let scannedTo = 0;
  // The first two line feeds after the last word, found natively and kept while later words come before them:
  // each search starts past the one before, so a text of one long line is searched once, not once per word.
  let feed = -1;
  let secondFeed = -1;
  for (let nth = 0; nth < anchorStarts.length; nth++) {
    const at = anchorStarts[nth]!;
    const length = anchorLength(text, at);
    if (length === 0 || !isCredentialWord(text, at, length)) continue;
    // Not back past what an earlier region read: close words would walk the same lines again.
    const from = Math.max(scannedTo, previousLineStart(text, at, Math.max(0, scannedTo, at - REACH)));
    if (feed < at + length) {
      feed = lineFeedFrom(text, at + length);
      secondFeed = -1;
    }
    if (secondFeed < 0) secondFeed = feed === text.length ? feed : lineFeedFrom(text, feed + 1);
    // To the end of the next line, but no further than REACH from the word.
    const to = Math.min(secondFeed, at + length + REACH);
    for (let i = from; i < to;) {
      if ((bitsOf(text.charCodeAt(i)) & TOKEN) === 0 || (i > 0 && !opensToken(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      // A run of token characters from here, read to its end (at most MAX_TOKEN + 1, past the region), noting
      // its character classes so most runs (words, numbers) are passed over without being sliced.
      let end = i;
      let classes = 0;
      const limit = Math.min(text.length, i + MAX_TOKEN + 1);
      for (let bits = bitsOf(text.charCodeAt(end)); end < limit && bits !== 0; bits = bitsOf(text.charCodeAt(++end))) classes |= bits;
      classes &= ALL_CLASSES;
      // `=` pads base64 only at the end; a sentence's `.` may follow it.
      if (classes === ALL_CLASSES && end - i >= MIN_TOKEN && end - i <= MAX_TOKEN && (end === text.length || closesToken(text.charCodeAt(end)))) {
        const value = text.slice(i, end);
        if (!ID_PREFIX.test(value) && !isFieldValue(text, i) && hasRandomRun(value) && isOpaqueSecret(value)) found.push({ start: i, end });
      }
      i = end + 1;
    }
    scannedTo = Math.max(scannedTo, to);
  }
  return found;
}

/** The first line feed at or after `from`, or the text's length. */
function lineFeedFrom(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/** Which anchor starts at `at`: the engine gives only positions; 0 when none does (it always does). */
function anchorLength(text: string, at: number): number {
  for (const word of ANCHORS_LONGEST_FIRST) if (startsWithFolded(text, at, word)) return word.length;
  return 0;
}

const ANCHORS_LONGEST_FIRST = ['credential', 'passphrase', 'password', 'apikey', 'secret', 'token', 'key'];

function startsWithFolded(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
