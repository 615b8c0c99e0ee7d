import { BoundedMemo } from '../../../bounded-memo';
import { isPlaceholderName } from '../../../redaction-placeholder';

/**
 * Which names say "the value here is a secret". A name is split into segments where an identifier splits
 * (`_ - .`, camelCase, digits): `DB_PASSWORD`, `dbPassword`, `spring.datasource.password`, `x-api-key`,
 * `--auth-token`. The last segment that names a secret decides; the segments after it may only say which
 * form or copy of the value it is (`API_KEY_PROD`, `token_b64`), never something else (`tokenUrl`,
 * `password_hash`, `credentialId`, `secret_name`); the segments before it must not make it public or a
 * different kind of token (`publicToken`, `csrf-token`, `authenticity_token`, `next_page_token`).
 *
 * `vendorKey`: a `key` alone or after a word that is no secret qualifier (`Key=`, `maps_key`, `voodoosms_key`).
 * Such names also hold sort, cache and row keys, so only a strongly random value makes one a secret
 * (`generic-secret-assignment`).
 */
export type KeyKind = 'password' | 'secret' | 'authorization' | 'vendorKey';

const PASSWORD_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'passwort',
  'passcode',
  'pass',
  'pwd',
  'pw',
  'pswd',
  'passw',
  'pword',
  // Compounds on `pass` that name a password (a `pass` ending alone would take `bypass` and `compass`): Redis's
  // `requirepass`, Java keytool's `-storepass` and `-keypass`.
  'requirepass',
  'storepass',
  'keypass',
  'srcstorepass',
  'deststorepass',
  'srckeypass',
  'destkeypass',
  'keystorepass',
  'truststorepass',
  // Whose password, glued to it (`dbpass`, `rootpw` of OpenLDAP's slapd.conf, `userpass` in a JDBC URL's query).
  'dbpass',
  'dbpw',
  'rootpass',
  'rootpw',
  'adminpass',
  'adminpw',
  'userpass',
  'mysqlpass',
  'ftppass',
  'smtppass',
  'mailpass',
  'ldappass',
  'redispass',
  // Redis's password for its primary, and a Wi-Fi network's pre-shared key (`psk="…"` in wpa_supplicant.conf).
  'masterauth',
  'psk',
]);
/** Endings that make a run of lowercase letters a password name (`pgpassword`, `mysqlpwd`), unlike `bypass`. */
const PASSWORD_ENDINGS = ['password', 'passwd', 'passphrase', 'pwd'];
const SECRET_ENDINGS = ['secret', 'token', 'apikey', 'credential', 'credentials', 'creds'];
const AUTH_WORDS = new Set(['auth', 'oauth', 'basicauth', 'httpauth']);
/** Words that make a following `salt` a secret (`AUTH_SALT`, `LOGGED_IN_SALT`, `NONCE_SALT`, `COOKIE_SALT`). */
const SECRET_SALTS = new Set(['auth', 'in', 'nonce', 'cookie', 'session', 'secret']);
const AUTHORIZATION_WORDS = new Set(['authorization', 'authorisation']);

/** Words that make a following `key` a secret one (`api_key`, `SECRET_KEY`, `x-functions-key`...). */
const KEY_QUALIFIERS = new Set([
  'api',
  'secret',
  'private',
  'access',
  'signing',
  'sign',
  'signature',
  'encryption',
  'encrypt',
  'crypto',
  'cipher',
  'master',
  'app',
  'application',
  'auth',
  'license',
  'licence',
  'account',
  'client',
  'subscription',
  'admin',
  'server',
  'service',
  'shared',
  'preshared',
  'consumer',
  'ingest',
  'ingestion',
  'sdk',
  'integration',
  'routing',
  'hmac',
  'session',
  // `tokenkey`, `token_key`: the key tokens are signed with, or a service's key in a URL (`?tokenkey=`).
  'token',
  'storage',
  'write',
  'rest',
  'developer',
  'partner',
  'mobile',
  'webhook',
  'jwt',
  'aes',
  'cookie',
  'root',
  'deploy',
  'personal',
  'functions',
  'function',
  'host',
  'management',
  'cosmos',
  'query',
  'insert',
  'openai',
  'anthropic',
  'mistral',
]);

