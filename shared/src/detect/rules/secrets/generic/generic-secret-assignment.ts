import { anchoredScannerRule } from '../../../define';
import { percentDecoded } from '../../../percent-decoded';
import { AssignmentReader, introducedAsExample, isElementName, type Assigned } from './assignment';
import { mayBeComparedBefore } from './compared-before';
import { isConstantName, mayBeAssigned, nameRunAt, secretNameIn, type KeyName, type NameRun } from './key-name';
import { skipSpaces, isSpace } from './value-scan';
import { charClasses, isCrediblePassword, isOpaqueSecret, isRandomWithSymbols, isUuidShaped, PASSWORD_LENGTH } from './values';

/** Where a bare secret ends besides a space: quotes, list and markup delimiters. */
const endsBareSecret = (c: number): boolean => c === 34 || c === 39 || c === 96 || c === 44 || c === 59 || c === 60 || c === 62 || c === 124;
/** `) ] } . , :`: closing brackets and a sentence's punctuation, which a bare value does not end with. */
const closesBareValue = (c: number): boolean => c === 41 || c === 93 || c === 125 || c === 46 || c === 44 || c === 58;
/** In a query string, `&` and `#` end the value too. */
const endsQueryValue = (c: number): boolean => endsBareSecret(c) || c === 38 || c === 35;

/** Cut short or masked: `sk_live_4eC39…`, `abc...`, `Zq7x[Redacted]`, `ab***cd`. */
const TRUNCATED = /…|\.\.\.|\[redacted\]|\*\*\*/i;
const TOKEN_ALPHABET = /^[A-Za-z0-9_\-+/.~]+={0,2}$/;
const HEX = /^[0-9a-fA-F]+$/;
/** A character no token's alphabet holds. */
const NOT_IN_TOKENS = /[^A-Za-z0-9_\-+/.~=]/;

/** The shortest value `plausibleSecret` can accept. */
const MIN_SECRET_LENGTH = 12;

/**
 * The randomness gate for a value named a secret: base62/base64/hex tokens must be opaque and random
 * (`isOpaqueSecret`), values with other symbols random with symbols. Percent-encoded values are judged
 * decoded; a `0x` before hex is not part of the key.
 */
export function plausibleSecret(raw: string): boolean {
  // Decoding only shortens a value, and both gates below want 12 characters or more.
  if (raw.length < MIN_SECRET_LENGTH || TRUNCATED.test(raw)) return false;
  let value = raw;
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    const decoded = percentDecoded(value);
    if (decoded === undefined) return false;
    value = decoded;
  }
  if (/^0x[0-9a-fA-F]{16,}$/.test(value)) value = value.slice(2);
  if (TOKEN_ALPHABET.test(value)) return value.length >= (HEX.test(value) ? 16 : 12) && isOpaqueSecret(value);
  return isRandomWithSymbols(value, MIN_SECRET_LENGTH);
}

/**
 * A quoted value a person chose rather than a generator made, given to a secret's name: `secret = "m{{h}o)p${e]…"`,
 * `client_secret: "Tr0ub4dor&3-horse"`. Random enough for no token test, but what `isCrediblePassword` takes
 * for a password, with symbols beside letters and digits (three classes or more, or two in a long value) and
 * one inside it that no token holds. A token's alphabet alone (`api_key = "Summer-Release-2024"`) is judged as
 * a token is.
 */
function isSymbolPassword(value: string): boolean {
  // A symbol at an end only is an identifier's sigil (`"?NonExpressionParenKeyword"`, `"@scope"`, `"$ref"`).
  if (!NOT_IN_TOKENS.test(value.slice(1, -1))) return false;
  const classes = charClasses(value);
  return (classes >= 3 || (classes === 2 && value.length >= LONG_SYMBOL_PASSWORD)) && isCrediblePassword(value, MIN_SECRET_LENGTH);
}

/** Of two classes of characters only (letters and symbols: `m{{h}o)p${e]nob(…`), a chosen value must be this long. */
const LONG_SYMBOL_PASSWORD = 20;

/** A chosen value is less certainly a live secret than a random one under the same name. */
const SYMBOL_PASSWORD_CONFIDENCE = 0.55;

/** A name for a login and its password together: `creds`, `credentials`, `db_credentials`. */
const CREDENTIALS_NAME = /cred(?:s|entials?)$/i;

