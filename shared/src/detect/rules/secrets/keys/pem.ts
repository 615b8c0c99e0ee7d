import { hasDistinctChars } from '../../../distinct-chars';
import { regexRule } from '../../../define';
import type { RegexRule } from '../../../rule';

/**
 * Where one string literal of source code ends and the next begins, each line of a key its own literal:
 * `" +` and a line break (Java, C#, JavaScript), `' .` (PHP), `" & _` (Visual Basic), `",` (an array of
 * lines), or nothing but blanks (C and Python join adjacent literals). `lineBreak` requires the break. Every
 * blank run is bounded, so a quote that never reopens costs a bounded look at each position.
 */
function stringJoin(lineBreak: boolean): string {
  const next = String.raw`\r?\n[ \t]{0,40}(?:[+.&][ \t]{0,8})?`;
  return String.raw`["'\`][ \t]{0,8}(?:(?:[+.&,]|\|\|)[ \t]{0,8})?(?:_[ \t]{0,4})?${lineBreak ? next : `(?:${next})?`}["'\`]`;
}

/**
 * Shared shape of the PEM private-key rules. A block is the BEGIN line, optional RFC 1421 headers
 * (`Proc-Type:`, `DEK-Info:`, PGP's `Version:`), base64 lines and the END line. Lines may be separated by
 * real newlines, by the two characters `\n` (keys inside JSON or env strings, such as GCP service-account
 * files), by spaces (keys collapsed onto one line), or be string literals joined in code (`stringJoin`). A
 * block whose END is missing (half a key pasted) still matches, up to its last base64 line.
 */
const SEP = String.raw`(?:[ \t\r\n]|\\+[rn]|${stringJoin(false)})`;
/** The end of a line: a newline, an escaped one, or a string literal joined to the next line's. */
const BREAK = String.raw`(?:\r?\n|\\+[rn]|${stringJoin(true)})`;
const B64 = '[A-Za-z0-9+/=]';
/**
 * Headers, each on a line of its own: its value runs to the line's end (in code, to the join after its
 * literal), and the next header or the body starts after a line break. A value may hold blanks and colons, so
 * a header that could also start after a blank would let one line split into headers in exponentially many
 * ways once the body after them fails to match (`Proc-Type: x` repeated took seconds per kilobyte). A block has
 * a few short headers: bounded, so lines that all read as headers cost a bounded look after each BEGIN. Blanks
 * may end the BEGIN line; a value takes those that end its own.
 */
const HEADERS = String.raw`[ \t]*(?:${BREAK}${SEP}*[A-Za-z][A-Za-z0-9-]{0,40}:[ \t][^\r\n\\]{0,256}){1,8}`;
/**
 * Headers of a block collapsed onto one line (`… PRIVATE KEY----- Proc-Type: 4,ENCRYPTED DEK-Info: AES-128-CBC,…
 * MIIE…`): a value then holds no blank and no quote, so where it ends is where the next separator starts.
 */
const INLINE_HEADERS = String.raw`(?:${SEP}+[A-Za-z][A-Za-z0-9-]{0,40}:[ \t][^\s\\"'\`]{1,256}){1,8}`;
// Full lines are 64 (OpenSSL, PGP) or 70 (OpenSSH) characters; requiring 20+ per chunk keeps the match from
// running on into the prose that follows a truncated key. The last line and PGP's `=CRC` line are shorter.
const LINES = `${B64}{20,}(?:${SEP}+${B64}{20,})*(?:${SEP}+${B64}{1,19}(?![A-Za-z0-9+/=]))?`;
/** The body right after the BEGIN line or its headers: after headers on lines of their own, a line break first. */
const BODY = `(?:${HEADERS}${BREAK}${SEP}*|(?:${INLINE_HEADERS})?${SEP}+)${LINES}`;

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `begin` and `end` are the literal armor lines, e.g. `-----BEGIN RSA PRIVATE KEY-----`. */
export function pemPattern(begin: string, end: string): RegExp {
  return new RegExp(`${escape(begin)}${BODY}(?:${SEP}*${escape(end)})?`);
}

const DOC_WORDS = /example|xxxxxxxx|redacted|placeholder|your[-_]?(?:private|key)|\.\.\./i;

/** Longest run of characters each one code point above the previous (`ABCDEFGH`, `12345678`). */
function longestAscendingRun(value: string): number {
  let run = 1;
  let max = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) - value.charCodeAt(i - 1) === 1 ? run + 1 : 1;
    if (run > max) max = run;
  }
  return max;
}

/**
 * True when the base64 between the BEGIN and END lines looks like real key material: long enough to be
 * more than a stub, varied, and free of documentation filler.
 */
export function hasKeyBody(block: string, beginLength: number, minBody = 50): boolean {
  let body = block.slice(beginLength);
  const end = body.search(/-{4,5} ?END /);
  if (end >= 0) body = body.slice(0, end);
  if (DOC_WORDS.test(body)) return false;
  // Drop header lines and escaped line breaks, keep only base64.
  body = body
    .replace(/(?:^|[\r\n]|\\[rn])[A-Za-z][A-Za-z0-9-]*:[ \t][^\r\n\\]*/g, ' ')
    .replace(/\\+[rn]/g, ' ')
    .replace(/[^A-Za-z0-9+/=]/g, '');
  if (body.length < minBody) return false;
  if (!hasDistinctChars(body, 20)) return false;
  return longestAscendingRun(body) < 8;
}

export function pemRule(id: string, title: string, label: string, minBody = 50): RegexRule {
  return armoredKeyRule(id, title, `-----BEGIN ${label}-----`, `-----END ${label}-----`, minBody);
}

export function armoredKeyRule(id: string, title: string, begin: string, end: string, minBody = 50): RegexRule {
  return regexRule({
    id,
    title,
    severity: 'critical',
    confidence: 0.99,
    pattern: pemPattern(begin, end),
    anchors: [begin.toLowerCase()],
    validate: (value) => hasKeyBody(value, begin.length, minBody),
    // Key material legitimately holds runs such as `AAAAAAAA`; `hasKeyBody` does its own filtering.
    allowPlaceholderLike: true,
  });
}