/** Segments before a token name that make it a non-credential token. */
const NOT_CREDENTIAL_TOKEN = new Set([
  'csrf',
  'xsrf',
  'authenticity',
  'antiforgery',
  'forgery',
  'verification',
  'page',
  'next',
  'continuation',
  'cursor',
  'sync',
  'pagination',
  'paging',
  'lexer',
  'parser',
  'parse',
  'syntax',
  'cancel',
  'cancellation',
  'max',
  'min',
  'num',
  'count',
  'limit',
  'device',
  'push',
  'fcm',
  'apns',
  'registration',
  'notification',
  'design',
  'eos',
  'bos',
  'pad',
  'unk',
  'sep',
  'mask',
  'cls',
  'special',
  'start',
  'end',
  'input',
  'output',
  'prompt',
  'completion',
  'word',
  'lookahead',
  'tokens',
  'resume',
  'idempotency',
  'nonce',
  'state',
]);
/** Segments anywhere before the name that make the value public or made up. */
const NOT_SECRET_ANYWHERE = new Set(['public', 'publishable', 'pub', 'example', 'sample', 'dummy', 'fake', 'placeholder', 'mock', 'anon', 'anonymous']);
/** What may follow the name: the form, copy or environment of the same value. */
const SAME_VALUE = new Set([
  'value',
  'val',
  'str',
  'string',
  'text',
  'b64',
  'base64',
  'hex',
  'raw',
  'enc',
  'encoded',
  'plain',
  'plaintext',
  'secret',
  'key',
  'token',
  'prod',
  'production',
  'dev',
  'development',
  'staging',
  'stage',
  'test',
  'live',
  'local',
  'primary',
  'secondary',
  'new',
  'old',
  'current',
  'previous',
  'prev',
  'default',
  'override',
  'main',
  'backup',
  'v',
  'confirm',
  'confirmation',
  'again',
  'repeat',
  'retype',
  'sandbox',
  'ci',
  'env',
  'base',
]);

/** Words before `key` that name what the key indexes or orders, not a service it opens. */
const NOT_VENDOR_KEY = new Set([
  'sort',
  'cache',
  'primary',
  'foreign',
  'partition',
  'hash',
  'range',
  'object',
  'idempotency',
  'dedup',
  'dedupe',
  'unique',
  'lookup',
  'map',
  'row',
  'column',
  'field',
  'i18n',
  'translation',
  'locale',
  'message',
  'label',
  'route',
  'react',
  'list',
  'item',
  'index',
  'composite',
  'natural',
  'surrogate',
  'registry',
  'group',
  'shard',
  'cursor',
  'file',
  'path',
  'blob',
  'bucket',
  'prefix',
  'event',
  'request',
  'correlation',
  'trace',
  'span',
  'query',
  'state',
  'local',
  'cookie',
  'theme',
  'hot',
  'short',
  'the',
  'this',
  'my',
  'your',
  'a',
  'an',
  'its',
  'new',
  'old',
  'next',
  'prev',
  'last',
  'first',
  'user',
  'entity',
  'record',
  'table',
  'db',
  'model',
  'node',
  'child',
  'parent',
  'element',
  'component',
  'widget',
  'form',
  'input',
  'option',
  'menu',
  'tab',
  'page',
  'view',
  'tree',
  'dict',
  'json',
  'yaml',
  'config',
  'setting',
  'settings',
  'env',
  'property',
  'prop',
  'attr',
  'attribute',
  'metadata',
  'meta',
  'tag',
  'name',
  'type',
  'kind',
  'id',
  'uuid',
  'ssh',
  'gpg',
  'pgp',
  'rsa',
  // What names a digest or a version, hex under a constant's name as much as in code (`COMMIT_KEY=4f2a…`).
  'commit',
  'sha',
  'checksum',
  'digest',
  'fingerprint',
  'content',
  'etag',
  'revision',
  'host',
  'known',
  'deploy',
  'root',
  'tls',
  'ssl',
  'cert',
  'certificate',
  'site',
  'recaptcha',
  'captcha',
  'turnstile',
  'hcaptcha',
  'mouse',
  'keyboard',
  'press',
  'music',
  'signal',
  'piano',
]);

