import { CHAR_CLASS, CharClass } from '../../../charset';
import { anchoredScannerRule } from '../../../define';
import { letterPairScore, readsAsEnglish } from './english';
import { startsWithFolded } from '../../../folded-word';
import { skipSpaces } from './value-scan';
import { isOpaqueSecret, isUuidShaped } from './values';
import { keepShapeOf } from '../../../keep-shape';

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
  return c < 128 && (CHAR_CLASS[c]! & WORD) !== 0;
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

/** A name and `=` at the token's start (`token=…`, Rails' `Token token=…`): the value is what follows. */
const ASSIGNED = /^[A-Za-z_][\w.-]{0,30}=[^=]/;

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
 * Where the anchor at `at` ends as a word of a sentence (after a plural `s`), or -1: nothing of an identifier on
 * either side (`apiKey`, `key_id`, `obj.key`, `tokens[i]`).
 */
function sentenceWordEnd(text: string, at: number, length: number): number {
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  if (isWordChar(before) || before === 46 || before === 45 || before === 36) return -1;
  let end = at + length;
  if ((text.charCodeAt(end) | 32) === 115) end++;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  // A call, an index, an assignment or a compound (`key(`, `key[`, `key=`, `key-value`) is code.
  if (isWordChar(after) || after === 40 || after === 91 || after === 61 || after === 45) return -1;
  // `key.length` is code; a full stop ends a sentence.
  if (after === 46 && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) return -1;
  return end;
}

/** No word before the sentence's word `[at, end)` makes it something else ("public key"), nor one after ("key ID"). */
function namesCredential(text: string, at: number, end: number): boolean {
  return !NOT_A_CREDENTIAL.has(wordBefore(text, at)) && !ABOUT_THE_CREDENTIAL.has(wordAfter(text, end));
}

/**
 * Words after `key`/`token` that make the phrase name something about it, whose value is no secret: "the key
 * ID", "token name", "key fingerprint". Compared in lower case.
 */
const ABOUT_THE_CREDENTIAL = new Set([
  'id',
  'ids',
  'identifier',
  'name',
  'names',
  'alias',
  'type',
  'format',
  'length',
  'size',
  'version',
  'prefix',
  'hash',
  'fingerprint',
  'file',
  'path',
  'url',
]);

/** The word that labels a token at `at` (`Key ID: …`, `name "…"`): the word before it, past a colon, quote or spaces. */
function labelBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isLabelGlue(text.charCodeAt(end - 1))) end--;
  return wordBefore(text, end);
}

/** Space, `:` or a quote: what stands between a label and its value. */
function isLabelGlue(c: number): boolean {
  return c === 32 || c === 58 || c === 34 || c === 39 || c === 96;
}

