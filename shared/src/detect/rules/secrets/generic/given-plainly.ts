import { JUXTAPOSED, type Assigned } from './assignment';
import { isConstantName, isNameChar, type NameRun } from './key-name';
import { inIniSection } from './ini-section';
import { isBlank, isSpace, spacesBefore } from './value-scan';

// Whether a text gives a password plainly: the syntax around a value, not the value, says it is the password.
// The password rule takes a plain value (`lanternfish`, see `isPlainPassword`) only where it does.

/**
 * What gives a quoted value to a name: assignments, an element, a sentence, a call given a constant's name and
 * then the value (`define('DB_PASSWORD', '…')`, `os.getenv("DB_PASSWORD", "…")`: a default written into the code), a
 * comparison, which writes the password into the code that checks it (`password == "team10"`). Not a method
 * named for it (`t.pass('done')`) or a table cell.
 */
const GIVING = new Set(['=', ':', ':=', '=>', '<>', 'is', 'was', '==', ',']);

/** A name of capitals, digits and `_`: an environment variable's (`DB_PASSWORD`, `REACT_APP_AUTH_PASS`). */
function isEnvironmentName(text: string, run: NameRun): boolean {
  return isConstantName(text, run.start, run.end);
}

/** `?` or `&`: what starts a URL query's parameter. */
function isQueryStart(c: number): boolean {
  return c === 63 || c === 38;
}

/** `typeof ` stands just before `at`. */
function precededByTypeof(text: string, at: number): boolean {
  const start = spacesBefore(text, at);
  return start < at && start >= 6 && text.startsWith('typeof', start - 6);
}

/** Nothing but a blank, a quote or the line's start stands before `at` (not a call's `(` or `,`: arguments). */
function startsWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return at === 0 || c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39;
}

/**
 * Where the line holding the name starts, when only blanks, `export ` or a YAML list's `- ` stand before the
 * name on it; -1 otherwise.
 */
function lineStartBefore(text: string, start: number): number {
  let i = spacesBefore(text, start);
  if (i < start && i >= 6 && text.startsWith('export', i - 6)) i = spacesBefore(text, i - 6);
  else if (i < start && i >= 1 && text.charCodeAt(i - 1) === 45) i = spacesBefore(text, i - 1);
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13 ? i : -1;
}

/** How far back the line before a name is read for the end of a statement or an object literal's `{`. */
const PREVIOUS_LINE_REACH = 256;

/**
 * The last character before `lineStart`, past blank lines, opens or continues code: `{`, `(`, `[` or `,` (an
 * object literal's properties: `{\n  password: lanternfish\n}` names a variable).
 */
