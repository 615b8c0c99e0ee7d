import { anchoredScannerRule } from '../../../define';
import { AssignmentReader, DASHED, introducedAsExample, JUXTAPOSED, type Assigned } from './assignment';
import { mayBeComparedBefore } from './compared-before';
import { givenAsLiteral } from './given-plainly';
import { mayBeAssigned, nameRunAt, secretNameIn, type KeyName, type NameRun } from './key-name';
import { PLAIN_PASSWORD_CONFIDENCE, PLAIN_PASSWORD_LENGTH } from './plain-password';
import { statedInSentence } from './stated-in-sentence';
import { skipSpaces } from './value-scan';
import { CREDIBLE, PLAIN, RANDOM_WITH_SYMBOLS, ValueVerdicts, WORD_LIKE } from './value-verdicts';
import { isStrongBareValue, PASSWORD_LENGTH } from './values';

const IDENTIFIED_BY = 'identified by';

/**
 * A value cut short or masked where it was pasted: `Xk9…`, `Xk9...`, `[REDACTED]`. Looked for by hand, the
 * case-insensitive search only where a bracket is: one regex with all three cost more than the rest of the
 * checks on a password.
 */
function looksCut(password: string): boolean {
  return password.includes('…') || password.endsWith('...') || (password.includes('[') && /\[redacted\]/i.test(password));
}

/**
 * The bare word after blanks from `at`, up to a blank, `;` or the line's end (Oracle's unquoted password), or
 * undefined; at most `PASSWORD_LENGTH.max` characters are read.
 */
function bareSqlWordAfter(text: string, at: number): { start: number; end: number } | undefined {
  const start = skipSpaces(text, at);
  if (start === at) return undefined;
  let end = start;
  const stop = Math.min(text.length, start + PASSWORD_LENGTH.max + 1);
  while (end < stop && !isSqlWordEnd(text.charCodeAt(end))) end++;
  // Longer than a password: read one past the longest, it is something else.
  return end === start || end - start > PASSWORD_LENGTH.max ? undefined : { start, end };
}

/**
 * The statement before `IDENTIFIED BY` at `hit`, on its line, names a user or role (`CREATE USER app`,
 * `ALTER ROLE r`, `CONNECT TO app`): Oracle's grammar, where the password may be unquoted. ASN.1's
 * `… IDENTIFIED BY id-PBES2` and prose's `identified by source_pid` name no password.
 */
function grantsToUser(text: string, hit: number): boolean {
  let lineStart = hit;
  while (lineStart > 0 && hit - lineStart < 160 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return /\b(?:user|role|connect\s+to)\s+\S+\s+$/i.test(text.slice(lineStart, hit));
}

function isSqlWordEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 59;
}

/**
 * OpenSSL's password options (`-pass`, `-passin`, `-passout`, one dash) say how the password is given before it:
 * `pass:…` is the password itself, `env:NAME`, `file:…`, `fd:3` and `stdin` where it is read from. Other tools'
 * values are read as they stand, so a password that happens to start with `pass:` is not cut.
 */
const OPENSSL_PASS_OPTION = /^pass(?:in|out)?$/;
const PASSWORD_SOURCE = /^(?:env|file|fd):|^stdin$/;

function isOpensslPassOption(text: string, name: KeyName): boolean {
  return name.flag && text.charCodeAt(name.start - 2) !== 45 && OPENSSL_PASS_OPTION.test(text.slice(name.start, name.end));
}

/** The value of OpenSSL's password option past its `pass:` (`value` is this call's to change). */
function skipPassPrefix(text: string, value: Assigned): void {
  if (text.startsWith('pass:', value.start)) value.start += 5;
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
  // `pw` finds `pwd` too; `masterauth` and `psk` name passwords without either (see key-name.ts).
  anchors: ['pass', 'pw', 'masterauth', 'psk', IDENTIFIED_BY],
  title: 'Password assigned in code or configuration',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts, claims) {
    const reader = new AssignmentReader(text);
    const verdicts = new ValueVerdicts();
    const run: NameRun = { start: 0, end: 0, tooLong: false };
    const nameAt: KeyName = { start: 0, end: 0, kind: 'secret', flag: false, prose: false };
    let runEnd = 0;
    let valueEnd = -1;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      if (hit < runEnd || hit < valueEnd) continue;
      if (text.charCodeAt(hit) === 105 || text.charCodeAt(hit) === 73) {
        // MySQL's `IDENTIFIED BY 'S3cret!x'`, Oracle's `IDENTIFIED BY S3cretx9;` (quotes optional there).
        const quoted = reader.quotedAfter(hit + IDENTIFIED_BY.length);
        const value = quoted ?? bareSqlWordAfter(text, hit + IDENTIFIED_BY.length);
        if (value === undefined || !verdicts.is(CREDIBLE, text.slice(value.start, value.end))) continue;
        // Unquoted, only in Oracle's statements; read back only for a value that looks like a password.
        if (quoted === undefined && !grantsToUser(text, hit)) continue;
        valueEnd = value.end;
        yield { start: value.start, end: value.end, confidence: 0.7 };
        continue;
      }
      nameRunAt(text, hit, runEnd, run);
      runEnd = run.end;
      if (run.tooLong) continue;
      const assigned = mayBeAssigned(text, run);
      if (!assigned && !mayBeComparedBefore(text, run.start)) continue;
      const name = secretNameIn(text, run, nameAt);
      if (name === undefined || name.kind !== 'password') continue;
      const value = (assigned ? reader.valueAfter(name, isQueryParameter(text, name) ? endsQueryPassword : endsBarePassword) : undefined) ?? reader.comparedBefore(run.start);
      if (value === undefined || value.end <= value.start) continue;
      const openssl = isOpensslPassOption(text, name);
      if (openssl) skipPassPrefix(text, value);
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
      if (looksCut(password) || (openssl && PASSWORD_SOURCE.test(password))) continue;
      // Bare and made of words, it could be code's identifier (`password=currentPassword`) or a passphrase
      // (`my wifi password is sunflower-42-canoe`): only the plain password's tests can tell, and where the text
      // gives it plainly.
      const wordLike = !value.quoted && /^[\w.-]+$/.test(password) && verdicts.is(WORD_LIKE, password);
      if (plainOnly || wordLike || !verdicts.is(CREDIBLE, password)) {
        // Too plain to be taken on its looks (`whiteduke`), but given plainly as the password, in code or in a
        // sentence that ends with it.
        if (!plainOnly && !givenAsLiteral(text, run, value, end) && !statedInSentence(text, value, end, password, run.start)) continue;
        if (!verdicts.is(PLAIN, password) || introducedAsExample(text, name)) continue;
        valueEnd = end;
        yield { start: value.start, end, confidence: PLAIN_PASSWORD_CONFIDENCE };
        continue;
      }
      // Bare, it could be code: a call or a reference. A symbol in it (`Summer2024!`) makes it no identifier.
      if (!value.quoted && /[()[\]{}]/.test(password)) continue;
      // `password: Xk9!… and more` outside a sentence: only a value random enough to be nothing but a password.
      if (value.loose && !verdicts.is(RANDOM_WITH_SYMBOLS, password)) continue;
      // `password Hq4$…` with nothing between: only a strong value, or it is a word of the sentence.
      if ((value.operator === JUXTAPOSED || value.operator === DASHED) && !isStrongBareValue(password)) continue;
      if (introducedAsExample(text, name)) continue;
      valueEnd = end;
      yield { start: value.start, end, confidence: value.prose ? 0.65 : 0.7 };
    }
  },
});