/** CREDENTIALS_NAME, asked of the name's end only, and by its last letter first: most names end otherwise. */
function namesCredentials(text: string, name: KeyName): boolean {
  const last = text.charCodeAt(name.end - 1) | 32;
  return (last === 115 || last === 108) && CREDENTIALS_NAME.test(text.slice(Math.max(name.start, name.end - 11), name.end));
}

/** Longest login read before its password's slash. */
const MAX_LOGIN = 64;
/** A login as people write one before its password: a word, an email, a domain user. */
const LOGIN = /^[\w.@\\-]{1,64}$/;

/**
 * The password of `login / password` or `login/password`, the login being the bare value `[start, end)` (or its
 * part before the slash); undefined unless what follows the slash is a password.
 */
function slashedPassword(text: string, start: number, end: number): { start: number; end: number } | undefined {
  // The slash after a login's length at most: a long bare value is read no further than that.
  const loginEnd = Math.min(end, start + MAX_LOGIN + 1);
  let slash = start;
  while (slash < loginEnd && text.charCodeAt(slash) !== 47) slash++;
  if (slash === loginEnd && slash < end) return undefined;
  if (slash === end) {
    // `admin / Xk9…`: the bare value is the login alone, the slash after a blank.
    slash = skipSpaces(text, end);
    if (slash === end || text.charCodeAt(slash) !== 47) return undefined;
  }
  if (!LOGIN.test(text.slice(start, slash).trimEnd())) return undefined;
  const from = skipSpaces(text, slash + 1);
  let to = from;
  while (to < text.length && to - from <= PASSWORD_LENGTH.max && !isSpace(text.charCodeAt(to))) to++;
  while (to > from && closesBareValue(text.charCodeAt(to - 1))) to--;
  return to > from && isCrediblePassword(text.slice(from, to)) ? { start: from, end: to } : undefined;
}

/** Shortest value a `vendorKey` name (`maps_key`) holds as a secret. */
const MIN_VENDOR_KEY = 20;
const HEX_ONLY = /^[0-9a-f]+$|^[0-9A-F]+$/;

/** Shortest hex a `vendorKey` constant (`TMDB_KEY=…`) holds as a key: many services issue 32 hex digits. */
const MIN_VENDOR_HEX_KEY = 32;

/**
 * A value random enough to be a service's key under a name that could also be a sort or cache key: long, of
 * letters and digits both (or a token of letters only, of both cases: `b_ByDfulghxvvmHb…`), and no UUID. Hex is a digest
 * or an id in code (`cache_key = "3c88…"`), but a service's key under a constant's name (`OPENWEATHER_KEY=…`):
 * configuration names keys in capitals, code names its cache and sort keys in lower or camel case. Passed
 * `plausibleSecret` already.
 */
function isVendorKeyValue(value: string, constantName: boolean): boolean {
  if (value.length < MIN_VENDOR_KEY || isUuidShaped(value)) return false;
  if (HEX_ONLY.test(value)) return constantName && value.length >= MIN_VENDOR_HEX_KEY && /\d/.test(value) && /[a-fA-F]/.test(value);
  if (/\d/.test(value)) return /[A-Za-z]/.test(value);
  // Without digits, a token's characters only: code (`h[t].filter(C)`) has letters of both cases too.
  return TOKEN_ALPHABET.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}

/** The name is `key` alone, in any case (`Key=`, `KEY:`). */
function isLoneKey(text: string, name: KeyName): boolean {
  return name.end - name.start === 3 && text.slice(name.start, name.end).toLowerCase() === 'key';
}

/** Shortest value a lone `key` holds as a secret: the ids of data (`nanoid`'s 21 characters) are shorter. */
const MIN_LONE_KEY = 24;

/**
 * A `vendorKey` name given a service's key: not a flag, not in a sentence ("the maps key is …") unless `=`
 * follows the name ("Using adobe KEY=…", "Using Key = …" in a log line), a strongly random value, and for a lone `key`
 * no quoted field name (`{"key": …}` is data: row keys, message keys, ids) and lower case among its letters
 * (ULIDs and other ids are upper case).
 */
function isVendorKeyAssignment(text: string, name: KeyName, value: string, operator: string): boolean {
  if (name.flag || (name.prose && operator !== '=')) return false;
  const loneKey = isLoneKey(text, name);
  // A lone `KEY=` names nothing: hex under it is as likely a digest as anything.
  if (!isVendorKeyValue(value, !loneKey && isConstantName(text, name.start, name.end))) return false;
  if (!loneKey) return true;
  const before = text.charCodeAt(name.start - 1);
  return before !== 34 && before !== 39 && value.length >= MIN_LONE_KEY && /[a-z]/.test(value);
}