/** The word after `at` on its line (letters only, past spaces), in lower case; empty when there is none. */
function wordAfter(text: string, at: number): string {
  let start = at;
  while (start < text.length && text.charCodeAt(start) === 32) start++;
  let end = start;
  while (end < text.length && end - start < 16 && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(start, end).toLowerCase();
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
 * `OAEPWithSHA-256AndMGF1Padding`) do not. Letters are read here only for a run that is part of the value.
 */
function hasRandomRun(value: string): boolean {
  let start = 0;
  let classes = 0;
  const n = value.length;
  for (let i = 0; i <= n; i++) {
    // Every character of a candidate is ASCII (`CANDIDATE`); the end counts as a separator.
    const bits = i < n ? CHAR_CLASS[value.charCodeAt(i)]! : CharClass.slash;
    if ((bits & SEPARATORS) === 0) {
      classes |= bits;
      continue;
    }
    if (i - start >= MIN_RUN && (classes & LOWER) !== 0 && (classes & UPPER) !== 0 && (classes & CharClass.digit) !== 0) {
      // A run that is the whole value is read for words by `isOpaqueSecret`, which every value passes too.
      if (i - start === n || !readsAsEnglish(letterPairScore(value.slice(start, i)))) return true;
    }
    start = i + 1;
    classes = 0;
  }
  return false;
}

const LOWER = CharClass.hexLower | CharClass.lower;
const UPPER = CharClass.hexUpper | CharClass.upper;
const WORD = LOWER | UPPER | CharClass.digit | CharClass.underscore;
/** Between runs: `/ + - _ =`. */
const SEPARATORS = CharClass.slash | CharClass.plus | CharClass.dash | CharClass.underscore | CharClass.equals;

/**
 * A random token pasted next to a credential word in prose, with no assignment to say what it is:
 * "can you check if this key is still valid? saJwMVQ8f3n9…", "use … as the client secret", a token on one
 * line and "the dashboard says the key was created last week" on the next. The word must be one of a
 * sentence (not part of an identifier) and the token must stand alone, mix lower case, upper case and digits,
 * and pass the opaque-secret test (not words, a path, a dotted name or a dummy). Hex and UUIDs are left to
 * rules with stronger context (commit ids and request ids sit next to these words too), except hex that no
 * digest is written as (see `isUndigestedHex`) and a token right after a word that names the credential
 * ("my newsapi key 5f0c…"), which may be letters and digits of one case or hex of 32 digits or more.
 */
export const credentialInProse = anchoredScannerRule({
  id: 'credential-in-prose',
  anchors: ['key', 'token', 'secret', 'password', 'passphrase', 'credential', 'apikey', 'secretkey', 'accesskey', 'accesstoken', 'authtoken', 'apitoken'],
  title: 'Random token next to a credential word in a sentence',
  // The weakest evidence of the generic rules: a named assignment of the same value says more.
  severity: 'medium',
  confidence: 0.55,
  scan: tokensNearCredentialWords,
});

/**
 * The rule's search: for each credential word of a sentence, the candidates on its line and the lines on either
 * side, each read once however close the words. A plain function filling an array rather than a generator:
 * on a text dense with such words it runs for every line.
 */
function tokensNearCredentialWords(text: string, anchorStarts: ArrayLike<number>): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  /** Where the previous region's scan stopped: regions of close words overlap, and nothing is read twice. */
  let scannedTo = 0;
  // The first two line feeds after the last word, found natively and kept while later words come before them:
  // each search starts past the one before, so a text of one long line is searched once, not once per word.
  let feed = -1;
  let secondFeed = -1;
  const candidates = new CandidateSearch();
  for (let nth = 0; nth < anchorStarts.length; nth++) {
    const at = anchorStarts[nth]!;
    const length = anchorLength(text, at);
    if (length === 0) continue;
    const wordEnd = sentenceWordEnd(text, at, length);
    if (wordEnd < 0) continue;
    // Not back past what an earlier region read: close words would walk the same lines again.
    const from = Math.max(scannedTo, previousLineStart(text, at, Math.max(0, scannedTo, at - REACH)));
    if (feed < at + length) {
      feed = lineFeedFrom(text, at + length);
      secondFeed = -1;
    }
    if (secondFeed < 0) secondFeed = feed === text.length ? feed : lineFeedFrom(text, feed + 1);
    // To the end of the next line, but no further than REACH from the word.
    const to = Math.min(secondFeed, at + length + REACH);
    // Runs of MIN_TOKEN candidate characters or more (see `CandidateSearch`): most of a sentence is shorter words.
    // With none near the word its region is done, whatever the words around it say: those are read (cut and
    // lower-cased) only when there is something to find, and most regions hold nothing.
    if (!candidates.next(text, from, to)) {
      scannedTo = Math.max(scannedTo, to);
      continue;
    }
    if (!namesCredential(text, at, wordEnd)) continue;
    let readTo = to;
    for (let more = true; more; more = candidates.next(text, candidates.end, to)) {
      const { start, end } = candidates;
      readTo = Math.max(readTo, end);
      // Standing alone: not glued to other characters.
      if (end - start > MAX_TOKEN || (start > 0 && !opensToken(text.charCodeAt(start - 1)))) continue;
      if (end < text.length && !closesToken(text.charCodeAt(end))) continue;
      let value = text.slice(start, end);
      // `token=…` (Rails' `Token token=…`): the token is what the name is given, read without the name.
      const assigned = ASSIGNED.test(value);
      const valueStart = assigned ? start + value.indexOf('=') + 1 : start;
      if (assigned) value = text.slice(valueStart, end);
      if (ID_PREFIX.test(value) || (!assigned && isFieldValue(text, start)) || ABOUT_THE_CREDENTIAL.has(labelBefore(text, start))) continue;
      // Dashed hex is judged on its digits, as hex: the dashes are layout.
      const hexDigits = DASHED_HEX.test(value) ? value.replace(/-/g, '') : undefined;
      const random = hasRandomRun(value) || isUndigestedHex(value, hexDigits) || (isKeyShaped(value) && isNamedRightBefore(text, anchorStarts, nth, start));
      if (random && isOpaqueSecret(hexDigits ?? value)) found.push({ start: valueStart, end });
    }
    scannedTo = Math.max(scannedTo, readTo);
  }
  return found;
}

