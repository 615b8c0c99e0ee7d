import { hasDistinctChars } from '../../../distinct-chars';
import { isPasswordWord } from './localized-password';
import { isDummyValue, looksLikeDottedName, looksLikePath } from './values';

/** Shortest and longest plain password taken where it is given as a literal. */
export const PLAIN_PASSWORD_LENGTH = { min: 6, max: 64 } as const;

/**
 * Words a schema, a form, a log or a configuration puts where a password goes, and that are no password given:
 * types and input kinds, hash and auth methods (`pg_hba`'s `md5`, `trust`, `peer`), where a password comes
 * from (`prompt`, `keyring`, `stdin`), what a form says of one (`invalid`, `mismatch`) and what a status or an
 * audit record says happened to it (`expired`, `rotated`).
 */
const NOT_GIVEN = new Set([
  'text',
  'number',
  'integer',
  'boolean',
  'object',
  'function',
  'symbol',
  'bigint',
  'secure',
  'securestring',
  'plain',
  'plaintext',
  'cleartext',
  'bcrypt',
  'argon2',
  'argon2id',
  'argon2i',
  'scrypt',
  'pbkdf2',
  'sha1',
  'sha256',
  'sha512',
  'crypt',
  'trust',
  'peer',
  'ident',
  'reject',
  'prompt',
  'stdin',
  'keyring',
  'keychain',
  'environment',
  'input',
  'field',
  'current',
  'confirm',
  'confirmation',
  'encrypted',
  'unencrypted',
  'disabled',
  'enabled',
  'sensitive',
  'private',
  'public',
  'protected',
  'internal',
  'credential',
  'credentials',
  'login',
  'signin',
  'signup',
  'logout',
  'forgot',
  'forgotten',
  'invalid',
  'missing',
  'mismatch',
  'incorrect',
  'wrong',
  'weak',
  'strong',
  'minlength',
  'maxlength',
  'pattern',
  'unset',
  'notset',
  'inherit',
  'random',
  'generated',
  'static',
  'dynamic',
  'basic',
  'bearer',
  'digest',
  'oauth',
  'oauth2',
  'native',
  'external',
  'anonymous',
  'nobody',
  'blank',
  'omitted',
  'unknown',
  'placeholder',
  'obscured',
  'autocomplete',
  'autofill',
  // What a log, a status or an audit record says happened to one.
  'removed',
  'deleted',
  'ignored',
  'unused',
  'notused',
  'changed',
  'unchanged',
  'updated',
  'hashed',
  'salted',
  'expired',
  'expiring',
  'locked',
  'unlocked',
  'verified',
  'unverified',
  'validated',
  'accepted',
  'rejected',
  'granted',
  'denied',
  'revoked',
  'rotated',
  'pending',
  'active',
  'inactive',
  'success',
  'failed',
  'failure',
  // A schema's column type or constraint.
  'varchar',
  'nvarchar',
  'nullable',
  'notnull',
  'readonly',
  'writeonly',
  'mandatory',
  // Authentication mechanisms and digests.
  'kerberos',
  'interactive',
  'gssapi',
  'sha-256',
  'sha-512',
]);

/**
 * How sure a finding of a plain password is, whichever rule's syntax gave it (an assignment, a URL's userinfo, a
 * connection string, a command's option): less than a value that looks like a password on its own.
 */
export const PLAIN_PASSWORD_CONFIDENCE = 0.5;

/**
 * A password given as a literal that `isCrediblePassword` finds too plain: one class of characters
 * (`whiteduke`, `centipede`) or six or seven characters (`pelic4n`). People choose such passwords, and where the
 * text says plainly that this is the password (a quoted literal, a `.env` line) it is one. Not taken: dummies
 * and references (`isDummyValue`), values named for a password or secret (`mypass1`), a
 * label (`Passwort`, `wachtwoord`), a constant's or an identifier's name (`PASSWORD_FIELD`, `currentValue`, `smtp_pass`), a
 * path or a dotted name, digits alone (a port, a length), a run of a few characters, and the words of
 * `NOT_GIVEN`.
 */
export function isPlainPassword(value: string): boolean {
  const n = value.length;
  if (n < PLAIN_PASSWORD_LENGTH.min || n > PLAIN_PASSWORD_LENGTH.max) return false;
  // One loop for what the value is made of: printable ASCII with no blank, no bracket and no reference mark.
  let lower = 0;
  let upper = 0;
  let digits = 0;
  let separators = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 33 || c > 126 || NOT_IN_PLAIN[c] === 1) return false;
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 48 && c <= 57) digits++;
    else if (c === 45 || c === 95) separators++;
  }
  // Digits alone (a port, a length), a constant's name (`PASSWORD_FIELD`), a label (`Passwort`).
  if (digits === n || lower === 0 || (upper === 1 && lower + 1 === n && isUpper(value.charCodeAt(0)))) return false;
  // Identifiers: words joined by `_` or `-` (`smtp_user`, `db-credentials`), or by capitals (`currentValue`).
  if (digits === 0 && upper === 0 && separators > 0 && lower + separators === n) return false;
  if (digits === 0 && separators === 0 && upper > 0 && lower + upper === n && !isUpper(value.charCodeAt(0))) return false;
  const folded = value.toLowerCase();
  // Named for what it stands in for (`passphrase1`, `passed`, `mysecret!`), a word of `NOT_GIVEN`, or the word
  // for "password" in another language (a translation file's `"password": "wachtwoord"`).
  if (folded.includes('pass') || folded.includes('pwd') || folded.includes('secret') || NOT_GIVEN.has(folded) || isPasswordWord(folded)) return false;
  if (!hasDistinctChars(value, 4) || isDummyValue(value)) return false;
  if (value.includes(':') && /^https?:/i.test(value)) return false;
  return !looksLikePath(value) && !looksLikeDottedName(value);
}

/** Brackets and the marks of a reference or a template (`$VAR`, `%VAR%`, `{{x}}`, `<your password>`). */
const NOT_IN_PLAIN = new Uint8Array(128);
for (const c of '()[]{}<>$%') NOT_IN_PLAIN[c.charCodeAt(0)] = 1;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
