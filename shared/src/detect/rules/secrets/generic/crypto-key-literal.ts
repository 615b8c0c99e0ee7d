import { anchoredScannerRule } from '../../../define';
import { startsWithFolded } from '../../../folded-word';
import { plausibleSecret } from './generic-secret-assignment';
import { isSpace, skipArgumentSpace } from './value-scan';
import { isCrediblePassword } from './values';

/**
 * Calls that take a signing or encryption key, and which argument (from 1) it is: a literal there is the key
 * itself, written into the code.
 */
const KEY_CALLS: ReadonlyMap<string, number> = new Map([
  // JSON Web Tokens: Node's jsonwebtoken, PyJWT, PHP's firebase/php-jwt, jjwt's old `signWith(alg, key)`, Go's
  // `token.SignedString(key)`, Rust's `EncodingKey::from_secret(key)`, auth0's `Algorithm.HMAC256(key)`.
  ['jwt.sign(', 2],
  ['jwt.verify(', 2],
  ['jwt.encode(', 2],
  ['jwt.decode(', 2],
  ['jwt::encode(', 2],
  ['jwt::decode(', 2],
  ['.signwith(', 2],
  ['.signedstring(', 1],
  ['::from_secret(', 1],
  ['.hmac256(', 1],
  ['.hmac384(', 1],
  ['.hmac512(', 1],
  ['keys.hmacshakeyfor(', 1],
  // HMACs and ciphers: Node's crypto, Python's hmac (Go's `hmac.New(hash, key)`: see `keyArgumentAt`), PHP's
  // `hash_hmac(algo, data, key)`, Ruby's `OpenSSL::HMAC.hexdigest(digest, key, data)`, Java's `SecretKeySpec`,
  // .NET's `SymmetricSecurityKey`, Python's Fernet and PyCryptodome's `AES.new`.
  ['createhmac(', 2],
  ['createcipheriv(', 2],
  ['createdecipheriv(', 2],
  ['hmac.new(', 1],
  ['hash_hmac(', 3],
  ['hmac.hexdigest(', 2],
  ['hmac.digest(', 2],
  ['secretkeyspec(', 1],
  ['symmetricsecuritykey(', 1],
  ['fernet(', 1],
  ['aes.new(', 1],
]);

/** Which argument the call at `hit` takes its key as: Go's `hmac.New` takes the hash first, Python's `hmac.new` the key. */
function keyArgumentAt(text: string, hit: number, anchor: string): number {
  return anchor === 'hmac.new(' && text.charCodeAt(hit + 5) === 78 ? 2 : KEY_CALLS.get(anchor)!;
}

/** The longest argument skipped before the key's, and the longest literal read. */
const MAX_ARGUMENT = 256;
/**
 * The deepest brackets an argument before the key may nest (`jwt.sign({ user: { roles: [ … ] } }, 'k')` is 3).
 * Without a bound, a call repeated without closing (`jwt.sign(jwt.sign(…`) had every occurrence read the next
 * MAX_ARGUMENT characters: 25 readings of each character where the call is 10 long.
 */
const MAX_ARGUMENT_DEPTH = 4;

/**
 * Past the argument starting at `at`, at the comma or closing bracket that ends it, or -1 when it runs longer than
 * MAX_ARGUMENT, reaches `limit` (where the next key call starts: its arguments are its own), nests deeper than
 * MAX_ARGUMENT_DEPTH or runs to its line's end in a string. Brackets and strings inside it are skipped whole.
 * With the limit, a character is read for one call at most, however the calls repeat.
 */
function argumentEnd(text: string, at: number, limit: number): number {
  let depth = 0;
  const stop = Math.min(text.length, at + MAX_ARGUMENT, limit);
  for (let i = at; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 96) {
      const close = closingQuote(text, i, stop);
      if (close < 0) return -1;
      i = close;
    } else if (c === 40 || c === 91 || c === 123) {
      if (++depth > MAX_ARGUMENT_DEPTH) return -1;
    } else if (c === 41 || c === 93 || c === 125) {
      if (depth === 0) return i;
      depth--;
    } else if (c === 44 && depth === 0) return i;
  }
  return -1;
}

/** The quote that closes the string opening at `open`, before `stop` and on its line; -1 when none does. */
function closingQuote(text: string, open: number, stop: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote) return i;
    else if (c === 10) return -1;
  }
  return -1;
}

