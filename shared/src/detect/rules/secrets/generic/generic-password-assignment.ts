import { anchoredScannerRule } from '../../../define';
import { AssignmentReader, introducedAsExample, JUXTAPOSED, type Assigned } from './assignment';
import { mayBeAssigned, nameRunAt, secretNameIn, type KeyName, type NameRun } from './key-name';
import { isPlainPassword, PLAIN_PASSWORD_LENGTH } from './plain-password';
import { isCrediblePassword, isRandomWithSymbols, isStrongBareValue, looksLikeWords, PASSWORD_LENGTH } from './values';

const IDENTIFIED_BY = 'identified by';

/**
 * A value cut short or masked where it was pasted: `Xk9…`, `Xk9...`, `[REDACTED]`. Looked for by hand, the
 * case-insensitive search only where a bracket is: one regex with all three cost more than the rest of the
 * checks on a password.
 */
function looksCut(password: string): boolean {
  return password.includes('…') || password.endsWith('...') || (password.includes('[') && /\[redacted\]/i.test(password));
}

/** A bare password ends at a space or `;`; anything else may be part of it. */
const endsBarePassword = (c: number): boolean => c === 59;
/** In a URL's query (`?user=app&password=…&ssl=true`) a `&` ends it too: one inside would be percent-encoded. */
const endsQueryPassword = (c: number): boolean => c === 59 || c === 38;

/** The name is a parameter of a URL's query: right after its `?` or a `&`. */
function isQueryParameter(text: string, name: KeyName): boolean {
  const before = text.charCodeAt(name.start - 1);
  return before === 63 || before === 38;
}

/**
 * What gives a quoted value to a name: assignments, an element, a sentence, a call given a constant's name and
 * then the value (`define('DB_PASSWORD', '…')`, `os.getenv("DB_PASSWORD", "…")`: a default written into the code), a
 * comparison, which writes the password into the code that checks it (`password == "team10"`). Not a method
 * named for it (`t.pass('done')`) or a table cell.
 */
const GIVING = new Set(['=', ':', ':=', '=>', '<>', 'is', 'was', '==', ',']);

/** A name of capitals, digits and `_`: an environment variable's (`DB_PASSWORD`, `REACT_APP_AUTH_PASS`). */
function isEnvironmentName(text: string, run: NameRun): boolean {
  for (let i = run.start; i < run.end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) return false;
  }
  return true;
}

/** `typeof ` stands just before `at`. */
function precededByTypeof(text: string, at: number): boolean {
  const start = blanksBefore(text, at);
  return start < at && start >= 6 && text.startsWith('typeof', start - 6);
}

/** Nothing but a blank, a quote or the line's start stands before `at` (not a call's `(` or `,`: arguments). */
function startsWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return at === 0 || c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39;
}

/** Where the blanks just before `at` start. */
function blanksBefore(text: string, at: number): number {
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  return at;
}

/**
 * Where the line holding the name starts, when only blanks, `export ` or a YAML list's `- ` stand before the
 * name on it; -1 otherwise.
 */
function lineStartBefore(text: string, start: number): number {
  let i = blanksBefore(text, start);
  if (i < start && i >= 6 && text.startsWith('export', i - 6)) i = blanksBefore(text, i - 6);
  else if (i < start && i >= 1 && text.charCodeAt(i - 1) === 45) i = blanksBefore(text, i - 1);
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

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Where the text says plainly that the value `[value.start, end)` is the password: quoted after an assignment
 * or in a sentence (`password: "whiteduke"`, `the password is "centipede"`), an element's text, or bare on a
 * configuration line of its own: an environment variable's glued to it (`DB_PASSWORD=whiteduke`, on its line,
 * before a command or given to one: `docker run -e DB_PASSWORD=whiteduke`), YAML's (`  password: whiteduke`, `POSTGRES_PASSWORD: whiteduke`, not after a line of code), a
 * properties file's dotted name (`spring.datasource.password=whiteduke`). A bare value elsewhere may be code:
 * `password = whiteduke` names a variable in Python, `password: whiteduke,` in JavaScript.
 */
function givenAsLiteral(text: string, run: NameRun, value: Assigned, end: number): boolean {
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
  const lineStart = lineStartBefore(text, run.start);
  // A comma or semicolon the value was cut from ends a statement or a property: code.
  if (lineStart < 0 || end !== value.end) return false;
  if (value.operator === ':') {
    // YAML's `name: value`, alone on its line and not a property of an object literal begun above.
    return text.charCodeAt(run.end) === 58 && text.charCodeAt(run.end + 1) === 32 && endsConfigurationLine(text, end) && !followsCode(text, lineStart);
  }
  // A properties file's name is dotted, glued to its value; an object's field in code (`self.password=x`) is not one.
  const name = text.slice(run.start, run.end);
  return text.charCodeAt(run.end) === 61 && value.start === run.end + 1 && endsConfigurationLine(text, end) && name.includes('.') && !/^(?:self|this)\./.test(name);
}