/**
 * The token at `start` comes right after the credential word ending at `wordEnd` (a plural `s`, blanks and
 * one colon between at most, or `is`/`was`): "my newsapi key 5f0c…", "api token: 9xk2…", "Your API2CART key
 * is 2afd…". The word then names it.
 */
function isRightAfter(text: string, wordEnd: number, start: number): boolean {
  let i = wordEnd;
  if ((text.charCodeAt(i) | 32) === 115) i++;
  if (text.charCodeAt(i) === 58) i++;
  const after = skipSpaces(text, i);
  if (after === i) return false;
  if (after === start) return true;
  const verb = startsWithFolded(text, after, 'is ') ? 2 : startsWithFolded(text, after, 'was ') ? 3 : 0;
  return verb > 0 && skipSpaces(text, after + verb) === start;
}

/**
 * The candidate at `start` comes right after a credential word that a word before it names (see `isRightAfter`,
 * `isNamedByWordBefore`): the last word before the candidate, which may be a later one than the word `nth`
 * whose region is read. Regions are read once, so a line under a heading word ("credentials:" then "aylien key:
 * cr47…") is judged while reading the heading's region, and the key's own word must count there.
 */
function isNamedRightBefore(text: string, anchorStarts: ArrayLike<number>, nth: number, start: number): boolean {
  // The last anchor before `start`: anchors are in order, and those of this region lie after `nth`.
  let lo = nth;
  let hi = anchorStarts.length - 1;
  if (anchorStarts[lo]! >= start) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchorStarts[mid]! < start) lo = mid;
    else hi = mid - 1;
  }
  // Back over anchors inside the word (`key` of `secretkey`) to the one that starts it, a few at most.
  for (let k = lo; k >= nth && k > lo - 3; k--) {
    const at = anchorStarts[k]!;
    const length = anchorLength(text, at);
    const wordEnd = length === 0 ? -1 : sentenceWordEnd(text, at, length);
    if (wordEnd < 0) continue;
    return isRightAfter(text, at + length, start) && isNamedByWordBefore(text, at) && namesCredential(text, at, wordEnd);
  }
  return false;
}

/** Words before `key` whose keys are published, or whose "keys" are digests and ids, not credentials. */
const PUBLISHED_KEYS = new Set(['gpg', 'pgp', 'ssh', 'signing', 'host', 'deploy', 'rsa', 'ecdsa', 'ed25519', 'commit', 'sha', 'md5', 'the', 'a', 'this', 'that']);

/**
 * A word other than an article before the credential word (`newsapi key`, `api token`, `access key`): a named
 * credential, where a bare "the key 3f9c…" could be any key.
 */
function isNamedByWordBefore(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  return word.length > 1 && !PUBLISHED_KEYS.has(word);
}

const HEX = /^[0-9a-fA-F]+$/;
/** Lower-case hex in groups joined by dashes: `9b6e…8718-98582159-1229c051`. */
const DASHED_HEX = /^[0-9a-f]+(?:-[0-9a-f]+)+$/;
/** Three groups or more: a digest with a version or date after it (`3f6e…d8a-20240115`) has two. */
const THREE_DASHED_GROUPS = /^[^-]+-[^-]+-/;

/**
 * Hex that no digest or id is written as: an odd count of digits (`ce64…960e4`, 37: a digest is whole bytes), or
 * 40 digits and more in three dashed groups or more that are not a UUID's (Mailgun's `32-8-8`; a digest comes in
 * one run, with at most a version or a date after it). Commit ids and checksums sit near credential words too,
 * but are never written so. `dashedHexDigits`: the digits of a `DASHED_HEX` value without its dashes, else
 * undefined.
 */
function isUndigestedHex(value: string, dashedHexDigits: string | undefined): boolean {
  if (dashedHexDigits !== undefined) return dashedHexDigits.length >= 40 && THREE_DASHED_GROUPS.test(value) && !isUuidShaped(value);
  return HEX.test(value) && value.length >= 33 && value.length % 2 === 1 && /[a-f]/i.test(value) && /\d/.test(value);
}