/**
 * What may stand around the literal of a key argument: a conversion to bytes before it (Python's `b"…"`, Go's
 * `[]byte("…")`, Node's `Buffer.from("…")`, .NET's `Encoding.UTF8.GetBytes("…")`) or after it (Java's
 * `"…".getBytes()`, Python's `"…".encode()`, Rust's `"…".as_bytes()`), nothing else.
 */
const BEFORE_LITERAL = /(?:\[\]byte\(|Buffer\.from\(|Encoding\.(?:UTF8|ASCII|Unicode|Default)\.GetBytes\()?(?:[bB]|rb|br)?(?=["'`])/y;
const AFTER_LITERAL = /^(?:\.(?:getBytes|encode|as_bytes|as_ref|toCharArray|into)\([^()\n]{0,40}\))?(\))?$/;

/** The key literal of the argument `[at, end)`, or undefined when the argument is anything else. */
function keyLiteral(text: string, at: number, end: number): { start: number; end: number } | undefined {
  BEFORE_LITERAL.lastIndex = at;
  if (!BEFORE_LITERAL.test(text)) return undefined;
  const open = BEFORE_LITERAL.lastIndex;
  const close = closingQuote(text, open, end);
  if (close < 0) return undefined;
  const wrapped = BEFORE_LITERAL.lastIndex > at && text.charCodeAt(open - 1) === 40;
  let rest = end;
  while (rest > close + 1 && isSpace(text.charCodeAt(rest - 1))) rest--;
  // A wrapper's `(` is closed right after the literal (and its conversion); nothing else may follow.
  const after = AFTER_LITERAL.exec(text.slice(close + 1, rest));
  if (after === null || (after[1] !== undefined) !== wrapped) return undefined;
  return { start: open + 1, end: close };
}

/**
 * A key written as a literal into the call that signs or encrypts with it: `jwt.sign(payload, "…")`,
 * `jwt.encode(claims, "…", algorithm="HS256")`, `hmac.new(b"…", msg, sha256)`, `hmac.New(sha256.New, []byte("…"))`,
 * `crypto.createHmac("sha256", "…")`, `crypto.createCipheriv("aes-256-gcm", "…", iv)`, `hash_hmac("sha256", $data,
 * "…")`, `new SecretKeySpec("…".getBytes(), "HmacSHA256")`, `Fernet(b"…")`. Anyone who has the code can then sign
 * tokens or read what it encrypted. The literal must look like a secret or a password; a placeholder
 * (`your-256-bit-secret`) or a word is none.
 */
export const cryptoKeyLiteral = anchoredScannerRule({
  id: 'crypto-key-literal',
  anchors: [...KEY_CALLS.keys()],
  title: 'Signing or encryption key written into the call that uses it',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    /** The first anchor that starts at or after the current call's arguments: they end before it. */
    let next = 0;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      const anchor = anchorAt(text, hit);
      if (anchor === undefined) continue;
      let at = skipArgumentSpace(text, hit + anchor.length);
      while (next < anchorStarts.length && anchorStarts[next]! < at) next++;
      const limit = next < anchorStarts.length ? anchorStarts[next]! : text.length;
      for (let n = keyArgumentAt(text, hit, anchor); n > 1 && at >= 0; n--) {
        const end = argumentEnd(text, at, limit);
        at = end >= 0 && text.charCodeAt(end) === 44 ? skipArgumentSpace(text, end + 1) : -1;
      }
      if (at < 0) continue;
      const end = argumentEnd(text, at, limit);
      const key = end < 0 ? undefined : keyLiteral(text, at, end);
      if (key === undefined) continue;
      const value = text.slice(key.start, key.end);
      if (isCrediblePassword(value) || plausibleSecret(value)) yield key;
    }
  },
});

/** The anchors by their length, longest first: `jwt.sign(` is read as itself, not as a shorter one inside it. */
const ANCHORS = [...KEY_CALLS.keys()].sort((a, b) => b.length - a.length);

/** Which anchor starts at `hit`, in any case (the engine found one there). */
function anchorAt(text: string, hit: number): string | undefined {
  for (const anchor of ANCHORS) if (startsWithFolded(text, hit, anchor)) return anchor;
  return undefined;
}