/** Query parameters that carry a credential under a name that is no secret name elsewhere: `?key=`. */
const QUERY_SECRETS = new Set(['key']);

/** How a name was written. */
export interface KeyName {
  /** Offset of the name (after leading dashes of a flag and any words of a prose name). */
  start: number;
  end: number;
  kind: KeyKind;
  /** `--password`, `-token`: a command-line flag. */
  flag: boolean;
  /** Words before the name were read as part of it: `my api key`, `the ssh password`. */
  prose: boolean;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
/** Characters of a name: letters, digits, `_`, `-`, `.`. */
export function isNameChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95 || c === 45 || c === 46;
}

/**
 * A constant's or an environment variable's name over `[start, end)`: capitals, digits and `_` only
 * (`DB_PASSWORD`, `OPENWEATHER_KEY`), as configuration writes them.
 */
export function isConstantName(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) return false;
  }
  return true;
}

/** Longest name looked at either side of a keyword hit; longer runs are data, not names. */
export const MAX_NAME = 64;

/** Lowercase segments of `name`: split at `_ - .`, at camelCase, and around digit runs. */
export function nameSegments(name: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    const prev = i > 0 ? name.charCodeAt(i - 1) : 0;
    const next = i + 1 < name.length ? name.charCodeAt(i + 1) : 0;
    const boundary =
      current !== '' && (isDigit(c) !== isDigit(prev) || (isUpper(c) && !isUpper(prev) && isLetter(prev)) || (isUpper(c) && isUpper(prev) && next >= 97 && next <= 122));
    if (boundary) {
      out.push(current);
      current = '';
    }
    current += name[i]!.toLowerCase();
  }
  if (current) out.push(current);
  return out;
}

interface Classified {
  kind: KeyKind;
  /** Index of the segment that names the secret. */
  index: number;
  /** Part of that segment before the secret word (`csrf` of `csrftoken`), or ''. */
  stem: string;
}

/** What a single segment names, with the part of it before the secret word. */
function classifySegment(segment: string, previous: string | undefined): Omit<Classified, 'index'> | undefined {
  if (PASSWORD_WORDS.has(segment)) return { kind: 'password', stem: '' };
  for (const ending of PASSWORD_ENDINGS) if (segment.endsWith(ending)) return { kind: 'password', stem: segment.slice(0, -ending.length) };
  if (AUTHORIZATION_WORDS.has(segment)) return { kind: 'authorization', stem: '' };
  if (AUTH_WORDS.has(segment)) return { kind: 'secret', stem: '' };
  for (const ending of SECRET_ENDINGS) if (segment.endsWith(ending)) return { kind: 'secret', stem: segment.slice(0, -ending.length) };
  // Duo's `skey`: the integration's secret key (its `ikey` is an id).
  if (segment === 'skey') return { kind: 'secret', stem: '' };
  // WordPress's `AUTH_SALT`, `SECURE_AUTH_SALT`, `LOGGED_IN_SALT`, `NONCE_SALT`: secrets its cookies are signed
  // with, as its `*_KEY` constants are. A salt alone is stored beside the hash it salts, and no secret.
  if (segment === 'salt' && previous !== undefined && SECRET_SALTS.has(previous)) return { kind: 'secret', stem: '' };
  if (segment === 'key' || segment === 'keys') {
    if (previous === undefined) return { kind: 'vendorKey', stem: '' };
    if (KEY_QUALIFIERS.has(previous)) return { kind: 'secret', stem: '' };
    return NOT_VENDOR_KEY.has(previous) || /\d/.test(previous) ? undefined : { kind: 'vendorKey', stem: '' };
  }
  if (segment.endsWith('key')) {
    const stem = segment.slice(0, -3);
    return KEY_QUALIFIERS.has(stem) ? { kind: 'secret', stem } : undefined;
  }
  return undefined;
}

