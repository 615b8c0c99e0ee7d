import { shannonEntropy } from '../../../entropy';

/**
 * Checks shared by the generic (keyword + value) rules. They see only the candidate value, so everything
 * here is about telling a credential from the placeholders, references and identifiers that sit in the same
 * place in code, configs and docs.
 */

/** Values people put where a password goes in docs, tests and local setups. */
const DUMMY = new Set([
  'password', 'passwd', 'pass', 'pwd', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'secret', 's3cr3t', 'secret123',
  'changeme', 'changeit', 'admin', 'admin123', 'administrator', 'root', 'toor', 'test', 'test123', 'testing',
  'tester', 'guest', 'user', 'username', 'default', 'demo', 'dev', 'local', 'qwerty', 'letmein', 'welcome',
  'hunter2', '123456', '1234567', '12345678', '123456789', '1234567890', 'none', 'null', 'nil', 'undefined',
  'true', 'false', 'empty', 'string', 'str', 'value', 'required', 'optional', 'hidden', 'masked', 'token',
  'apikey', 'api_key', 'key', 'foo', 'bar', 'baz', 'foobar', 'abc123', 'mypassword', 'mysecret', 'yourpassword',
  'supersecret', 'topsecret', 'postgres', 'mysql', 'mongo', 'redis', 'rabbitmq', 'oracle', 'sa', 'pw',
  'notasecret', 'secretpassword', 'password1', 'password123', 'pass123', 'pa55word', 'pa$$word', 'sesame',
]);

const MASKED = /^(?:[*xX.•#?_-]+|[xX]{3,}.*)$/;

/**
 * References and templates, not values: `${DB_PASS}`, `$DB_PASS`, `$(cat f)`, `%DB_PASS%`, `%s`, `%(pw)s`,
 * `{}`, `{0}`, `{{ .Values.pw }}`, `<password>`, `[PASSWORD]`, `:password`, `@Value(...)`, `process.env.X`,
 * `os.environ[...]`, `ENV[...]`, vault and secret-manager references.
 */
const REFERENCE =
  /^(?:\$|%[A-Za-z_(]|%\w+%$|\{|<|\[|:[a-z_]+$|@[A-Za-z]+\(|!(?:Ref|Sub|GetAtt|ImportValue|vault|secret|env)\b|&[A-Za-z]|\*[A-Za-z])|\$\{|\{\{|%\(|%[sdv]\b|process\.env|os\.environ|getenv|environ\b|\bENV\[|System\.getenv|secrets?\.[A-Z_]|vault:|arn:aws:|^(?:op|sm|gcp|ref|vault|secret|env|file|k8s):\/\/|\bsecretKeyRef\b|\(\)$/;

/** True for placeholders, masks, dummies and references that are never a real credential. */
export function isDummyValue(value: string): boolean {
  const lower = value.toLowerCase();
  if (DUMMY.has(lower)) return true;
  if (MASKED.test(value)) return true;
  if (REFERENCE.test(value)) return true;
  // `password`, `db-password`, `my_secret_1`, `<password>` variants.
  if (/^(?:my|your|the|some|new|old|db|app|user|admin|test|dummy|default)?[-_]?(?:pass(?:word|wd)?|pwd|secret|token|key)[-_]?\d{0,3}$/.test(lower)) return true;
  return /passw(?:or)?d|changeme|example|sample|placeholder|dummy|redacted/.test(lower);
}

/** How many of lower, upper, digit, symbol (anything else except `-_. `) a value uses. */
export function charClasses(value: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let symbol = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else if (c !== 45 && c !== 95 && c !== 46 && c !== 32) symbol = 1;
  }
  return lower + upper + digit + symbol;
}

/**
 * True when a value reads as words rather than random characters: `getAccessToken`, `prod-db-credentials`,
 * `transformES2015`, `MY_SECRET_KEY_2024`. Random strings break into many short runs of one character class;
 * identifiers break into few long ones.
 */
export function looksLikeWords(value: string): boolean {
  const runs = value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g);
  if (runs === null) return true;
  let alnum = 0;
  for (const run of runs) alnum += run.length;
  return alnum / runs.length >= 3.2;
}

/** File paths (`./keys/dev.pem`, `/run/secrets/db`, `C:\x`) and file names (`token.json`). */
export function looksLikePath(value: string): boolean {
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return true;
  if (/\.(?:json|ya?ml|txt|pem|key|crt|env|ini|cfg|conf|toml|xml|js|ts|py|rb|go|java|properties|gpg|asc|p12|pfx|jks)$/i.test(value)) return true;
  return value.includes('/') && value.split('/').every((part) => /^[a-z0-9._-]*$/.test(part));
}

/** Dotted names (`config.api.token`, `ya29` excepted), versions (`1.2.3-beta4`), domains (`api.foo.com`). */
export function looksLikeDottedName(value: string): boolean {
  if (!value.includes('.')) return false;
  return value.split('.').every((part) => part.length === 0 || /^(?:[A-Za-z_$-]+\d*|\d+|v\d+)$/.test(part));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Subresource-integrity and digest notation: `sha512-...`, `sha256:...`. */
const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5)[-:]/i;

/** Entropy a random string of this length and alphabet should reach, with some slack. */
function entropyFloor(length: number, hex: boolean): number {
  const ideal = Math.log2(length);
  return hex ? Math.min(3.3, ideal - 1) : Math.min(3.9, ideal - 0.75);
}

/**
 * True for an opaque token that could be a credential: mixed character classes, random-looking, and none of
 * the look-alikes above.
 */
export function isOpaqueSecret(value: string): boolean {
  const hex = /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value);
  if (hex) {
    if (!/[0-9]/.test(value) || !/[a-fA-F]/.test(value)) return false;
  } else {
    if (UUID.test(value) || DIGEST.test(value)) return false;
    const hasDigit = /[0-9]/.test(value);
    const mixedCase = /[a-z]/.test(value) && /[A-Z]/.test(value);
    if (!hasDigit && !(mixedCase && value.length >= 20)) return false;
    if (!/[A-Za-z]/.test(value)) return false;
    if (looksLikePath(value) || looksLikeDottedName(value) || /^(?:https?|www\.)/i.test(value)) return false;
    if (looksLikeWords(value.replace(/[+/=~]/g, ''))) return false;
  }
  return shannonEntropy(value) >= entropyFloor(value.length, hex) && !isDummyValue(value);
}

/**
 * True for a password-like value (any characters): long enough, at least two character classes, not a
 * phrase, not a dummy or reference. Used where the keyword already says "this is a password".
 */
export function isCrediblePassword(value: string, minLength = 8): boolean {
  if (value.length < minLength || value.length > 200) return false;
  if (/\s/.test(value)) return false;
  if (isDummyValue(value)) return false;
  if (charClasses(value) < 2) return false;
  // `prod-db-credentials`, `Secret_Name`, `db.password.key`: words with separators.
  if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)*\d{0,4}$/.test(value)) return false;
  if (/^https?:|:\/\//.test(value) || looksLikePath(value)) return false;
  return shannonEntropy(value) >= 2.5;
}
