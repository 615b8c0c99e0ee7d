import { plausibleSecret } from './generic-secret-assignment';
import { isPlainPassword, PLAIN_PASSWORD_CONFIDENCE } from './plain-password';
import { beforeClosingQuote, isBlank, spacesBefore } from './value-scan';
import { isCrediblePassword } from './values';

/** How far along its line a command's password option is looked for. */
export const COMMAND_REACH = 400;
/** Longest argument read. */
export const MAX_ARGUMENT = 256;

/** What ends a command's arguments: its line's end, a redirection, a pipe or a separator. */
export const ENDS_COMMAND = '\n\r<>|;&';

/** A command's argument; a plain password given as one is found with a lower confidence. */
export interface Argument {
  start: number;
  end: number;
  confidence?: number;
}

/** A value starting at `at`: quoted, or up to a blank or the line end. */
export function argumentAt(text: string, at: number): Argument | undefined {
  const quote = text[at] === '"' || text[at] === "'" ? text[at] : undefined;
  const start = quote === undefined ? at : at + 1;
  let end = start;
  const stop = Math.min(text.length, start + MAX_ARGUMENT);
  while (end < stop && (quote !== undefined ? text[end] !== quote : !isBlank(text.charCodeAt(end))) && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  if (end === start || (end === stop && stop < text.length) || (quote !== undefined && text[end] !== quote)) return undefined;
  // Unquoted, the last word of a quoted command (`"mysql -pS3cret!x"`) ends before the string's closing quote.
  if (quote === undefined) end = beforeClosingQuote(text, start, end, start);
  return end > start ? { start, end } : undefined;
}

/** Where a run of non-blank characters starting at `at` ends (a line end ends it too). */
export function argumentEnd(text: string, at: number): number {
  let end = at;
  const stop = Math.min(text.length, at + MAX_ARGUMENT);
  while (end < stop && !isBlank(text.charCodeAt(end)) && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

/** Where the run of non-blank characters that ends at `last` (inclusive) starts, within MAX_ARGUMENT; -1 past it. */
export function wordStart(text: string, last: number): number {
  const floor = Math.max(0, last - MAX_ARGUMENT);
  let i = last;
  while (i >= floor && !isBlank(text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i--;
  return i >= floor || floor === 0 ? i + 1 : -1;
}

export function credible(value: string): boolean {
  return !value.startsWith('-') && (isCrediblePassword(value, 6) || plausibleSecret(value));
}

/**
 * `[start, end)` where the command's syntax says it is the password (an Oracle logon's, lftp's `USER,…`): one
 * that looks like a password, or a plain one at the lower confidence of plain passwords.
 */
export function givenPassword(text: string, start: number, end: number): Argument | undefined {
  const password = text.slice(start, end);
  if (credible(password)) return { start, end };
  return isPlainPassword(password) ? { start, end, confidence: PLAIN_PASSWORD_CONFIDENCE } : undefined;
}

/**
 * Whether a plain value may be the password where it stands. Asked only for a plain value (rare), so what it
 * reads is read once per candidate, not once per option.
 */
export interface PlainAllowed {
  allows(): boolean;
}
export const NEVER: PlainAllowed = { allows: () => false };
export const ALWAYS: PlainAllowed = { allows: () => true };

/**
 * The credible password argument at `at`, or undefined. Where the option can only be a password (`plainToo`
 * says so), a plain one counts too (`docker login -u ci -p lanternfish`).
 */
export function credibleArgumentAt(text: string, at: number, plainToo: PlainAllowed = NEVER): Argument | undefined {
  const value = argumentAt(text, at);
  if (value === undefined) return undefined;
  const argument = text.slice(value.start, value.end);
  if (credible(argument)) return value;
  // An option in its place (`-p --authenticationDatabase`) means the password is asked for.
  return !argument.startsWith('-') && isPlainPassword(argument) && plainToo.allows() ? { start: value.start, end: value.end, confidence: PLAIN_PASSWORD_CONFIDENCE } : undefined;
}

/** A letter, a digit, `_` or `-`: what continues a command's name. */
export function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** What may follow a command's name: a blank, or the dot of its file name (`mysql.exe`). */
export function isCommandEnd(c: number): boolean {
  return isBlank(c) || c === 46;
}

/**
 * The value `echo` pipes into the command at `command` (`echo '…' | sudo -S …`, `echo "user:…" | chpasswd`):
 * read backwards from the command, a step per character of the pipe, the value and `echo` with at most one option
 * of its own (`-n`, `-e`). Undefined when no `echo` and a single `|` stand before the command.
 */
export function echoedInto(text: string, command: number): { start: number; end: number } | undefined {
  let i = spacesBefore(text, command) - 1;
  // One `|`, not `||` (which runs the command only when echo failed).
  if (text.charCodeAt(i) !== 124 || text.charCodeAt(i - 1) === 124) return undefined;
  i = spacesBefore(text, i) - 1;
  let start: number;
  let end: number;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    end = i;
    // The opening quote, on the line and within MAX_ARGUMENT: a bounded walk, not a search to the text's start.
    const floor = Math.max(0, i - 1 - MAX_ARGUMENT);
    let open = i - 1;
    while (open >= floor && text[open] !== quote && text.charCodeAt(open) !== 10) open--;
    if (open < floor || text[open] !== quote) return undefined;
    start = open + 1;
    i = open - 1;
  } else {
    end = i + 1;
    start = wordStart(text, i);
    if (start < 0) return undefined;
    i = start - 1;
  }
  if (end <= start) return undefined;
  for (let words = 0; words < 2; words++) {
    i = spacesBefore(text, i + 1) - 1;
    const from = wordStart(text, i);
    if (from < 0 || i < from) return undefined;
    const word = text.slice(from, i + 1);
    // `echo` may open a quoted remote command, a subshell or follow a separator: `ssh h "echo …`, `(echo …`.
    if (/^[("'`;&|]*echo$/.test(word)) return { start, end };
    if (!/^-[neE]{1,3}$/.test(word)) return undefined;
    i = from - 1;
  }
  return undefined;
}