/**
 * A value that, named by the word right before it, is a service's key even without mixed case: letters and
 * digits both, not a UUID, and if hex then 32 characters or more. Named so ("my todoist token 5179…", "access
 * token 8a5d… expires tomorrow"), 40 or 64 hex digits are a key too: a commit id or a digest is not called a
 * token, and the words that name those (`commit key`, `cache key`, `key hash`) are read before.
 */
function isKeyShaped(value: string): boolean {
  if (isUuidShaped(value) || !/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return !HEX.test(value) || value.length >= 32;
}

/**
 * Characters of a candidate: base64, also URL-safe, and `-`. A `.` or `:` makes a name, a host or a JWT.
 */
const CANDIDATE_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-') CANDIDATE_CHAR[c.charCodeAt(0)] = 1;

function isCandidateChar(c: number): boolean {
  return c < 128 && CANDIDATE_CHAR[c] === 1;
}

/**
 * The search for candidates: whole runs of candidate characters long enough to be a token. Read by hand and
 * only inside the regions asked for: a native search for the next candidate ran on past a region to wherever
 * that was, the whole text when there was none, and a regex step per character cost twice a loop's. What the
 * last search learnt is kept, so regions that overlap (a word whose region was searched but that named no
 * credential, then the next word) are not read again.
 */
class CandidateSearch {
  /** The run found by the last `next` that found one. */
  start = 0;
  end = 0;
  /** From the last search: no candidate starts in `[#from, #clearTo)`, and one starts at `#clearTo` when `#found`. */
  #from = -1;
  #clearTo = -1;
  #found = false;

  /**
   * Finds the first run of MIN_TOKEN candidate characters or more that starts in `[at, to)`, read to its end
   * (past `to` if it goes on); false when none starts there. A run that began before `at` is no candidate
   * of this region: it was one of the region before, or too long.
   */
  next(text: string, at: number, to: number): boolean {
    let i = at;
    if (this.#from >= 0 && at >= this.#from && at <= this.#clearTo) {
      if (this.#found) return this.start < to;
      // Known to hold none up to where that search stopped, which is never inside a run.
      i = this.#clearTo;
    } else if (i > 0 && isCandidateChar(text.charCodeAt(i - 1))) {
      while (i < text.length && isCandidateChar(text.charCodeAt(i))) i++;
    }
    this.#from = at;
    while (i < to) {
      if (!isCandidateChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isCandidateChar(text.charCodeAt(i))) i++;
      if (i - start >= MIN_TOKEN) {
        this.start = start;
        this.end = i;
        this.#clearTo = start;
        this.#found = true;
        return true;
      }
    }
    this.#clearTo = i;
    this.#found = false;
    return false;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new CandidateSearch());

/** The first line feed at or after `from`, or the text's length. */
function lineFeedFrom(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/** Which anchor starts at `at`: the engine gives only positions; 0 when none does (it always does). */
function anchorLength(text: string, at: number): number {
  // The first letter narrows the anchors to one or two: a loop over all of them ran for every occurrence.
  switch (text.charCodeAt(at) | 32) {
    case 107:
      return startsWithFolded(text, at, 'key') ? 3 : 0;
    case 116:
      return startsWithFolded(text, at, 'token') ? 5 : 0;
    case 115:
      // `secretkey`, one word, before `secret`: the shorter would end inside it and not count.
      if (startsWithFolded(text, at, 'secretkey')) return 9;
      return startsWithFolded(text, at, 'secret') ? 6 : 0;
    case 99:
      return startsWithFolded(text, at, 'credential') ? 10 : 0;
    case 97:
      if (startsWithFolded(text, at, 'apikey')) return 6;
      if (startsWithFolded(text, at, 'apitoken')) return 8;
      if (startsWithFolded(text, at, 'authtoken')) return 9;
      if (startsWithFolded(text, at, 'accesstoken')) return 11;
      return startsWithFolded(text, at, 'accesskey') ? 9 : 0;
    case 112:
      if (startsWithFolded(text, at, 'password')) return 8;
      return startsWithFolded(text, at, 'passphrase') ? 10 : 0;
    default:
      return 0;
  }
}
