import { REDACTION_PLACEHOLDER } from '../../../redaction-placeholder';
import { shannonEntropy } from '../../../entropy';
import { clearlyRandomLetters, letterPairScore, readsAsEnglish } from './english';

/**
 * Checks shared by the generic (keyword + value) rules. They see only the candidate value, so everything
 * here is about telling a credential from the placeholders, references and identifiers that sit in the same
 * place in code, configs and docs.
 */

/** Values people put where a password goes in docs, tests and local setups. */
const DUMMY = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'secret',
  's3cr3t',
  'secret123',
  'changeme',
  'changeit',
  'admin',
  'admin123',
  'administrator',
  'root',
  'toor',
  'test',
  'test123',
  'testing',
  'tester',
  'guest',
  'user',
  'username',
  'default',
  'demo',
  'dev',
  'local',
  'qwerty',
  'letmein',
  'welcome',
  'hunter2',
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '1234567890',
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'empty',
  'string',
  'str',
  'value',
  'required',
  'optional',
  'hidden',
  'masked',
  'token',
  'apikey',
  'api_key',
  'key',
  'foo',
  'bar',
  'baz',
  'foobar',
  'abc123',
  'mypassword',
  'mysecret',
  'yourpassword',
  'supersecret',
  'topsecret',
  'postgres',
  'mysql',
  'mongo',
  'redis',
  'rabbitmq',
  'oracle',
  'sa',
  'pw',
  'notasecret',
  'secretpassword',
  'password1',
  'password123',
  'pass123',
  'pa55word',
  'pa$$word',
  'sesame',
  // The documented defaults of images and appliances, and the product's own name where the image sets it as the
  // password (what docker-compose examples and tutorials paste): public, not a secret of anyone's.
  'vagrant',
  'raspberry',
  'minioadmin',
  'elastic',
  'kibana',
  'grafana',
  'jenkins',
  'ubuntu',
  'docker',
  'keycloak',
  'airflow',
  'superset',
  'clickhouse',
  'sqlserver',
  'mariadb',
  'cassandra',
  'couchbase',
  'neo4j',
  'tiger',
  'scott',
]);

/** 1 at the code of each of `chars` (ASCII): a lookup by index, where a set of numbers hashes each. */
function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** The longest of `DUMMY`: a longer value is none of them. */
const LONGEST_DUMMY = Math.max(...[...DUMMY].map((word) => word.length));

