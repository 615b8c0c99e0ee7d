import { anchoredScannerRule } from '../../../define';
import { keyNameAt } from './password-keywords';
import { isCrediblePassword, looksLikeWords } from './values';

const SPACE = /[ \t]*/y;
const OPERATOR = /(?::=|=>|->|\?\?=|\|\|=|\?=|=(?!=)|:(?!:))/y;

function skipSpaces(text: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.exec(text);
  return SPACE.lastIndex;
}

function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
}

/** The value of a quoted string starting at `at` (on the quote), on one line; undefined if unterminated. */
function quoted(text: string, at: number): { start: number; end: number } | undefined {
  let quote = text[at]!;
  let start = at + 1;
  // JSON inside a string: `\"password\": \"...\"`.
  if (quote === '\\') {
    quote = text[at + 1]!;
    start = at + 2;
  }
  const stop = Math.min(lineEnd(text, start), start + 300);
  for (let i = start; i < stop; i++) {
    const c = text[i];
    if (c === '\\' && text[i + 1] !== quote) {
      i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === quote) return { start, end: i };
    if (c === quote) return { start, end: i };
  }
  return undefined;
}

/**
 * A password keyword assigned a literal value, in any of the ways code and config spell it:
 * `password = "S3cure!Pass#2024"`, `"db_password": "..."`, `DB_PASSWORD=...` (.env), `password: ...` (YAML),
 * `$pass = '...'`, `pwd := "..."`, `:password => '...'`, `<password>...</password>`, `--password ...`.
 * Values of any characters are found (tokens cannot hold `!`, `#`, `@`...), but must look like a password:
 * 8+ characters, 2+ character classes, not a placeholder, reference, dummy or identifier.
 */
export const genericPasswordAssignment = anchoredScannerRule({
  id: 'generic-password-assignment',
  anchors: ['pass', 'pwd'],
  title: 'Password assigned in code or configuration',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    let lastEnd = -1;
    for (const hit of anchorStarts) {
      if (hit < lastEnd) continue;
      const key = keyNameAt(text, hit);
      if (key === undefined) continue;
      const before = key.start > 0 ? text[key.start - 1] : '';
      let at = key.end;
      let value: { start: number; end: number } | undefined;
      let unquoted = false;
      if (before === '<' && text[at] === '>') {
        // XML element.
        const close = text.indexOf('</', at + 1);
        if (close < 0 || close > lineEnd(text, at)) continue;
        value = { start: at + 1, end: close };
      } else {
        if (text[at] === '\\' && (text[at + 1] === '"' || text[at + 1] === "'")) at += 2;
        else if (text[at] === '"' || text[at] === "'") at++;
        if (text[at] === ']') at++;
        const afterKey = at;
        at = skipSpaces(text, at);
        OPERATOR.lastIndex = at;
        const op = OPERATOR.exec(text);
        if (op !== null) {
          at = skipSpaces(text, OPERATOR.lastIndex);
        } else if (!(text.startsWith('-', key.start) && at > afterKey)) {
          continue; // no assignment (a CLI flag may be followed by just a space)
        }
        const c = text[at];
        if (c === '"' || c === "'" || c === '`' || (c === '\\' && (text[at + 1] === '"' || text[at + 1] === "'"))) {
          value = quoted(text, at);
        } else if (op === null || op[0] === '=' || op[0] === ':') {
          // Unquoted (.env, YAML, properties, CLI): the value must end the line, bar a comment.
          unquoted = true;
          let end = at;
          const stop = lineEnd(text, at);
          while (end < stop && !/[\s;]/.test(text[end]!)) end++;
          const rest = text.slice(end, stop).trim();
          if (rest !== '' && rest !== ';' && !rest.startsWith('#') && !rest.startsWith('//')) continue;
          value = { start: at, end };
        }
      }
      if (value === undefined || value.end <= value.start) continue;
      const v = text.slice(value.start, value.end);
      if (!isCrediblePassword(v)) continue;
      if (unquoted && (/[()[\]{}]/.test(v) || looksLikeWords(v))) continue;
      lastEnd = value.end;
      yield value;
    }
  },
});
