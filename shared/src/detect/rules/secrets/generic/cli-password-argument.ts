import { anchoredScannerRule } from '../../../define';
import { plausibleSecret } from './generic-secret-assignment';
import { isCrediblePassword } from './values';

/** How far along its line a command's password option is looked for. */
const COMMAND_REACH = 400;
const MAX_VALUE = 256;
/** What precedes `login` on a command line: a prompt, then one to three lowercase words (`vault`, `gh auth`). */
const COMMAND_BEFORE_LOGIN = /^[ \t]*(?:[$#>%][ \t]*)?(?:[a-z][\w.-]*[ \t]+){0,2}[a-z][\w.-]*$/;

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** A value starting at `at`: quoted, or up to a blank or the line end. */
function argumentAt(text: string, at: number): { start: number; end: number } | undefined {
  const quote = text[at] === '"' || text[at] === "'" ? text[at] : undefined;
  const start = quote === undefined ? at : at + 1;
  let end = start;
  const stop = Math.min(text.length, start + MAX_VALUE);
  while (end < stop && (quote !== undefined ? text[end] !== quote : !isBlank(text.charCodeAt(end))) && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  if (end === start || (end === stop && stop < text.length) || (quote !== undefined && text[end] !== quote)) return undefined;
  return { start, end };
}

function credible(value: string): boolean {
  return !value.startsWith('-') && (isCrediblePassword(value, 6) || plausibleSecret(value));
}

/**
 * Where the command at `hit` takes a password, on its line: MySQL/MariaDB's attached `-pSECRET` or
 * `-p'SECRET'` (a bare `-p` prompts), `sshpass -p SECRET`, a registry login's `-p SECRET`, or the token
 * `vault login` and the like take as their argument.
 */
function passwordOf(text: string, hit: number, command: string): { start: number; end: number } | undefined {
  const stop = Math.min(text.length, hit + COMMAND_REACH);
  if (command === ' login') {
    // A command line (`$ vault login …`, `gh auth login …`), not a log line (`user login 3fa85f64-…`).
    let lineStart = hit;
    while (lineStart > 0 && hit - lineStart < 40 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || !COMMAND_BEFORE_LOGIN.test(text.slice(lineStart, hit))) return undefined;
    let at = hit + command.length;
    if (!isBlank(text.charCodeAt(at))) return undefined;
    while (isBlank(text.charCodeAt(at))) at++;
    if (text[at] !== '-') {
      const token = argumentAt(text, at);
      return token !== undefined && token.end - token.start >= 16 && plausibleSecret(text.slice(token.start, token.end)) ? token : undefined;
    }
  }
  const attached = command === 'mysql' || command === 'mariadb';
  for (let i = hit + command.length; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 59 || c === 124) return undefined;
    if (c === 60 && command === ' login' && text.startsWith('<<<', i)) {
      // A here-string feeds the token: `gh auth login --with-token <<< ghp_…`.
      let at = i + 3;
      while (isBlank(text.charCodeAt(at))) at++;
      const token = argumentAt(text, at);
      return token !== undefined && plausibleSecret(text.slice(token.start, token.end)) ? token : undefined;
    }
    if (c !== 45 || text.charCodeAt(i + 1) !== 112 || !isBlank(text.charCodeAt(i - 1))) continue;
    const after = text.charCodeAt(i + 2);
    if (attached ? isBlank(after) || after === 10 || Number.isNaN(after) : !isBlank(after)) continue;
    let at = i + 2;
    while (isBlank(text.charCodeAt(at))) at++;
    const value = argumentAt(text, at);
    if (value !== undefined && credible(text.slice(value.start, value.end))) return value;
  }
  return undefined;
}

/**
 * `mysql -u app -pS3cret!x db`, `sshpass -p '…' ssh host`, `docker login -u ci -p … registry`, `vault login
 * hvs.…`, `gh auth login --with-token <<< …`.
 */
export const cliPasswordArgument = anchoredScannerRule({
  id: 'cli-password-argument',
  anchors: ['mysql', 'mariadb', 'sshpass', ' login'],
  title: 'Password or token passed to a command on its command line',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    let lastEnd = -1;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      if (hit < lastEnd) continue;
      const lower = text.slice(hit, hit + 7).toLowerCase();
      const command = lower.startsWith('mysql') ? 'mysql' : lower.startsWith('mariadb') ? 'mariadb' : lower.startsWith('sshpass') ? 'sshpass' : ' login';
      const found = passwordOf(text, hit, command);
      if (found === undefined) continue;
      lastEnd = found.end;
      yield found;
    }
  },
});