const MASKED = /^(?:[*xX.•#?_-]+|[xX]{3,}.*)$/;
/** What a `MASKED` value can start with. */
const MASK_START = asciiTable('*xX.#?_-');
const BULLET = 0x2022;

/**
 * References and templates, not values: `${DB_PASS}`, `$DB_PASS`, `$(cat f)`, `%DB_PASS%`, `%s`, `%(pw)s`,
 * `{}`, `{0}` and `{name}` (a name of two characters or more) anywhere in it (`"prefix_{}".format(x)`,
 * `f"{user}_{suffix}"`), `{{ .Values.pw }}`, `<password>`, `[PASSWORD]`, `:password`, `@Value(...)`,
 * `process.env.X`, `os.environ[...]`, `ENV[...]`, vault and secret-manager references. `${` and `{{` only as a
 * template opens them (a name, then what closes or goes on with it, or the value's end): in `m{{h}o)p${e]…` they
 * are characters.
 */
const REFERENCE =
  /^(?:\$(?:[({]|[A-Za-z_]\w*(?:$|[.[:]|->))|%[A-Za-z_(]|%\w+%$|\{|<|\[|:[a-z_]+$|@[A-Za-z]+\(|!(?:Ref|Sub|GetAtt|ImportValue|vault|secret|env)\b|&[A-Za-z]|\*[A-Za-z])|\$\{\{?\s*[\w.]+\s*(?:[}:|?!=+([-]|$)|\{\{[^{}]*(?:\}\}|$)|\{(?:\d{0,2}|[A-Za-z_]\w{1,30})\}|%\([A-Za-z_]\w*\)|%[sdv]\b|process\.env|os\.environ|getenv|environ\b|\bENV\[|System\.getenv|secrets?\.[A-Z_]|vault:|arn:aws:|^(?:op|sm|gcp|ref|vault|secret|env|file|k8s):\/\/|\bsecretKeyRef\b|\(\)$/;

/** What a `REFERENCE` can start with. */
const REFERENCE_START = asciiTable('$%{<[:@!&*');
/** Characters one of `REFERENCE`'s other forms holds somewhere: `${`, `{{`, `%(`, `%s`, `()`, `.env`, `ENV[`, `vault:`. */
const REFERENCE_MARK = asciiTable('$%{(.[:');

/**
 * Whether `REFERENCE` could match `value`: it starts as one of its anchored forms does, or holds a character or
 * word one of the others needs. Most passwords hold none (a `!` or `*` counts only first), and the regex, with
 * all its forms, cost more than the other dummy checks together.
 */
function mayBeReference(value: string): boolean {
  if (REFERENCE_START[value.charCodeAt(0)] === 1) return true;
  for (let i = 1; i < value.length; i++) if (REFERENCE_MARK[value.charCodeAt(i)] === 1) return true;
  return value.includes('env') || value.includes('secretKeyRef');
}

/** A password stored hashed (bcrypt, argon2, sha-crypt): what it was cannot be read back. */
const PASSWORD_HASH = /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|pbkdf2[\w-]*)\$/;

/** `password`, `db-password`, `my_secret_1`, `<password>` variants: a name given as the value. */
const NAMED_DUMMY = /^(?:my|your|the|some|new|old|db|app|user|admin|test|dummy|default)?[-_]?(?:pass(?:word|wd)?|pwd|secret|token|key)[-_]?\d{0,3}$/;
/** The longest value `NAMED_DUMMY` matches (`default_password_123`). */
const LONGEST_NAMED_DUMMY = 20;
/** Words that make any value a stand-in. */
const DUMMY_WORDS = /passw(?:or)?d|changeme|example|sample|placeholder|dummy|redacted/i;

/** True for placeholders, masks, dummies, references and hashes that are never a usable credential. */
export function isDummyValue(value: string): boolean {
  // Lower case only for a value short enough to be a listed dummy or a name (lower-casing never shortens a
  // text): most values judged are longer, and a copy of each in lower case cost more than the tests.
  const lower = value.length <= Math.max(LONGEST_DUMMY, LONGEST_NAMED_DUMMY) ? value.toLowerCase() : undefined;
  // The literal words first: the cheapest test, and the one that rejects the most names taken for values.
  if ((lower !== undefined && lower.length <= LONGEST_DUMMY && DUMMY.has(lower)) || DUMMY_WORDS.test(value)) return true;
  // A hash starts with `$`, a mask with one of its characters: a look at the first one spares both regexes.
  const first = value.charCodeAt(0);
  if (first === 36 && PASSWORD_HASH.test(value)) return true;
  if ((first < 128 ? MASK_START[first] === 1 : first === BULLET) && MASKED.test(value)) return true;
  // A placeholder a redaction left (`[OPENROUTER_API_KEY_1]`): what a model writes back is no secret of its own.
  if (mayBeReference(value) && (REFERENCE.test(value) || REDACTION_PLACEHOLDER.test(value))) return true;
  return lower !== undefined && NAMED_DUMMY.test(lower);
}

/** How many of lower, upper, digit, symbol (anything else except `-_. `) a value uses. */
export function charClasses(value: string): number {
  return classCount(valueShape(value));
}

/**
 * Mean length of the letter and digit runs of `value` (`getAccessToken2` → get, Access, Token, 2): the runs
 * `/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g` matches, counted by hand, as every value judged asks for them and
 * the match made an array of strings each time.
 */
function meanRunLength(value: string): number {
  const n = value.length;
  let runs = 0;
  let alnum = 0;
  let i = 0;
  while (i < n) {
    const c = value.charCodeAt(i);
    let end = i + 1;
    if (isAsciiLower(c) || (isAsciiUpper(c) && isAsciiLower(value.charCodeAt(end)))) {
      // `[A-Z]?[a-z]+`: a capital only with lower case after it.
      while (isAsciiLower(value.charCodeAt(end))) end++;
    } else if (isAsciiUpper(c)) {
      // `[A-Z]+(?![a-z])`: capitals, less the last when lower case follows it (`HTTPServer`: HTTP, then Server).
      while (isAsciiUpper(value.charCodeAt(end))) end++;
      if (isAsciiLower(value.charCodeAt(end))) end--;
    } else if (c >= 48 && c <= 57) {
      while (end < n && value.charCodeAt(end) >= 48 && value.charCodeAt(end) <= 57) end++;
    } else {
      i++;
      continue;
    }
    runs++;
    alnum += end - i;
    i = end;
  }
  return runs === 0 ? Infinity : alnum / runs;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * True when a value reads as words rather than random characters: `getAccessToken`, `prod-db-credentials`,
 * `transformES2015`, `MY_SECRET_KEY_2024`, `correcthorsebatterystaple`. Its letter pairs must be as common as
 * English makes them (a random string of one case is one long run, which run lengths alone call a word), and
 * its runs long: random mixed-case strings break into many short ones. With under three letter pairs there is
 * no English to read, and run lengths decide alone.
 */
export function looksLikeWords(value: string): boolean {
  const score = letterPairScore(value);
  if (score.pairs < 3) return meanRunLength(value) >= 3.2;
  return readsAsEnglish(score) && meanRunLength(value) >= 2.5;
}

/** The border table of `isPeriodic`, shared by every call. */
let borders = new Int32Array(256);

/**
 * True when the value repeats itself: `aB3dE5aB3dE5aB3dE5`, `abababab…`, a key and then the same short unit
 * over and over. Checked on its tail, so a fixed prefix (`sk_live_` + a repeated unit) does not hide it: some
 * tail of at least 60% of the value (and 12 characters) is two or more copies of one unit. Linear: the prefix
 * function of the reversed value gives every tail's shortest period.
 */
export function isPeriodic(value: string): boolean {
  const n = value.length;
  if (n < 12) return false;
  const needed = Math.max(12, Math.ceil(n * 0.6));
  // border[k]: length of the longest proper border of the reversed value's first k + 1 characters. One
  // buffer for every call (grown as needed): a typed array per value would cost more than the walk.
  if (borders.length < n) borders = new Int32Array(Math.max(n, borders.length * 2));
  const border = borders;
  border[0] = 0;
  for (let k = 1; k < n; k++) {
    let b = border[k - 1]!;
    const c = value.charCodeAt(n - 1 - k);
    while (b > 0 && value.charCodeAt(n - 1 - b) !== c) b = border[b - 1]!;
    if (value.charCodeAt(n - 1 - b) === c) b++;
    border[k] = b;
    const length = k + 1;
    const period = length - b;
    if (length >= needed && period * 2 <= length && period * 3 <= n) return true;
  }
  return false;
}

/** File paths (`./keys/dev.pem`, `/run/secrets/db`, `C:\x`) and file names (`token.json`). */
export function looksLikePath(value: string): boolean {
  // Each test only where its first character is: `.`, `/` or `~` first, or a drive's `:` second; a dot; a slash.
  const first = value.charCodeAt(0);
  if ((first === 46 || first === 47 || first === 126 || value.charCodeAt(1) === 58) && /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return true;
  const slash = value.indexOf('/');
  if (value.includes('.') && /\.(?:json|ya?ml|txt|pem|key|crt|env|ini|cfg|conf|toml|xml|js|ts|py|rb|go|java|properties|gpg|asc|p12|pfx|jks)$/i.test(value)) return true;
  return slash !== -1 && value.split('/').every((part) => /^[a-z0-9._-]*$/.test(part));
}

/** Dotted names (`config.api.token`, `ya29` excepted), versions (`1.2.3-beta4`), domains (`api.foo.com`). */
export function looksLikeDottedName(value: string): boolean {
  if (!value.includes('.')) return false;
  return value.split('.').every((part) => part.length === 0 || /^(?:[A-Za-z_$-]+\d*|\d+|v\d+)$/.test(part));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID's shape (8-4-4-4-12 hex), whatever its version: an id far more often than a key. */
export function isUuidShaped(value: string): boolean {
  return value.length === 36 && UUID.test(value);
}
/**
 * A UUID of a kind that is not random: time-based, DCE, name-based (versions 1, 2, 3, 5) or time-ordered (6,
 * 7), with the RFC's variant, such as the `123e4567-e89b-12d3-…` of the documentation. A random UUID (version
 * 4) is what many services issue as keys, and random hex merely laid out as a UUID (its version or variant
 * digit fits none: `2415-fc58-8712`) is a key too, not an id any library would make.
 */
const NON_RANDOM_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1235-7][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** A service's word or two and hex after them, in one case: `sk_d21e…`, `live-api-9f3c…`. */
const PREFIXED_HEX = /^[A-Za-z]{1,12}[_-](?:[A-Za-z]{1,12}[_-])?([0-9a-f]{16,}|[0-9A-F]{16,})$/;
/** Subresource-integrity and digest notation: `sha512-...`, `sha256:...`. */
const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5)[-:]/i;

/**
 * Entropy a random string of this length and alphabet should reach, with some slack. A sanity check only:
 * words are told from random strings by their letter pairs, so the bar stays low enough for random values
 * over small alphabets (lowercase and digits, a prefix and hex) to pass.
 */
function entropyFloor(length: number, hex: boolean): number {
  const ideal = Math.log2(length);
  return hex ? Math.min(3.1, ideal - 1.2) : Math.min(3.5, ideal - 0.75);
}

/**
 * True for an opaque token that could be a credential: mixed character classes, random-looking, and none of
 * the look-alikes above.
 */
export function isOpaqueSecret(value: string): boolean {
  if (isPeriodic(value)) return false;
  // `sk_…`, `spu-…`, `rootly_…` before hex: the prefix is a name (its letters read as a word pair with the hex
  // letters after it), the hex is what is random.
  const prefixedHex = PREFIXED_HEX.exec(value);
  if (prefixedHex !== null) return isOpaqueSecret(prefixedHex[1]!) && !isDummyValue(value);
  if (isUuidShaped(value)) return !NON_RANDOM_UUID.test(value) && shannonEntropy(value) >= 3.2 && !isDummyValue(value);
  // One pass for what the tests below ask of the characters, instead of a regex each.
  const shape = valueShape(value);
  const hex = value.length > 0 && ((shape & ~(DIGIT | HEX_LOWER)) === 0 || (shape & ~(DIGIT | HEX_UPPER)) === 0);
  if (hex) {
    if ((shape & DIGIT) === 0 || (shape & (HEX_LOWER | HEX_UPPER)) === 0) return false;
  } else {
    const first = value.charCodeAt(0) | 32;
    if ((first === 115 || first === 109) && DIGEST.test(value)) return false;
    const hasDigit = (shape & DIGIT) !== 0;
    const mixedCase = (shape & LOWER) !== 0 && (shape & UPPER) !== 0;
    // Letters of one case and no digit: only when the letters themselves are clearly random.
    if (!hasDigit && !(mixedCase && value.length >= 20) && !(value.length >= 16 && clearlyRandomLetters(letterPairScore(value)))) return false;
    if ((shape & (LOWER | UPPER)) === 0) return false;
    if (looksLikePath(value) || looksLikeDottedName(value) || ((first === 104 || first === 119) && /^(?:https?|www\.)/i.test(value))) return false;
    if (looksLikeWords((shape & WORD_BREAKS) === 0 ? value : value.replace(/[+/=~]/g, ''))) return false;
  }
  return shannonEntropy(value) >= entropyFloor(value.length, hex) && !isDummyValue(value);
}

/**
 * True for a random value spelled with symbols as well (`Django`'s `django-insecure-g-)3an=n%j#…`, a JWT
 * signing secret `zcNLicMW…&R&uou7…`), where the keyword already says "secret": `minLength` characters or
 * more (16 by default; a secret name's value from 12), three character classes or more, close to the entropy
 * of random characters, no words, no template or reference.
 */
export function isRandomWithSymbols(value: string, minLength = 16): boolean {
  if (value.length < minLength || value.length > 256 || /\s/.test(value)) return false;
  if (charClasses(value) < 3 || isPeriodic(value) || isDummyValue(value)) return false;
  if (/^https?:|:\/\//.test(value) || looksLikePath(value)) return false;
  // Symbols break words as `_` would (`looksLikeWords` reads only letter and digit runs): no copy needed.
  if (looksLikeWords(value)) return false;
  return shannonEntropy(value) >= Math.min(4.2, Math.log2(value.length) - 0.6);
}

/**
 * A password written right after its word, with no colon or "is" between (`password Hq4$zR8mLp2W`, `пароль
 * Hq4$…`): only the value says it is one, so it must have three classes of characters or more, and not be a
 * column's type or a call (`password VARCHAR(255)`, `пароль String(32)`), which a schema puts there.
 */
export function isStrongBareValue(value: string): boolean {
  return charClasses(value) >= 3 && !/^[A-Za-z_]\w*\(/.test(value);
}

/** `xxxx xxxx xxxx xxxx`: a Google app password's length as shown. */
const APP_PASSWORD_LENGTH = 19;

/**
 * A Google app password as Google shows it, and people paste it into `smtplib` and mail settings: four groups of
 * four lower-case letters, a space between each (`qwhr vxkt pmzd ufjb`). Random letters: at least 10 distinct
 * of the 16, few in alphabet order (`abcd efgh ijkl mnop`, `wxyz …`), and no dummy.
 */
export function isAppPassword(value: string): boolean {
  if (value.length !== APP_PASSWORD_LENGTH) return false;
  let seen = 0;
  let distinct = 0;
  let inOrder = 0;
  let previous = -1;
  for (let i = 0; i < APP_PASSWORD_LENGTH; i++) {
    const c = value.charCodeAt(i);
    if (i % 5 === 4) {
      if (c !== 32) return false;
      continue;
    }
    if (c < 97 || c > 122) return false;
    const bit = 1 << (c - 97);
    if ((seen & bit) === 0) distinct++;
    seen |= bit;
    if (c === previous + 1) inOrder++;
    previous = c;
  }
  return distinct >= 10 && inOrder < 4 && !isDummyValue(value.replaceAll(' ', ''));
}

/** Shortest and longest value taken for a password. */
export const PASSWORD_LENGTH = { min: 8, max: 200 } as const;

/**
 * True for a password-like value (any characters): long enough, at least two character classes, not a
 * phrase, not a dummy or reference; a Google app password is one too. Used where the keyword already says
 * "this is a password".
 */
export function isCrediblePassword(value: string, minLength: number = PASSWORD_LENGTH.min): boolean {
  if (value.length < minLength || value.length > PASSWORD_LENGTH.max) return false;
  if (value.length === APP_PASSWORD_LENGTH && isAppPassword(value)) return true;
  // One loop over the value first: its character classes reject names taken for values (`--password`) more
  // cheaply than lower-casing it for the word lists, and what it holds tells which of the tests below could
  // match at all. A text dense with real passwords (a connection string per line) runs every test on each.
  const shape = valueShape(value);
  if (classCount(shape) < 2 || (shape & ASCII_SPACE) !== 0 || ((shape & NON_ASCII) !== 0 && (/\s/.test(value) || isUnspacedText(value)))) return false;
  if (isDummyValue(value)) return false;
  // `prod-db-credentials`, `Secret_Name`, `db.password.key`: words with separators, nothing but letters,
  // digits, `-`, `_` and `.`.
  if ((shape & NOT_IN_NAMES) === 0 && /^[A-Za-z]+(?:[-_.][A-Za-z]+)*\d{0,4}$/.test(value)) return false;
  // An expression with optional chaining (`testInfo.expect?.toPass`): code given for a value.
  if (value.includes('?.') && OPTIONAL_CHAIN.test(value)) return false;
  if ((shape & COLON) !== 0 && /^https?:|:\/\//.test(value)) return false;
  // A path or file name holds a slash, a backslash or a dot.
  if ((shape & PATH_MARK) !== 0 && looksLikePath(value)) return false;
  return shannonEntropy(value) >= 2.5;
}

/** Identifiers joined by `.` and `?.`, one join at least `?.`: checked only on a value holding `?.`. */
const OPTIONAL_CHAIN = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/;

/** Characters of the scripts written without spaces between words: Chinese, Japanese, Korean and Thai. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
/** More of them than this make a value a phrase (`ARIA属性が許可されています`), which a keyboard's password is not. */
const MAX_UNSPACED_IN_PASSWORD = 3;

/** Whether `value` is text in a script without spaces: a translation or a message, not a password. */
function isUnspacedText(value: string): boolean {
  UNSPACED_SCRIPT.lastIndex = 0;
  let count = 0;
  while (UNSPACED_SCRIPT.test(value)) if (++count > MAX_UNSPACED_IN_PASSWORD) return true;
  return false;
}

/**
 * What a value's characters are, as flags, read in one loop: the tests of `charClasses`, `isCrediblePassword`
 * and `isOpaqueSecret` ask these instead of a regex each.
 */
const DIGIT = 1;
/** `a-f` and `g-z`, apart for the hex test. */
const HEX_LOWER = 2;
const OTHER_LOWER = 4;
const HEX_UPPER = 8;
const OTHER_UPPER = 16;
const LOWER = HEX_LOWER | OTHER_LOWER;
const UPPER = HEX_UPPER | OTHER_UPPER;
/** Anything but a letter, a digit, `-`, `_`, `.` or a space: a class of its own for `charClasses`. */
const SYMBOL = 32;
const ASCII_SPACE = 64;
const NON_ASCII = 128;
const COLON = 256;
/** `.`, `/` or `\\`: what a path or a file name holds. */
const PATH_MARK = 512;
/** Neither a letter, a digit, `-`, `_` nor `.`. */
const NOT_IN_NAMES = 1024;
/** `+`, `/`, `=` or `~`: dropped before a value is read for words. */
const WORD_BREAKS = 2048;
/** Neither a letter nor a digit. */
const NOT_ALNUM = 4096;

/** The flags of one character, by the rules `valueShape` reads a value with. */
function charShape(c: number): number {
  if (c >= 97 && c <= 122) return c <= 102 ? HEX_LOWER : OTHER_LOWER;
  if (c >= 65 && c <= 90) return c <= 70 ? HEX_UPPER : OTHER_UPPER;
  if (c >= 48 && c <= 57) return DIGIT;
  if (c === 45 || c === 95) return NOT_ALNUM;
  if (c === 46) return NOT_ALNUM | PATH_MARK;
  if (c === 32 || (c >= 9 && c <= 13)) return NOT_ALNUM | (c === 32 ? 0 : SYMBOL) | ASCII_SPACE | NOT_IN_NAMES;
  let shape = NOT_ALNUM | SYMBOL | NOT_IN_NAMES;
  if (c === 43 || c === 61 || c === 126) shape |= WORD_BREAKS;
  else if (c === 58) shape |= COLON;
  else if (c === 47) shape |= PATH_MARK | WORD_BREAKS;
  else if (c === 92) shape |= PATH_MARK;
  else if (c >= 128) shape |= NON_ASCII;
  return shape;
}

/** `charShape` of every ASCII character, so the loop is one load per character and no branch on what it is. */
const ASCII_SHAPES = Uint16Array.from({ length: 128 }, (_, c) => charShape(c));
const NON_ASCII_SHAPE = charShape(128);

function valueShape(value: string): number {
  let shape = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    shape |= c < 128 ? ASCII_SHAPES[c]! : NON_ASCII_SHAPE;
  }
  return shape;
}

/** How many of lower, upper, digit and symbol a shape holds, as `charClasses` counts them. */
function classCount(shape: number): number {
  return ((shape & LOWER) !== 0 ? 1 : 0) + ((shape & UPPER) !== 0 ? 1 : 0) + ((shape & DIGIT) !== 0 ? 1 : 0) + ((shape & SYMBOL) !== 0 ? 1 : 0);
}
