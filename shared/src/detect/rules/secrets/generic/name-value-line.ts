import { isBlank, isSpace } from './value-scan';

/** How far before a name the line it starts is read. */
export const VALUE_LINE_REACH = 64;

/**
 * The line before a name that takes its value after a space, as `.netrc` and other `name value` files write
 * it: nothing but blanks, or `machine HOST`, `default X`, `login USER`, or `machine HOST login USER`, each word
 * after blanks. What this file reads by hand, backwards from the name; kept here as the definition the tests
 * compare it with.
 */
export const NAME_VALUE_LINE = /(?:^|\n)[ \t]*(?:(?:machine|default)[ \t]+\S+[ \t]+)?(?:login[ \t]+\S+[ \t]+)?$/;

/**
 * Whether the `VALUE_LINE_REACH` characters before `nameStart` end as `NAME_VALUE_LINE` says (the window's
 * start counts as a line start). Read backwards over the last few words only, so a text with a name every few
 * characters costs a few characters per name: a forward search of the window for `login`, `machine` or
 * `default` cost the window's length at each of them.
 */
export function nameStartsValueLine(text: string, nameStart: number): boolean {
  const from = Math.max(0, nameStart - VALUE_LINE_REACH);
  const blanks = blanksBefore(text, from, nameStart);
  if (opensLine(text, from, blanks)) return true;
  // Otherwise `… login USER`, `machine HOST` or `default X` and a blank or more: read back over USER/HOST.
  const keyword = keywordBeforeWord(text, from, blanks, nameStart);
  if (keyword === undefined) return false;
  if (keyword.word === LOGIN) {
    const before = blanksBefore(text, from, keyword.start);
    if (opensLine(text, from, before)) return true;
    // `machine HOST login USER`.
    const host = keywordBeforeWord(text, from, before, keyword.start);
    return host !== undefined && host.word !== LOGIN && opensLine(text, from, blanksBefore(text, from, host.start));
  }
  return opensLine(text, from, blanksBefore(text, from, keyword.start));
}

const LOGIN = 'login';
const KEYWORDS = [LOGIN, 'machine', 'default'];

/** Where the blanks (spaces and tabs) that end at `at` start, no further back than `from`. */
function blanksBefore(text: string, from: number, at: number): number {
  let i = at;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `at` is the window's start or a line's: what `(?:^|\n)` matches. */
function opensLine(text: string, from: number, at: number): boolean {
  return at === from || text.charCodeAt(at - 1) === 10;
}

/**
 * At `end`, after blanks `[wordEnd, end)` (one at least): a word of non-space characters, blanks, and one of
 * `KEYWORDS` right before them, starting a line or after a blank. The keyword and where it starts, or
 * undefined.
 */
function keywordBeforeWord(text: string, from: number, wordEnd: number, end: number): { word: string; start: number } | undefined {
  if (wordEnd === end) return undefined;
  let wordStart = wordEnd;
  while (wordStart > from && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd) return undefined;
  const keywordEnd = blanksBefore(text, from, wordStart);
  if (keywordEnd === wordStart) return undefined;
  // By the last letter first (`n`, `e`, `t`): the word before a name is seldom one of them.
  const last = text.charCodeAt(keywordEnd - 1);
  for (const word of KEYWORDS) {
    const start = keywordEnd - word.length;
    if (last !== word.charCodeAt(word.length - 1) || start < from || !text.startsWith(word, start)) continue;
    // The keyword is a whole word: the window's start, a line's, or a blank before it.
    if (start === from || text.charCodeAt(start - 1) === 10 || isBlank(text.charCodeAt(start - 1))) return { word, start };
  }
  return undefined;
}