function followsCode(text: string, lineStart: number): boolean {
  const floor = Math.max(0, lineStart - PREVIOUS_LINE_REACH);
  let i = lineStart - 1;
  while (i >= floor && isSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 123 || c === 40 || c === 91 || c === 44;
}

/** Only blanks up to the line's end, or a `#` comment: how a configuration file's value ends. */
function endsConfigurationLine(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return i === text.length || c === 10 || c === 13 || (c === 35 && i > end);
}

/**
 * Where the text says plainly that the value `[value.start, end)` is the password:
 * - quoted after an assignment or in a sentence (`password: "whiteduke"`, `the password is "centipede"`), an
 *   element's text, a comparison, a constant's name in a call (see `GIVING`);
 * - an environment variable glued to it, on its line, before a command or given to one (`DB_PASSWORD=whiteduke`,
 *   `docker run -e DB_PASSWORD=whiteduke`), or a URL's query parameter (`?user=app&password=whiteduke`);
 * - bare on a configuration line of its own: YAML's (`  password: whiteduke`, `POSTGRES_PASSWORD: whiteduke`, not
 *   after a line of code), a name glued to it as a shell, `.env` or properties file sets it (`password=whiteduke`,
 *   `spring.datasource.password=whiteduke`), any name in an INI file's section (`[client]` above
 *   `password = whiteduke`);
 * - glued to its name beside another setting glued to its value, as logfmt, a libpq connection string and a
 *   command's settings give them (`user=app password=whiteduke dbname=shop`).
 * A bare value elsewhere may be code: `password = whiteduke` names a variable in Python, `password: whiteduke,`
 * in JavaScript.
 */
export function givenAsLiteral(text: string, run: NameRun, value: Assigned, end: number): boolean {
  if (value.loose || value.operator === JUXTAPOSED) return false;
  if (value.quoted) {
    if (!GIVING.has(value.operator)) return false;
    // `typeof password === 'function'` compares a type's name.
    if (value.operator === '==') return !precededByTypeof(text, run.start);
    // A call's first argument names the setting only as a constant does (`define('DB_PASSWORD', …)`); in
    // `argon2id('password', 'saltsalt')` it is a value, and the next one another.
    return value.operator !== ',' || isEnvironmentName(text, run);
  }
  if (value.prose || (value.operator !== '=' && value.operator !== ':')) return false;
  // An environment variable glued to its value, on its line or given to a command (`-e DB_PASSWORD=…`, `ENV`).
  if (value.operator === '=' && isEnvironmentName(text, run) && value.start === run.end + 1 && startsWord(text, run.start)) return true;
  // A URL's query parameter (`?user=app&password=…`, a JDBC URL's too).
  if (value.operator === '=' && value.start === run.end + 1 && isQueryStart(text.charCodeAt(run.start - 1))) return true;
  // A comma or semicolon the value was cut from ends a statement or a property: code.
  if (end !== value.end) return false;
  if (value.operator === '=' && value.start === run.end + 1 && besideGluedSetting(text, run.start, end)) return true;
  const lineStart = lineStartBefore(text, run.start);
  if (lineStart < 0) return false;
  if (value.operator === ':') {
    // YAML's `name: value`, alone on its line and not a property of an object literal begun above.
    return text.charCodeAt(run.end) === 58 && text.charCodeAt(run.end + 1) === 32 && endsConfigurationLine(text, end) && !followsCode(text, lineStart);
  }
  if (endsConfigurationLine(text, end) && inIniSection(text, lineStart)) return true;
  // Glued to its value, alone on its line, as a shell, an `.env` or a properties file sets it (`password=…`,
  // `spring.datasource.password=…`); not an object's field in code (`self.password=x`), nor a line of an object
  // literal or a call's arguments begun above. Code puts blanks around its `=`.
  if (text.charCodeAt(run.end) !== 61 || value.start !== run.end + 1 || !endsConfigurationLine(text, end) || followsCode(text, lineStart)) return false;
  return !/^(?:self|this)\./.test(text.slice(run.start, run.end));
}

/** Longest setting read beside a value: a name, `=` and a value, as `besideGluedSetting` reads them. */
const MAX_SETTING = 128;

/**
 * The name at `nameStart` and its value ending at `end` stand between blanks, and the word just before or just
 * after them is another `name=value`: `user=app password=… dbname=shop`. A call's keyword arguments part with
 * commas (`connect(user=u, password=p)`), which neither word may hold.
 */
function besideGluedSetting(text: string, nameStart: number, end: number): boolean {
  if (!isBlank(text.charCodeAt(nameStart - 1)) || (end < text.length && !isBlank(text.charCodeAt(end)) && !isLineEnd(text.charCodeAt(end)))) return false;
  if (isBlank(text.charCodeAt(end)) && gluedSettingAt(text, end + 1)) return true;
  // The word before: back from the blank before the name to the blank or line start before the word.
  let start = nameStart - 1;
  const floor = Math.max(0, start - MAX_SETTING);
  while (start > floor && !isBlank(text.charCodeAt(start - 1)) && !isLineEnd(text.charCodeAt(start - 1))) start--;
  return (start === 0 || isBlank(text.charCodeAt(start - 1)) || isLineEnd(text.charCodeAt(start - 1))) && gluedSettingAt(text, start, nameStart - 1);
}

/** A `name=value` word at `at`, ending at `wordEnd` or at the next blank: no comma, semicolon or bracket in it. */
function gluedSettingAt(text: string, at: number, wordEnd: number = Math.min(text.length, at + MAX_SETTING)): boolean {
  let i = at;
  const first = text.charCodeAt(i);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95)) return false;
  while (i < wordEnd && isNameChar(text.charCodeAt(i))) i++;
  if (i >= wordEnd || text.charCodeAt(i) !== 61) return false;
  const valueStart = ++i;
  for (; i < wordEnd; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || isLineEnd(c)) break;
    if (c === 44 || c === 59 || c === 40 || c === 41 || c === 123 || c === 125) return false;
  }
  return i > valueStart;
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}
