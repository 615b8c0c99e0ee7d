import { anchoredScannerRule } from '../../../define';
import { plausibleSecret } from './generic-secret-assignment';
import { startsWithFolded } from '../../../folded-word';
import { isBlank, skipSpaces, spacesBefore } from './value-scan';
import { keepShapeOf } from '../../../keep-shape';
import {
  ALWAYS,
  argumentAt,
  argumentEnd,
  COMMAND_REACH,
  credible,
  credibleArgumentAt,
  echoedInto,
  ENDS_COMMAND,
  givenPassword,
  isCommandEnd,
  isWordChar,
  NEVER,
  type Argument,
  type PlainAllowed,
} from './command-arguments';
import { LineMention } from './line-mention';
import { positionalPassword, type PositionalPassword } from './positional-password';

/** What precedes `login` on a command line: a prompt, then one to three lowercase words (`vault`, `gh auth`). */
const COMMAND_BEFORE_LOGIN = /^[ \t]*(?:[$#>%][ \t]*)?(?:[a-z][\w.-]*[ \t]+){0,2}[a-z][\w.-]*$/;

/** The option that takes a password, by command: MySQL/MariaDB's is attached (`-pSECRET`; a bare `-p` prompts). */
const PASSWORD_OPTIONS: Readonly<Record<string, { letter: string; attached: boolean }>> = {
  // The client and its tools (`mysqldump -uroot -p… db`), under both names MariaDB ships them.
  ...Object.fromEntries(
    [
      'mysql',
      'mysqldump',
      'mysqladmin',
      'mysqlimport',
      'mysqlcheck',
      'mysqlshow',
      'mysqlpump',
      'mysqlbinlog',
      'mariadb',
      'mariadb-dump',
      'mariadb-admin',
      'mariadb-import',
      'mariadb-check',
    ].map((command) => [command, { letter: 'p', attached: true }]),
  ),
  // OpenSSL's `enc`/`pkcs12`… `-k PASSWORD` (its `-pass pass:…` form: see OPENSSL_PASS).
  openssl: { letter: 'k', attached: false },
  sshpass: { letter: 'p', attached: false },
  'redis-cli': { letter: 'a', attached: false },
  // The passphrase a new SSH key is encrypted with (`ssh-keygen -N "…"`).
  'ssh-keygen': { letter: 'N', attached: false },
  // Archives: Info-ZIP's `zip -P …` and `unzip -P …`, 7-Zip's and RAR's `-p…` glued to the option.
  zip: { letter: 'P', attached: false },
  unzip: { letter: 'P', attached: false },
  ...Object.fromEntries(['7z', '7za', '7zz', 'rar', 'unrar'].map((command) => [command, { letter: 'p', attached: true }])),
  // SQL Server's tools: `-U user -P password`.
  ...Object.fromEntries(['sqlcmd', 'bcp', 'osql'].map((command) => [command, { letter: 'P', attached: false }])),
  ...Object.fromEntries(
    ['ldapsearch', 'ldapadd', 'ldapmodify', 'ldapdelete', 'ldapwhoami', 'ldappasswd', 'ldapmodrdn', 'ldapcompare'].map((command) => [command, { letter: 'w', attached: false }]),
  ),
  // A BMC's password: `ipmitool -I lanplus -H … -U admin -P …`.
  ipmitool: { letter: 'P', attached: false },
  // macOS's keychain: `security add-generic-password -a … -s … -w …` (`find-generic-password -w` prints one).
  security: { letter: 'w', attached: false },
};

/** Commands given a password as a positional argument of a subcommand (see `positionalPassword`). */
const POSITIONAL_PASSWORDS: ReadonlyMap<string, PositionalPassword> = new Map([
  [
    'rabbitmqctl',
    {
      subcommands: new Map([
        ['add_user', 1],
        ['change_password', 1],
      ]),
    },
  ],
  ['wpa_passphrase', { subcommands: new Map([['', 1]]) }],
  // Bitwarden's CLI: `bw unlock PASSWORD`, `bw login EMAIL PASSWORD`.
  [
    'bw',
    {
      subcommands: new Map([
        ['unlock', 0],
        ['login', 1],
      ]),
    },
  ],
  ['mosquitto_passwd', { subcommands: new Map([['', 2]]), required: '-b' }],
  // `openssl passwd -6 -salt x PASSWORD`: the hash of the password, which is given in plain text.
  ['openssl', { subcommands: new Map([['passwd', 0]]), optionsWithValue: ['-salt'], readElsewhere: ['-stdin', '-in'] }],
]);
/** Anchors that stand for "a user was given before": the password option after them on the line is its password. */
const USER_OPTIONS = [' -u ', ' --username '];
/** Windows' `net use \\host\share /user:NAME PASSWORD` and `net user NAME PASSWORD`: the password follows the user. */
const NET_USER = ['/user:', 'net user '];

/**
 * A plain password after a user option (`-u ci -p lanternfish`) is allowed unless MySQL's or MariaDB's tools
 * stand on the line before that option: their `-p` with a space after it asks for the password, and the next
 * argument is a database (`mysql -u root -p shopdb`). One per scan, so a user option costs no object of its own.
 */
class MysqlOnLine implements PlainAllowed {
  readonly #mention: LineMention;
  /** Where the user option whose password option is being read starts. */
  userOption = 0;

  constructor(text: string) {
    this.#mention = new LineMention(text, ['mysql', 'mariadb']);
  }

  allows(): boolean {
    return !this.#mention.before(this.userOption);
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new MysqlOnLine(''));

/** Where the last `optionValue` call stopped looking (the line's end, a separator, or its reach); -1 before one. */
let searchedTo = -1;

/**
 * The value of the password option (`-<letter>`) on the line after `from`, up to a command separator. An
 * attached option takes the value glued to it; any other takes the next argument. Positions before `skipTo`
 * are known to hold none (an earlier search for the same option read them).
 */
function optionValue(text: string, from: number, letter: number, attached: boolean, plainToo: PlainAllowed = NEVER, skipTo = from): Argument | undefined {
  const stop = Math.min(text.length, from + COMMAND_REACH);
  for (let i = Math.max(from, skipTo); i < stop; i++) {
    const c = text.charCodeAt(i);
    searchedTo = i;
    if (c === 10 || c === 59 || c === 124) return undefined;
    if (c !== 45 || text.charCodeAt(i + 1) !== letter || !isBlank(text.charCodeAt(i - 1))) continue;
    const after = text.charCodeAt(i + 2);
    if (attached ? isBlank(after) || after === 10 || Number.isNaN(after) : !isBlank(after)) continue;
    const value = credibleArgumentAt(text, skipSpaces(text, i + 2), plainToo);
    if (value !== undefined) return value;
  }
  searchedTo = stop;
  return undefined;
}

/**
 * The token `vault login`, `gh auth login` and the like take as their argument or from a here-string, or the
 * value of their `-p` option (`docker login -u ci -p …`).
 */
function loginToken(text: string, hit: number): Argument | undefined {
  // A command line (`$ vault login …`, `gh auth login …`), not a log line (`user login 3fa85f64-…`).
  let lineStart = hit;
  while (lineStart > 0 && hit - lineStart < 40 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || !COMMAND_BEFORE_LOGIN.test(text.slice(lineStart, hit))) return undefined;
  let at = hit + ' login'.length;
  if (!isBlank(text.charCodeAt(at))) return undefined;
  at = skipSpaces(text, at);
  if (text[at] !== '-') {
    const token = argumentAt(text, at);
    return token !== undefined && token.end - token.start >= 16 && plausibleSecret(text.slice(token.start, token.end)) ? token : undefined;
  }
  // A here-string feeds the token: `gh auth login --with-token <<< ghp_…`.
  const stop = Math.min(text.length, hit + COMMAND_REACH);
  for (let i = at; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 59 || c === 124) break;
    if (c !== 60 || !text.startsWith('<<<', i)) continue;
    const token = argumentAt(text, skipSpaces(text, i + 3));
    return token !== undefined && plausibleSecret(text.slice(token.start, token.end)) ? token : undefined;
  }
  return optionValue(text, at, 112, false, ALWAYS);
}

/**
 * `htpasswd -b[c…] FILE USER PASSWORD` (or `-nb USER PASSWORD`): in batch mode the password is the last
 * argument. Without `-b` it is prompted for.
 */
function htpasswdPassword(text: string, hit: number): Argument | undefined {
  let at = hit + 'htpasswd'.length;
  if (!isBlank(text.charCodeAt(at))) return undefined;
  let batch = false;
  /** Positional arguments before the password: the file and the user, or only the user with `-n`. */
  let before = 2;
  // `-b`, `-c`, `-B`, `-C 10`…: a few options at most come first.
  for (let positional = 0, options = 0; positional <= before && options <= 4;) {
    at = skipSpaces(text, at);
    if (at >= text.length || ENDS_COMMAND.includes(text[at]!)) return undefined;
    const end = argumentEnd(text, at);
    if (text[at] === '-' && positional === 0) {
      options++;
      const flags = text.slice(at + 1, end);
      batch ||= flags.includes('b');
      if (flags.includes('n')) before = 1;
    } else if (positional++ === before) {
      return batch ? credibleArgumentAt(text, at) : undefined;
    }
    at = end;
  }
  return undefined;
}

const SECURE_STRING = 'convertto-securestring';

/**
 * PowerShell's `ConvertTo-SecureString "…" -AsPlainText -Force` (or `-String "…"`): the literal is the password
 * in plain text, whatever the script does with the secure string next. Without `-AsPlainText` on the line the
 * argument is an encrypted standard string, not the password.
 */
function secureStringLiteral(text: string, hit: number): Argument | undefined {
  let at = hit + SECURE_STRING.length;
  if (!isBlank(text.charCodeAt(at))) return undefined;
  at = skipSpaces(text, at);
  if (startsWithFolded(text, at, '-string') && isBlank(text.charCodeAt(at + 7))) at = skipSpaces(text, at + 7);
  if (text[at] !== '"' && text[at] !== "'") return undefined;
  const value = credibleArgumentAt(text, at);
  if (value === undefined) return undefined;
  // `-AsPlainText` after the literal, on its line.
  const stop = Math.min(text.length, value.end + COMMAND_REACH);
  for (let i = value.end; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 124 || c === 59) return undefined;
    if (c === 45 && startsWithFolded(text, i, '-asplaintext')) return value;
  }
  return undefined;
}

const SUDO_STDIN = 'sudo -s';

const CHPASSWD = 'chpasswd';

/** `echo 'user:…' | chpasswd` (or `| sudo chpasswd`): the password of the `user:password` pair echoed into it. */
function chpasswdPassword(text: string, hit: number): Argument | undefined {
  if (isWordChar(text.charCodeAt(hit - 1)) || !isCommandEndOrLineEnd(text, hit + CHPASSWD.length)) return undefined;
  let command = hit;
  const sudo = spacesBeforeWord(text, hit, 'sudo');
  if (sudo >= 0) command = sudo;
  const pair = echoedInto(text, command);
  if (pair === undefined) return undefined;
  // Within the pair only: a search past it would read the text to its end at every chpasswd.
  let colon = pair.start;
  while (colon < pair.end && text.charCodeAt(colon) !== 58) colon++;
  if (colon === pair.start || colon + 1 >= pair.end) return undefined;
  return givenPassword(text, colon + 1, pair.end);
}

/** Where `word` stands, followed by blanks up to `at`; -1 when it does not. */
function spacesBeforeWord(text: string, at: number, word: string): number {
  const end = spacesBefore(text, at);
  const start = end - word.length;
  return end < at && start >= 0 && text.startsWith(word, start) && !isWordChar(text.charCodeAt(start - 1)) ? start : -1;
}

/** A blank, the line's end or the text's end after a command's name. */
function isCommandEndOrLineEnd(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return Number.isNaN(c) || c === 10 || c === 13 || isCommandEnd(c);
}

/** FreeRDP's password option (`xfreerdp /v:host /u:admin /p:…`), taken where FreeRDP is on the line. */
const FREERDP_PASSWORD = ' /p:';

function freerdpPassword(text: string, hit: number, freerdp: LineMention): Argument | undefined {
  if (!freerdp.before(hit)) return undefined;
  const start = hit + FREERDP_PASSWORD.length;
  const value = argumentAt(text, start);
  return value === undefined ? undefined : givenPassword(text, value.start, value.end);
}

/**
 * `echo "…" | sudo -S apt update`: with `-S`, sudo reads the password from its standard input, and scripts pipe
 * it in from `echo`. (`sudo -s`, in lower case, starts a shell.)
 */
function sudoStdinPassword(text: string, hit: number): Argument | undefined {
  if (text.charCodeAt(hit + SUDO_STDIN.length - 1) !== 83 || !isCommandEnd(text.charCodeAt(hit + SUDO_STDIN.length))) return undefined;
  const value = echoedInto(text, hit);
  return value !== undefined && credible(text.slice(value.start, value.end)) ? value : undefined;
}

const PASSWORD_STDIN = '--password-stdin';

/** How far back from `--password-stdin` the pipe before its command is looked for. */
const MAX_PIPED_COMMAND = 256;

/**
 * `echo "…" | docker login -u dana --password-stdin registry.acme.io` (podman's, helm's and oras's `login` too):
 * the value echoed into the command that reads its password from its standard input.
 */
function passwordStdin(text: string, hit: number): Argument | undefined {
  if (!isBlank(text.charCodeAt(hit - 1)) || !isCommandEndOrLineEnd(text, hit + PASSWORD_STDIN.length)) return undefined;
  // Back to the pipe before the command, on its line: a bounded walk.
  const floor = Math.max(0, hit - MAX_PIPED_COMMAND);
  let pipe = hit - 1;
  while (pipe >= floor && text.charCodeAt(pipe) !== 124 && text.charCodeAt(pipe) !== 10 && text.charCodeAt(pipe) !== 59) pipe--;
  if (pipe < floor || text.charCodeAt(pipe) !== 124) return undefined;
  const value = echoedInto(text, skipSpaces(text, pipe + 1));
  return value !== undefined && credible(text.slice(value.start, value.end)) ? value : undefined;
}

/** Oracle's tools, which take their logon as `USER/PASSWORD@DATABASE` on the command line. */
const ORACLE_TOOLS = ['sqlplus', 'sqlldr', 'expdp', 'impdp', 'rman', 'dgmgrl'];
/** An Oracle user name: a letter, then letters, digits, `_`, `$` or `#`. */
const ORACLE_USER = /^[A-Za-z][\w$#]{0,127}$/;

/**
 * The password of an Oracle tool's logon: `sqlplus app/…@//db:1521/ORCL`, `expdp userid=app/…@orcl …`,
 * `rman target sys/…@prod`, `sqlplus -s "sys/…@db as sysdba"`. After up to four options; `/ as sysdba` (the OS
 * logon) and `USER@DB` (a prompt) give none. The syntax says what the value is, so a plain one counts too.
 */
function oracleLogonPassword(text: string, hit: number, anchor: string): Argument | undefined {
  let at = hit + anchor.length;
  if (!isBlank(text.charCodeAt(at)) || isWordChar(text.charCodeAt(hit - 1))) return undefined;
  for (let options = 0; options < 4; options++) {
    at = skipSpaces(text, at);
    if (text[at] !== '-') break;
    at = argumentEnd(text, at);
  }
  at = skipSpaces(text, at);
  if (startsWithFolded(text, at, 'target') && isBlank(text.charCodeAt(at + 6))) at = skipSpaces(text, at + 6);
  const logon = argumentAt(text, at);
  if (logon === undefined) return undefined;
  let start = logon.start;
  if (startsWithFolded(text, start, 'userid=') || startsWithFolded(text, start, 'target=')) start += 7;
  // Within the argument only: a search past it would read the text to its end at every command.
  let slash = start;
  while (slash < logon.end && text.charCodeAt(slash) !== 47) slash++;
  if (slash === start || slash >= logon.end || !ORACLE_USER.test(text.slice(start, slash))) return undefined;
  let end = slash + 1;
  while (end < logon.end && text.charCodeAt(end) !== 64 && !isBlank(text.charCodeAt(end))) end++;
  if (end === slash + 1) return undefined;
  return givenPassword(text, slash + 1, end);
}

/**
 * lftp's `-u USER,PASSWORD` on its command line (up to a separator): the part after the comma. Without one lftp
 * prompts. The syntax says what the value is, so a plain one counts too.
 */
function lftpPassword(text: string, hit: number, searchedBefore: number): Argument | undefined {
  if (!isBlank(text.charCodeAt(hit + LFTP.length)) || isWordChar(text.charCodeAt(hit - 1))) return undefined;
  const stop = Math.min(text.length, hit + COMMAND_REACH);
  // An lftp before this one on the line already read up to `searchedBefore` and found no `-u` there.
  for (let i = Math.max(hit + LFTP.length, searchedBefore); i < stop; i++) {
    const c = text.charCodeAt(i);
    searchedTo = i + 3;
    // A quoted argument (`-e 'mirror; quit'`) holds no separator of the command line.
    if (c === 34 || c === 39) {
      let close = i + 1;
      while (close < stop && text.charCodeAt(close) !== c && text.charCodeAt(close) !== 10) close++;
      if (text.charCodeAt(close) === c) i = close;
      continue;
    }
    if (c === 10 || c === 59 || c === 124) return undefined;
    if (c !== 45 || text.charCodeAt(i + 1) !== 117 || !isBlank(text.charCodeAt(i - 1)) || !isBlank(text.charCodeAt(i + 2))) continue;
    const pair = argumentAt(text, skipSpaces(text, i + 2));
    if (pair === undefined) return undefined;
    let comma = pair.start;
    while (comma < pair.end && text.charCodeAt(comma) !== 44) comma++;
    if (comma === pair.start || comma + 1 >= pair.end) return undefined;
    return givenPassword(text, comma + 1, pair.end);
  }
  searchedTo = stop;
  return undefined;
}
const LFTP = 'lftp';

/** The argument after the user name that follows `at`: `/user:NAME PASSWORD`, `net user NAME PASSWORD`. */
function passwordAfterUser(text: string, at: number): Argument | undefined {
  const userEnd = argumentEnd(text, at);
  if (userEnd === at || !isBlank(text.charCodeAt(userEnd))) return undefined;
  const next = skipSpaces(text, userEnd);
  // `/add`, `/delete`, `*` (prompt): options, not a password.
  if (text[next] === '/' || text[next] === '*') return undefined;
  return credibleArgumentAt(text, next);
}

/**
 * The password the command or option at `hit` (the anchor `anchor`) is given on its line, or undefined.
 * `userSearchedTo`: how far a user option before this one looked for its password option without finding one;
 * a later user option on the same stretch starts past it, so `-u x -u x …` is not read again for each.
 * `lftpSearchedTo`: the same for `lftp` and the `-u` it looks for.
 */
function passwordOf(text: string, hit: number, anchor: string, userSearchedTo: number, lftpSearchedTo: number, lines: CommandsOnLine): Argument | undefined {
  if (anchor === ' login') return loginToken(text, hit);
  if (anchor === CHPASSWD) return chpasswdPassword(text, hit);
  if (anchor === FREERDP_PASSWORD) return freerdpPassword(text, hit, lines.freerdp);
  if (anchor === OPENSSL_PASS) return opensslPass(text, hit);
  if (anchor === 'htpasswd') return htpasswdPassword(text, hit);
  if (anchor === SECURE_STRING) return secureStringLiteral(text, hit);
  if (anchor === SUDO_STDIN) return sudoStdinPassword(text, hit);
  if (anchor === PASSWORD_STDIN) return passwordStdin(text, hit);
  if (ORACLE_TOOLS.includes(anchor)) return oracleLogonPassword(text, hit, anchor);
  if (anchor === LFTP) return lftpPassword(text, hit, lftpSearchedTo);
  // `/user:` is an option only after a blank: in `http://user:pass@host` it is a URL's.
  if (NET_USER.includes(anchor)) return anchor === '/user:' && !isBlank(text.charCodeAt(hit - 1)) ? undefined : passwordAfterUser(text, hit + anchor.length);
  if (USER_OPTIONS.includes(anchor)) {
    // The user's argument first (not an option: `rsync -u -p` are flags), then the password option after it.
    const user = skipSpaces(text, hit + anchor.length);
    if (text[user] === '-' || user >= text.length || text.charCodeAt(user) === 10) return undefined;
    lines.mysql.userOption = hit;
    return optionValue(text, Math.max(argumentEnd(text, user), userSearchedTo), 112, false, lines.mysql);
  }
  // The command's whole name: `zip` is not `gzip`'s end, nor `mysql` `pymysql`'s.
  if (!isCommandEnd(text.charCodeAt(hit + anchor.length)) || isWordChar(text.charCodeAt(hit - 1))) return undefined;
  const option = PASSWORD_OPTIONS[anchor];
  const positional = POSITIONAL_PASSWORDS.get(anchor);
  const given = option === undefined ? undefined : commandOption(text, hit + anchor.length, option, lines.optionsSearched);
  return given ?? (positional === undefined ? undefined : positionalPassword(text, hit + anchor.length, positional));
}

/**
 * A command's password option (`optionValue`), read past where an earlier search for the same option in this
 * text found none: the commands repeated on one line (`unrar … unrar …`) otherwise each read the next
 * COMMAND_REACH characters again. What a position holds does not depend on where the search started.
 */
function commandOption(text: string, from: number, option: { letter: string; attached: boolean }, searched: Map<string, Searched>): Argument | undefined {
  const key = option.attached ? `${option.letter}+` : option.letter;
  const known = searched.get(key);
  // Only a search that began at or before this one's start covers what it skips.
  const covered = known !== undefined && known.from <= from && from < known.to;
  searchedTo = -1;
  const value = optionValue(text, from, option.letter.charCodeAt(0), option.attached, NEVER, covered ? known.to : from);
  if (value === undefined) searched.set(key, { from: covered ? known.from : from, to: Math.max(searchedTo, covered ? known.to : from) });
  return value;
}

/** Where a search for a password option read positions and found none: from `from` to before `to`. */
interface Searched {
  from: number;
  to: number;
}

/**
 * What the scan keeps of the lines it reads: the commands that change how an option there reads, and per password
 * option, how far a search for it found none.
 */
interface CommandsOnLine {
  mysql: MysqlOnLine;
  freerdp: LineMention;
  optionsSearched: Map<string, Searched>;
}

/**
 * OpenSSL's password argument given as itself: `-pass pass:…`, `-passin pass:…`, `-passout pass:…` (`env:`,
 * `file:` and `fd:` name where it is instead).
 */
const OPENSSL_PASS = ' pass:';
const OPENSSL_PASS_OPTION = /(?:^|\s)-pass(?:in|out)?$/;

function opensslPass(text: string, hit: number): Argument | undefined {
  if (!OPENSSL_PASS_OPTION.test(text.slice(Math.max(0, hit - 9), hit))) return undefined;
  const start = hit + OPENSSL_PASS.length;
  const end = argumentEnd(text, start);
  return end > start ? givenPassword(text, start, end) : undefined;
}

const ANCHORS = [
  ...new Set([...Object.keys(PASSWORD_OPTIONS), ...POSITIONAL_PASSWORDS.keys()]),
  CHPASSWD,
  FREERDP_PASSWORD,
  OPENSSL_PASS,
  ' login',
  'htpasswd',
  SECURE_STRING,
  SUDO_STDIN,
  PASSWORD_STDIN,
  ...USER_OPTIONS,
  ...NET_USER,
  ...ORACLE_TOOLS,
  LFTP,
];

/**
 * `mysql -u app -pS3cret!x db`, `sshpass -p '…' ssh host`, `redis-cli -a …`, `ldapsearch -D … -w …`, `zip -P …`,
 * `7z a -p… …`, Oracle's `sqlplus USER/…@DB`, `lftp -u USER,…`, any
 * command given `-u USER … -p PASSWORD` (`psexec`, `mongo`, `docker login`), `htpasswd -b file user …`,
 * `net use … /user:NAME …`, `vault login hvs.…`, `gh auth login --with-token <<< …`, `sqlcmd -U sa -P …`,
 * PowerShell's `ConvertTo-SecureString "…" -AsPlainText`, `echo '…' | sudo -S`, `echo '…' | docker login
 * --password-stdin`, OpenSSL's `-k …` and
 * `-pass pass:…`, `ipmitool -P …`, `security … -w …`, FreeRDP's `/p:…`, `echo 'user:…' | chpasswd`, and a
 * password given as a positional argument (`rabbitmqctl add_user USER …`, `openssl passwd …`, `wpa_passphrase
 * SSID …`, `bw unlock …`, `mosquitto_passwd -b FILE USER …`).
 */
export const cliPasswordArgument = anchoredScannerRule({
  id: 'cli-password-argument',
  anchors: ANCHORS,
  title: 'Password or token passed to a command on its command line',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    let lastEnd = -1;
    let userSearchedTo = 0;
    let lftpSearchedTo = 0;
    const lines: CommandsOnLine = { mysql: new MysqlOnLine(text), freerdp: new LineMention(text, ['freerdp']), optionsSearched: new Map() };
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      if (hit < lastEnd) continue;
      const anchor = anchorAt(text, hit);
      searchedTo = -1;
      const found = anchor === undefined ? undefined : passwordOf(text, hit, anchor, userSearchedTo, lftpSearchedTo, lines);
      if (found === undefined && anchor !== undefined && USER_OPTIONS.includes(anchor)) userSearchedTo = Math.max(userSearchedTo, searchedTo);
      if (found === undefined && anchor === LFTP) lftpSearchedTo = Math.max(lftpSearchedTo, searchedTo);
      if (found === undefined) continue;
      lastEnd = found.end;
      yield found;
    }
  },
});

/** The anchors by their first character, longest first: one lookup per hit instead of a test per anchor. */
const ANCHORS_BY_FIRST = new Map<number, string[]>();
for (const anchor of [...ANCHORS].sort((a, b) => b.length - a.length)) {
  const first = anchor.charCodeAt(0);
  ANCHORS_BY_FIRST.set(first, [...(ANCHORS_BY_FIRST.get(first) ?? []), anchor]);
}

/** Which anchor starts at `hit` (anchors match in any case): the longest, so `ldapsearch` is not read as another. */
function anchorAt(text: string, hit: number): string | undefined {
  const c = text.charCodeAt(hit);
  const candidates = ANCHORS_BY_FIRST.get(c >= 65 && c <= 90 ? c + 32 : c);
  if (candidates === undefined) return undefined;
  for (const anchor of candidates) if (startsWithFolded(text, hit, anchor)) return anchor;
  return undefined;
}