/** Schemes that other rules read (`Basic`, `Bearer`) or that carry no reusable secret. */
const SKIPPED_SCHEMES = new Set(['basic', 'bearer', 'digest', 'negotiate', 'ntlm', 'kerberos', 'aws4-hmac-sha256', 'hmac', 'signature', 'hawk', 'mac']);
const SCHEME = /^[A-Za-z][\w-]{1,30}$/;

/**
 * The credential of an `Authorization` value: the value itself (`Authorization: 2573feb…`), or what follows
 * its scheme (`token …`, `SSWS …`, `Bot …`, `ApiKey …`, `GenieKey …`).
 */
function authorizationCredential(text: string, value: Assigned): { start: number; end: number } | undefined {
  let start = value.start;
  let end = value.end;
  const first = text.slice(start, end);
  const space = first.search(/[ \t]/);
  if (space > 0) {
    const scheme = first.slice(0, space);
    if (!SCHEME.test(scheme) || SKIPPED_SCHEMES.has(scheme.toLowerCase())) return undefined;
    start += space;
    while (text[start] === ' ' || text[start] === '\t') start++;
    if (/\s/.test(text.slice(start, end))) return undefined;
    return tokenParameterValue(text, start, end);
  }
  if (!value.quoted && SCHEME.test(first)) {
    if (SKIPPED_SCHEMES.has(first.toLowerCase())) return undefined;
    // A bare scheme word, its credential after a space: `Authorization: token 2573feb…`.
    let at = end;
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (at === end) return { start, end };
    const credential = /^[^\s"'`,;<>]+/.exec(text.slice(at, at + 512));
    if (credential === null) return { start, end };
    start = at;
    end = at + credential[0].length;
    return tokenParameterValue(text, start, end);
  }
  return { start, end };
}

/** Rails' token scheme names its parameter (`Token token="…"`): the credential is the parameter's value. */
function tokenParameterValue(text: string, start: number, end: number): { start: number; end: number } {
  if (end - start <= 6 || !/^token=/i.test(text.slice(start, start + 6))) return { start, end };
  const quoted = text[start + 6] === '"';
  return { start: start + (quoted ? 7 : 6), end: quoted && text[end - 1] === '"' ? end - 1 : end };
}

/** A space, tab, line break or other control character in `[start, end)`. */
function hasBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) <= 32) return true;
  return false;
}

/** Shortest word of an element's text that counts as a secret of its own. */
const MIN_WORD_SECRET = 16;
/** Brackets and braces that wrap a word of an element's text (`{…}`, `(…)`, `[…]`). */
const wraps = (c: number): boolean => c === 123 || c === 125 || c === 40 || c === 41 || c === 91 || c === 93;

/** The words of `[start, end)` between blanks, without the brackets around them, at least MIN_WORD_SECRET long. */
function* wordsOf(text: string, start: number, end: number): Generator<{ start: number; end: number }> {
  let i = start;
  while (i < end) {
    while (i < end && text.charCodeAt(i) <= 32) i++;
    let wordEnd = i;
    while (wordEnd < end && text.charCodeAt(wordEnd) > 32) wordEnd++;
    let from = i;
    let to = wordEnd;
    while (from < to && wraps(text.charCodeAt(from))) from++;
    while (to > from && wraps(text.charCodeAt(to - 1))) to--;
    if (to - from >= MIN_WORD_SECRET) yield { start: from, end: to };
    i = wordEnd;
  }
}

function valueOf(text: string, name: KeyName, reader: AssignmentReader): Assigned | undefined {
  const inQuery = name.start > 0 && (text[name.start - 1] === '?' || text[name.start - 1] === '&');
  const value = reader.valueAfter(name, inQuery ? endsQueryValue : endsBareSecret);
  if (value === undefined || value.end <= value.start) return undefined;
  // A secret's quoted value may name its scheme too, as an Authorization header's does: `auth_token: "Token …"`.
  const schemed = name.kind === 'secret' && value.quoted && hasBlank(text, value.start, value.end);
  if (name.kind !== 'authorization' && !schemed) return value;
  const credential = authorizationCredential(text, value);
  // Without a scheme, a secret's value is judged whole (or word by word, in an element).
  if (credential === undefined) return schemed ? value : undefined;
  return { ...value, start: credential.start, end: credential.end, blockEnd: credential.end };
}