/** The kind of secret a list of name segments names, or undefined when it names something else. */
export function classifySegments(segments: readonly string[]): Classified | undefined {
  for (let index = segments.length - 1; index >= 0; index--) {
    const found = classifySegment(segments[index]!, segments[index - 1]);
    if (found === undefined) continue;
    for (let k = index + 1; k < segments.length; k++) {
      const after = segments[k]!;
      if (!SAME_VALUE.has(after) && !/^\d+$/.test(after) && after.length > 1) return undefined;
    }
    const before = segments.slice(0, index);
    if (before.some((segment) => NOT_SECRET_ANYWHERE.has(segment)) || NOT_SECRET_ANYWHERE.has(found.stem)) return undefined;
    if (found.kind === 'secret' && (segments[index]!.endsWith('token') || segments[index] === 'auth')) {
      const stem = found.stem || segments[index - 1];
      if (stem !== undefined && NOT_CREDENTIAL_TOKEN.has(stem)) return undefined;
      if (before.some((segment) => segment === 'csrf' || segment === 'xsrf')) return undefined;
    }
    return { ...found, index };
  }
  return undefined;
}

/**
 * Where up to two words before `at` start, each a run of letters after one space, as a prose name would have
 * (`my dd app key`); `at` itself when there are none.
 */
function proseWordsStart(text: string, at: number): number {
  let start = at;
  for (let n = 0; n < 2; n++) {
    if (text.charCodeAt(start - 1) !== 32) break;
    let i = start - 1;
    while (i > 0 && start - 1 - i < 16 && isLetter(text.charCodeAt(i - 1))) i--;
    if (i === start - 1 || isNameChar(text.charCodeAt(i - 1))) break;
    start = i;
  }
  return start;
}

/** A run of name characters around a keyword hit. */
export interface NameRun {
  start: number;
  end: number;
  /** Longer than a name can be (or it runs on before `from`): data, not a name. */
  tooLong: boolean;
}

/**
 * The run of name characters around the keyword hit at `hit`. `from` is where the previous run ended: the
 * walk back stops there, so a long run of name characters is read once however many hits it holds. Written
 * into `into` when given: a rule asks at every keyword hit, and a text dense with them made an object each.
 */
export function nameRunAt(text: string, hit: number, from: number, into: NameRun = { start: 0, end: 0, tooLong: false }): NameRun {
  let start = hit;
  const floor = Math.max(from, hit - MAX_NAME);
  while (start > floor && isNameChar(text.charCodeAt(start - 1))) start--;
  let tooLong = start === floor && start > 0 && isNameChar(text.charCodeAt(start - 1));
  let end = hit;
  const ceiling = Math.min(text.length, hit + MAX_NAME);
  while (end < ceiling && isNameChar(text.charCodeAt(end))) end++;
  if (end === ceiling && end < text.length && isNameChar(text.charCodeAt(end))) tooLong = true;
  into.start = start;
  into.end = end;
  into.tooLong = tooLong;
  return into;
}

/** The name is a Ruby symbol (`:password`) right after a call's `(` or its name and a blank (`set :password`). */
export function rubySymbolArgument(text: string, nameStart: number): boolean {
  if (text.charCodeAt(nameStart - 1) !== 58) return false;
  const before = text.charCodeAt(nameStart - 2);
  return before === 40 || ((before === 32 || before === 9) && isLetter(text.charCodeAt(nameStart - 3)));
}

/**
 * Whether anything that could assign a value follows the run: an operator character, a closing quote or
 * bracket, an element's `>`, a call's `("`, an array declarator's `[`, or a space before more text (a verb, a
 * type, a flag's value). Most names in code are followed by `(`, `)`, `.`, `,` or `;` and are dropped here,
 * before their segments are read.
 */
