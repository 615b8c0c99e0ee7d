/**
 * Keywords (lowercase, matched anywhere in the 80 characters before a value on its line) for the generic
 * keyword + entropy rules. Unambiguous key names are plain stems. `token`, `secret` and `auth` also occur in
 * package names, prose and words (`js-tokens`, `tokenizer`, `author`), so they only count followed by
 * something that assigns or names a value: `=`, `:`, a closing quote, `>` (XML) or, for flags, a space.
 */
const STEMS = [
  'password', 'passwd', 'passphrase', 'pwd', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey',
  'access-key', 'secret_key', 'secretkey', 'secret-key', 'private_key', 'privatekey', 'private-key',
  'client_secret', 'clientsecret', 'signing_key', 'signingkey', 'encryption_key', 'encryptionkey',
  'session_key', 'master_key', 'masterkey', 'app_key', 'auth_key', 'credential',
];
const AMBIGUOUS = ['token', 'secret', 'auth', 'pass'];
const SUFFIXES = ['=', ' =', ':', ' :', '"', "'", '>', '\t'];

export const SECRET_KEYWORDS: readonly string[] = [
  ...STEMS,
  ...AMBIGUOUS.flatMap((word) => [...SUFFIXES.map((suffix) => word + suffix), `-${word} `]),
];