/**
 * A value given to a secret name (`token`, `secret`, `api_key`, `credentials`, `auth`, `Authorization`...) in
 * any of the ways assignment.ts reads, when it is random: `AUTH_TOKEN=IhiXihAK…`, `const apiKey: string =
 * "…"`, `API_TOKEN ?= …`, `"Authorization": "token 8db6…"`, `SECRET_KEY = 'django-insecure-…'`, `my api key
 * is …`. The fallback for providers without a recognisable prefix.
 */
export const genericSecretAssignment = anchoredScannerRule({
  id: 'generic-secret-assignment',
  // `_salt`: WordPress's `LOGGED_IN_SALT` and `NONCE_SALT` hold no other anchor (see key-name.ts).
  anchors: ['token', 'secret', 'key', 'auth', 'cred', '_salt'],
  title: 'Secret assigned to a secret-named key',
  // Below every provider's rule where both find one value (overlaps go to the higher severity first): the
  // provider's finding names the format.
  severity: 'medium',
  confidence: 0.65,
  *scan(text, anchorStarts) {
    const reader = new AssignmentReader(text);
    const run: NameRun = { start: 0, end: 0, tooLong: false };
    const nameAt: KeyName = { start: 0, end: 0, kind: 'secret', flag: false, prose: false };
    let runEnd = 0;
    let valueEnd = -1;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      if (hit < runEnd || hit < valueEnd) continue;
      nameRunAt(text, hit, runEnd, run);
      runEnd = run.end;
      // Not followed by an operator, a name can still be compared with a literal before it, or be the one a
      // sentence gives a value before it.
      if (run.tooLong || (!mayBeAssigned(text, run) && !mayBeComparedBefore(text, run.start) && reader.mentionedBefore(run) === undefined)) continue;
      const name = secretNameIn(text, run, nameAt);
      if (name === undefined || name.kind === 'password') continue;
      const value = valueOf(text, name, reader) ?? (name.flag || name.prose ? undefined : reader.comparedBefore(run.start));
      if (value === undefined) {
        // Not assigned, but named in a sentence: `"invalid credentials" with \`…\``, and a list after it.
        if (name.flag || name.kind !== 'secret') continue;
        const mentioned = reader.mentionedAfter(name) ?? reader.mentionedBefore(name);
        // Checked only once there is a value: it reads the line before the name.
        if (mentioned === undefined || introducedAsExample(text, name)) continue;
        for (let item: { start: number; end: number } | undefined = mentioned; item !== undefined; item = reader.listedAfter(item.end)) {
          if (item.end - item.start >= 16 && plausibleSecret(text.slice(item.start, item.end))) yield { start: item.start, end: item.end, confidence: 0.55 };
          valueEnd = item.end;
        }
        continue;
      }
      // `creds: admin / Xk9…`: a login and its password under a name for both.
      const pair = !value.quoted && namesCredentials(text, name) ? slashedPassword(text, value.start, value.end) : undefined;
      if (pair !== undefined && !introducedAsExample(text, name)) {
        valueEnd = pair.end;
        yield { start: pair.start, end: pair.end, confidence: 0.6 };
        continue;
      }
      let end = value.end;
      // A bare value ends before closing brackets and a sentence's punctuation.
      if (!value.quoted) while (end > value.start && closesBareValue(text.charCodeAt(end - 1))) end--;
      if (isElementName(text, name) && hasBlank(text, value.start, end)) {
        // `<secret>{prod AQAAABAAA 5422358j…}</secret>`: what a secret's element holds is secret, every random word.
        valueEnd = end;
        if (introducedAsExample(text, name)) continue;
        for (const word of wordsOf(text, value.start, end)) if (plausibleSecret(text.slice(word.start, word.end))) yield word;
        continue;
      }
      if (end - value.start < MIN_SECRET_LENGTH) continue;
      const random = plausibleSecret(text.slice(value.start, end));
      if (!random && !(value.quoted && name.kind === 'secret' && isSymbolPassword(text.slice(value.start, end)))) continue;
      if (name.kind === 'vendorKey' && !isVendorKeyAssignment(text, name, text.slice(value.start, end), value.operator)) continue;
      if (TRUNCATED.test(text.slice(end, end + 3)) || introducedAsExample(text, name)) continue;
      // A key wrapped over the lines of a YAML block: judged on its first line, reported whole.
      const reported = value.blockEnd > value.end ? value.blockEnd : end;
      valueEnd = reported;
      yield { start: value.start, end: reported, confidence: !random ? SYMBOL_PASSWORD_CONFIDENCE : value.prose ? 0.6 : 0.65 };
    }
  },
});