/**
 * A password name assigned a literal value, in any of the ways code, configuration, shells and prose spell it
 * (see assignment.ts): `password = "S3cure!Pass#2024"`, `"db_password": "..."`, `DB_PASSWORD=...` (.env),
 * `password: ...` (YAML), `$pass = '...'`, `pwd := "..."`, `:password => '...'`, `<password>...</password>`,
 * `--password ...`, `define('DB_PASSWORD', '...')`, `the ssh password is ...`, SQL's `PASSWORD '...'` and
 * `IDENTIFIED BY '...'`. Values of any characters are
 * found (tokens cannot hold `!`, `#`, `@`...), but must look like a password: 8+ characters, 2+ character
 * classes, not a placeholder, reference, dummy or identifier. A plainer one (`lanternfish`, 6+ characters) is
 * taken only where the text gives it plainly (`givenAsLiteral`, `isPlainPassword`), at a lower confidence.
 */
export const genericPasswordAssignment = anchoredScannerRule({
  id: 'generic-password-assignment',
  // `pw` finds `pwd` too.
  anchors: ['pass', 'pw', IDENTIFIED_BY],
  title: 'Password assigned in code or configuration',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts, claims) {
    const reader = new AssignmentReader(text);
    const run: NameRun = { start: 0, end: 0, tooLong: false };
    const nameAt: KeyName = { start: 0, end: 0, kind: 'secret', flag: false, prose: false };
    let runEnd = 0;
    let valueEnd = -1;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      if (hit < runEnd || hit < valueEnd) continue;
      if (text.charCodeAt(hit) === 105 || text.charCodeAt(hit) === 73) {
        // MySQL's `IDENTIFIED BY 'S3cret!x'`.
        const value = reader.quotedAfter(hit + IDENTIFIED_BY.length);
        if (value === undefined || !isCrediblePassword(text.slice(value.start, value.end))) continue;
        valueEnd = value.end;
        yield { start: value.start, end: value.end, confidence: 0.7 };
        continue;
      }
      nameRunAt(text, hit, runEnd, run);
      runEnd = run.end;
      if (run.tooLong || !mayBeAssigned(text, run)) continue;
      const name = secretNameIn(text, run, nameAt);
      if (name === undefined || name.kind !== 'password') continue;
      const value = reader.valueAfter(name, isQueryParameter(text, name) ? endsQueryPassword : endsBarePassword);
      if (value === undefined || value.end <= value.start) continue;
      let end = value.end;
      // Bare in code, a comma ends an argument or a property (`passphrase: options.passphrase,`).
      if (!value.quoted) while (end > value.start && (text[end - 1] === ',' || text[end - 1] === ';')) end--;
      // A dense run of short values (`password: pass=`) must not cut a string per name: isCrediblePassword's
      // length bounds, checked before the slice.
      const length = end - value.start;
      if (length < PLAIN_PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max) continue;
      // Shorter than a password taken on its looks: only a plain one given plainly, which the text says
      // before its value is read.
      const plainOnly = length < PASSWORD_LENGTH.min;
      if (plainOnly && !givenAsLiteral(text, run, value, end)) continue;
      // A connection-string rule reported this very span, and its finding outranks this one's: the merge would
      // drop this one, so the value is not judged twice.
      if (claims?.claimed(value.start, end) === true) {
        valueEnd = end;
        continue;
      }
      const password = text.slice(value.start, end);
      if (looksCut(password)) continue;
      if (plainOnly || !isCrediblePassword(password)) {
        // Too plain to be taken on its looks (`whiteduke`), but given plainly as the password.
        if ((!plainOnly && !givenAsLiteral(text, run, value, end)) || !isPlainPassword(password) || introducedAsExample(text, name)) continue;
        valueEnd = end;
        yield { start: value.start, end, confidence: 0.5 };
        continue;
      }
      // Bare, it could be code: a call, a reference, an identifier (`password=currentPassword`). A symbol in
      // it (`Summer2024!`) makes it no identifier.
      if (!value.quoted && (/[()[\]{}]/.test(password) || (/^[\w.-]+$/.test(password) && looksLikeWords(password)))) continue;
      // `password: Xk9!… and more` outside a sentence: only a value random enough to be nothing but a password.
      if (value.loose && !isRandomWithSymbols(password)) continue;
      // `password Hq4$…` with nothing between: only a strong value, or it is a word of the sentence.
      if (value.operator === JUXTAPOSED && !isStrongBareValue(password)) continue;
      if (introducedAsExample(text, name)) continue;
      valueEnd = end;
      yield { start: value.start, end, confidence: value.prose ? 0.65 : 0.7 };
    }
  },
});
