import { isNameChar } from './key-name';
import { forgetsScannedText } from '../../../text-caches';

/**
 * Whether a line stands in an INI file's section: a `[section]` line above it, and between the two only blank
 * lines, comments (`#`, `;`) and `name = value` settings. There a bare value is a setting's (`[client]`, then
 * `password = pelican42` in a `my.cnf`), where in code it would name a variable.
 *
 * Asked in text order (a rule's hits are), the lines are read once per text: what the lines read so far say is
 * carried from one question to the next. A question about an earlier line of the same text starts over, from at
 * most `RESTART_REACH` characters above it, so questions out of order cannot read the text again and again.
 */
export function inIniSection(text: string, lineStart: number): boolean {
  if (state === undefined || state.text !== text) state = { text, readTo: 0, inSection: false };
  else if (lineStart < state.readTo) {
    // The line before `lineStart` ends there: a line feed is found at or before `lineStart - 1`.
    state.readTo = lineStart <= RESTART_REACH ? 0 : text.indexOf('\n', lineStart - RESTART_REACH) + 1;
    state.inSection = false;
  }
  // Equal strings compare by content: keeping the newest makes the next question compare by reference.
  state.text = text;
  while (state.readTo < lineStart) {
    const newline = text.indexOf('\n', state.readTo);
    // Lines end at line feeds: text whose lines end in a carriage return alone reads as one line.
    const end = newline < 0 || newline >= lineStart ? lineStart : newline;
    const kind = lineKind(text, state.readTo, end);
    if (kind === SECTION) state.inSection = true;
    else if (kind === OTHER) state.inSection = false;
    state.readTo = Math.min(end + 1, lineStart);
  }
  return state.inSection;
}

/** How far above a line asked about out of order the lines are read again. */
const RESTART_REACH = 4096;

let state: { text: string; readTo: number; inSection: boolean } | undefined;
forgetsScannedText(() => (state = undefined));

const SECTION = 0;
/** Blank, a comment or a setting: what may stand in a section. */
const SETTING = 1;
const OTHER = 2;

/** What the line `[start, end)` is in an INI file. */
function lineKind(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (i === end) return SETTING;
  const first = text.charCodeAt(i);
  if (first === 35 || first === 59) return SETTING;
  if (first === 91) {
    // `[client]`, `[program:web]`, `[remote "origin"]`, `[ODBC Data Sources]`: a name in brackets and nothing
    // after them. Not a list in code (`[a, b]`, `[x for x in xs]`).
    let close = end;
    while (close > i && isBlank(text.charCodeAt(close - 1))) close--;
    if (text.charCodeAt(close - 1) !== 93 || close - i < 3) return OTHER;
    for (let k = i + 1; k < close - 1; k++) {
      const c = text.charCodeAt(k);
      if (!isNameChar(c) && c !== 32 && c !== 58 && c !== 47 && c !== 34) return OTHER;
    }
    return text.slice(i, close).includes(' for ') ? OTHER : SECTION;
  }
  // `name = value`, `name=value`, `name: value`, `Server Name = db`: a name of word characters, dots, dashes and
  // blanks.
  if (!isNameChar(first)) return OTHER;
  while (i < end && (isNameChar(text.charCodeAt(i)) || isBlank(text.charCodeAt(i)))) i++;
  const operator = text.charCodeAt(i);
  return i < end && (operator === 61 || operator === 58) ? SETTING : OTHER;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}