export function mayBeAssigned(text: string, run: NameRun): boolean {
  let at = run.end;
  const c = text.charCodeAt(at);
  if (c === 34 || c === 39 || c === 96 || c === 93 || c === 92) return true;
  // `- name: API_TOKEN` with its `value:` on the next line.
  if (c === 10 || c === 13) return text.charCodeAt(run.start - 2) === 58;
  if (c === 32 || c === 9) {
    while (at < text.length && at - run.end < 4 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
    const next = text.charCodeAt(at);
    // Not `name )`, `name ,` or `name ;`: calls and lists (`name (prod):` may be a remark).
    return !(next === 41 || next === 44 || next === 59 || next === 123 || next === 125 || next === 10 || next === 13);
  }
  const next = text.charCodeAt(at + 1);
  switch (c) {
    case 61: // =
    case 58: // :
    case 124: // |
    case 62: // >
      return true;
    case 63: // ?=
    case 43: // +=
    case 46: // .=
      return next === 61;
    case 60: // <-
      return next === 45;
    case 40: // `setPassword("…")`: a call given a quoted literal (`AssignmentReader` keeps setters only)
      return next === 34 || next === 39 || next === 96;
    case 44: // `set :password, "…"`: a Ruby symbol, then its value
      return rubySymbolArgument(text, run.start);
    case 91: // `char password[] = "…"`, `char api_key[41] = "…"`: C's array declarator
      return next === 93 || (next >= 48 && next <= 57);
    default:
      return false;
  }
}

/** What a name says on its own: the kind of secret it names, and what the checks around it need. */
interface NameReading {
  kind: KeyKind | undefined;
  segmentCount: number;
  /** A lone `key`: a secret name as a query parameter (`?key=`). */
  queryKey: boolean;
}

/** Readings by name as written: the same names recur all through a config or log. */
const readings = new BoundedMemo((name: string): NameReading => {
  const segments = nameSegments(name);
  return {
    kind: classifySegments(segments)?.kind,
    segmentCount: segments.length,
    queryKey: segments.length === 1 && QUERY_SECRETS.has(segments[0]!),
  };
});

/**
 * The kind a prose name names: words and a name with one space between each, as written (`my api key`,
 * `the CSRF token`).
 */
const proseReadings = new BoundedMemo((phrase: string): KeyKind | undefined => {
  const parts = phrase.split(' ');
  const name = parts.pop()!;
  return classifySegments([...parts.map((word) => word.toLowerCase()), ...nameSegments(name)])?.kind;
});

/**
 * The secret name in a run of name characters, or undefined when the run names nothing secret. Written into
 * `into` when given (a rule asks at every keyword hit).
 */
export function secretNameIn(text: string, run: NameRun, into?: KeyName): KeyName | undefined {
  if (run.tooLong || isPlaceholderName(text, run.start, run.end)) return undefined;
  let { start, end } = run;
  // A sentence's full stop or a flag's dashes are not part of the name.
  while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  let flag = false;
  while (start < end && (text.charCodeAt(start) === 45 || text.charCodeAt(start) === 46)) {
    flag = text.charCodeAt(start) === 45;
    start++;
  }
  if (start >= end) return undefined;
  const reading = readings.getRange(text, start, end);
  const queryParameter = start > 0 && (text.charCodeAt(start - 1) === 63 || text.charCodeAt(start - 1) === 38);
  // A lone `key` is only a `vendorKey` when nothing says more: a query parameter (`?key=`) is a secret, and
  // words before it in a sentence (`my dd app key`) say what it is.
  const loneKey = reading.kind === 'vendorKey' && reading.segmentCount === 1;
  let kind = loneKey ? undefined : (reading.kind ?? (queryParameter && reading.queryKey ? 'secret' : undefined));
  if (loneKey && queryParameter) kind = 'secret';
  let nameStart = start;
  let prose = false;
  // Words come before a name only after a space.
  if (reading.segmentCount <= 2 && !flag && !queryParameter && text.charCodeAt(start - 1) === 32) {
    // `my api key`, `the csrf token`: words before the name make it a secret name, or another kind of name.
    const wordsStart = proseWordsStart(text, start);
    if (wordsStart < start) {
      const withWords = proseReadings.getRange(text, wordsStart, end);
      if ((kind !== undefined || loneKey) && withWords === undefined) return undefined;
      if (kind === undefined && withWords !== undefined) {
        kind = withWords;
        nameStart = wordsStart;
        prose = true;
      }
    }
  }
  if (kind === undefined && loneKey) kind = 'vendorKey';
  if (kind === undefined) return undefined;
  if (into === undefined) return { start: nameStart, end, kind, flag, prose };
  into.start = nameStart;
  into.end = end;
  into.kind = kind;
  into.flag = flag;
  into.prose = prose;
  return into;
}
