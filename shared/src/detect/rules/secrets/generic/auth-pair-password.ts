import { anchoredScannerRule } from '../../../define';
import { isDigit, isWord } from '../../pii/scan/chars';
import { plausibleSecret } from './generic-secret-assignment';
import { skipArgumentSpace } from './value-scan';
import { isCrediblePassword } from './values';

/** Longest literal read: a user name or a password is short. */
const MAX_LITERAL = 128;

/** Where a literal starting at `at` (its opening quote) ends: the offset of its closing quote, or -1. */
function literalEnd(text: string, at: number): number {
  const quote = text.charCodeAt(at);
  if (quote !== 34 && quote !== 39) return -1;
  const stop = Math.min(text.length, at + 1 + MAX_LITERAL);
  for (let i = at + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return i;
    // A line feed or an escaped quote: not a plain literal. (A lone backslash is a domain's: `"corp\\svc"`.)
    if (c === 10 || (c === 92 && text.charCodeAt(i + 1) === quote)) return -1;
  }
  return -1;
}

/** Longest name read as an argument: a variable or a constant, dotted (`config.DB_URL`). */
const MAX_NAME = 64;

/**
 * Where an argument starting at `at` ends when it is a name (`user`, `cfg.DB_URL`, `$user`): past its last
 * character, or -1.
 */
function nameEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + MAX_NAME);
  let i = at;
  while (i < stop && isNameChar(text.charCodeAt(i))) i++;
  // Empty, a number, or longer than a name (a name character still follows at `stop`).
  return i === at || isDigit(text.charCodeAt(at)) || isNameChar(text.charCodeAt(i)) ? -1 : i;
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 95 || c === 46 || c === 36;
}

/** Past an argument that is a literal or a name, or -1. */
function argumentEnd(text: string, at: number): number {
  const end = literalEnd(text, at);
  return end >= 0 ? end + 1 : nameEnd(text, at);
}

/**
 * Calls whose user is not their first argument, with how many arguments come before it: a path or URL, a host,
 * a realm. The password follows the user.
 */
const ARGUMENTS_BEFORE_USER: ReadonlyMap<string, number> = new Map([
  // .NET's `DirectoryEntry(path, user, password)`, JDBC's `DriverManager.getConnection(url, user, password)`.
  ['directoryentry(', 1],
  ['getconnection(', 1],
  // PHP's `new mysqli(host, user, password, db)`, `mysqli_connect(…)`, `new PDO(dsn, user, password)`.
  ['mysqli(', 1],
  ['mysqli_connect(', 1],
  ['mysql_connect(', 1],
  ['pdo(', 1],
  // Python's `ftplib.FTP(host, user, passwd)`, `FTP_TLS(…)`; urllib's `add_password(realm, uri, user, passwd)`.
  ['ftp(', 1],
  ['ftp_tls(', 1],
  ['.add_password(', 2],
  // Sequelize's `new Sequelize(database, user, password, options)`.
  ['sequelize(', 1],
]);

/**
 * Anchors that are a whole name: `ftp(` is not the end of `sftp(`, nor `pdo(` of `getPdo(`. A dot or a blank may
 * stand before them (`ftplib.FTP(`, `new PDO(`).
 */
const WHOLE_NAMES = new Set(['mysqli(', 'pdo(', 'ftp(', 'ftp_tls(', 'sequelize(', 'mysqli_connect(', 'mysql_connect(']);

/** Calls that take a login and its password, first or after `ARGUMENTS_BEFORE_USER`. */
const ANCHORS = [
  'auth=(',
  'auth = (',
  'auth=[',
  'basicauth(',
  'digestauth(',
  'passwordauthentication(',
  'usernamepasswordcredentials(',
  'networkcredential(',
  '.login(',
  // LDAP binds: the DN, then its password (python-ldap's `simple_bind_s`, `bind_s`).
  'simple_bind_s(',
  'simple_bind(',
  '.bind_s(',
  // Oracle's Python drivers: `cx_Oracle.connect(user, password, dsn)`, `oracledb.connect(…)`.
  'cx_oracle.connect(',
  'oracledb.connect(',
  // Azure Storage: the account, then its key.
  'storagesharedkeycredential(',
  ...ARGUMENTS_BEFORE_USER.keys(),
];

/** Which anchor ends at the first `(` or `[` after `hit` (anchors match in any case), read from the text. */
function anchorAt(text: string, hit: number, bracket: number): string {
  return text.slice(hit, bracket + 1).toLowerCase();
}

/**
 * The password of a user and password given together, the password as a literal: Python's `auth=("user", "…")`
 * (requests, httpx), `HTTPBasicAuth("user", "…")`, `aiohttp.BasicAuth("user", "…")`, a client's
 * `.login(user, "…")` (smtplib, imaplib, ftplib), Java's `new PasswordAuthentication("user", "…".toCharArray())`,
 * `UsernamePasswordCredentials("user", "…")` and JDBC's `DriverManager.getConnection(url, "user", "…")`, .NET's
 * `new NetworkCredential("user", "…")` and `new DirectoryEntry("LDAP://…", "user", "…")`. The user (and a path or
 * URL before it) may be a literal or a variable. The password must look like a password (a Google app password,
 * four groups of four letters, does) and differ from a literal user; a reference or a placeholder is none.
 */
export const authPairPassword = anchoredScannerRule({
  id: 'auth-pair-password',
  anchors: ANCHORS,
  title: 'Password given as a literal with its user name',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      // Every anchor ends at its bracket (the longest is 28 characters): the user literal follows.
      let at = hit;
      while (at < hit + 28 && text[at] !== '(' && text[at] !== '[') at++;
      const anchor = anchorAt(text, hit, at);
      if (WHOLE_NAMES.has(anchor) && isWord(text.charCodeAt(hit - 1))) continue;
      let userStart = skipArgumentSpace(text, at + 1);
      for (let before = ARGUMENTS_BEFORE_USER.get(anchor) ?? 0; before > 0 && userStart >= 0; before--) {
        const end = argumentEnd(text, userStart);
        const comma = end < 0 ? -1 : skipArgumentSpace(text, end);
        userStart = comma >= 0 && text[comma] === ',' ? skipArgumentSpace(text, comma + 1) : -1;
      }
      if (userStart < 0) continue;
      const userEnd = argumentEnd(text, userStart);
      // An empty literal is no user.
      if (userEnd < 0 || userEnd === userStart + 2) continue;
      const comma = skipArgumentSpace(text, userEnd);
      if (text[comma] !== ',') continue;
      const passwordStart = skipArgumentSpace(text, comma + 1);
      const passwordEnd = literalEnd(text, passwordStart);
      if (passwordEnd < 0) continue;
      // The literal is a whole argument: the pair's `)` or `]`, another argument, or a call on it (`.toCharArray()`).
      const after = text[skipArgumentSpace(text, passwordEnd + 1)];
      if (after !== ')' && after !== ']' && after !== ',' && after !== '.') continue;
      const password = text.slice(passwordStart + 1, passwordEnd);
      // A password equal to its literal user (`"admin", "admin"`) is a default's placeholder.
      const userIsLiteral = text[userStart] === '"' || text[userStart] === "'";
      if ((userIsLiteral && password === text.slice(userStart + 1, userEnd - 1)) || /^\d+$/.test(password)) continue;
      if (!isCrediblePassword(password, 6) && !plausibleSecret(password)) continue;
      yield { start: passwordStart + 1, end: passwordEnd };
    }
  },
});
