import { hasDistinctChars } from './distinct-chars';
import { isPublishedExample } from './published-example';

/**
 * Values people paste that look like secrets but are documentation or templates. A noisy gate gets
 * uninstalled, so every secret rule passes its value through here unless it opts out.
 */
const PLACEHOLDER_WORDS = /example|sample|dummy|placeholder|your[_-]?|xxxx|redacted|changeme|change_me|replace|insert|fake|mock|foobar|todo|lorem|process\.env|os\.environ|getenv/i;
/**
 * The template marks, apart from the words: `<name>` (or a value that opens or closes like one), `${name…`,
 * `{{…}}` (or either cut at the value's end), Python's `%(name)s`; a `${` or `{{` that opens no template is two
 * characters of a value spelled with symbols. A lone `<`, `>` or `%(` is as likely inside a random value spelled with symbols (a JWT
 * signing secret, a Django key): in one case-insensitive alternation with them they made every
 * value cost twice as much to test, and a text dense with findings (a connection string per line) tests one
 * value per finding.
 */
const PLACEHOLDER_MARKS = /^<|>$|<[A-Za-z_][\w .:-]{0,40}>|\*\*\*|\$\{\{?\s*[\w.]+\s*(?:[}:|?!=+([-]|$)|\{\{[^{}]*(?:\}\}|$)|%\([A-Za-z_]\w*\)/;

/** `aaaaaaaa`, `abcdefgh`, `12345678`, `0000...`: nothing with real randomness. */
function isMonotonous(value: string): boolean {
  // A real random token of 16+ chars practically never holds a run of 6 repeated or 7 sequential chars. The
  // first such run answers, and each character is read once: this runs on every secret a text holds.
  // (An alphabet written out between digits, `a1b2c3d4…`, is left alone: people type test keys that way, and
  // a gate that passes what someone pasted as a key because it looks typed by hand is the worse mistake.)
  // A long token may be base64 of binary with zero bytes in it (`AgABAAAAAAD…` of an Entra refresh token): there
  // the repeated run must also be an eighth of the value to make it a stand-in.
  const longestSame = Math.max(6, Math.ceil(value.length / 8));
  let sameRun = 1;
  let stepRun = 1;
  let previous = value.charCodeAt(0);
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const diff = c - previous;
    previous = c;
    if (diff !== 0) sameRun = 1;
    else if (++sameRun >= longestSame) return true;
    if (diff !== 1 && diff !== -1) stepRun = 1;
    else if (++stepRun >= 7) return true;
  }
  return false;
}

/**
 * True when `value` (the part of a match that would be the secret, prefix included) is a placeholder, a key its
 * vendor published as an example, or too regular to be a real credential.
 */
export function isPlaceholderLike(value: string): boolean {
  if (PLACEHOLDER_MARKS.test(value) || PLACEHOLDER_WORDS.test(value) || isPublishedExample(value)) return true;
  if (isMonotonous(value)) return true;
  return value.length >= 12 && !hasDistinctChars(value, Math.min(8, Math.ceil(value.length / 3)));
}
