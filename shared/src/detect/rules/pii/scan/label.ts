import { BoundedMemo } from '../../../bounded-memo';
import { isDigit, isLetter, isUpper } from './chars';
import { sqlColumn } from './sql';
import { columnHeader, inTableBody } from './table';
import { forgetsScannedText } from '../../../text-caches';

/**
 * Whether a value is labelled as what a rule looks for: `SSN: …`, `"date_of_birth": "…"`, `tel=…`, a CSV
 * column headed `passport_no`, or a form line `Date of birth:` right above the value. Formats without a
 * checksum (or with a weak one) are personal data only when labelled, and a label raises the confidence of
 * the others.
 *
 * Labels are compared in a normal form: camelCase and letters-then-digits split (`phone2`), lower case,
 * every run of characters other than letters, digits and `#` turned into one space (`dateOfBirth`,
 * `Date-of-Birth:` and `date_of_birth` all read `date of birth`). A keyword matches whole words; one ending
 * in `*` matches any word it starts (`telefon*` for `Telefonnummer`). Chinese and Japanese put no space
 * between words, so a keyword in their scripts matches anywhere (`我的手机号是`); Korean glues its particles
 * to the word before them, so a Hangul keyword matches any word it starts (`전화번호는`).
 */
export interface Labels {
  /** Keywords in normal form, as given (`*` kept). */
  readonly keywords: readonly string[];
  /**
   * Literals the engine can look for to skip a rule on texts without any label (`ScannerRule.anchors`), for
   * rules that find nothing unlabelled.
   */
  readonly anchors?: readonly string[];
  /**
   * ASCII words of which every raw spelling of a label holds one (the anchors, or words taken from the keywords
   * when each has an ASCII run of two or more characters), so a window without any needs no normal form.
   */
  readonly prefilter?: readonly string[];
  /** Position of the set's answer in a window's answers: a window is asked about by every set in turn. */
  readonly slot: number;
}

/** How many label sets were made, so each gets its own slot. */
let setCount = 0;

/** No place for a label (a window start that is none). */
const NONE = -1;
/** How far before a value its label may end on the same line. */
const SAME_LINE_WINDOW = 48;
/** A label on the line above counts only when that line is short, like a form field name. */
const PREVIOUS_LINE_MAX = 64;

/**
 * A keyword set. `anchors`, when given, are ASCII words, each inside a word of some keyword, and every keyword
 * holds one: then every raw spelling of a label (`dateOfBirth`, `DATE_OF_BIRTH`) contains an anchor, and a
 * text without any anchor has no label.
 */
export function labels(keywords: readonly string[], anchors?: readonly string[]): Labels {
  for (const anchor of anchors ?? []) {
    // Lower-case ASCII, or a word of a script without case (Thai): `holdsAnchor` folds ASCII letters only.
    const caseless = /^[^\x00-\x7F]{2,}$/.test(anchor) && anchor.toLowerCase() === anchor.toUpperCase();
    if (!/^[a-z0-9#]{2,}$/.test(anchor) && !caseless) {
      throw new Error(`label anchor "${anchor}" must be one lower-case ASCII word or one word without case`);
    }
  }
  for (const keyword of keywords) {
    const bare = keyword.replace(/\*$/, '');
    if (bare !== normalise(bare)) throw new Error(`label keyword "${keyword}" is not in normal form`);
    if (anchors !== undefined && !bare.split(' ').some((word) => anchors.some((anchor) => word.includes(anchor)))) {
      throw new Error(`label keyword "${keyword}" contains none of the anchors`);
    }
  }
  const prefilter = anchors ?? asciiRuns(keywords);
  const slot = setCount++;
  if (prefilter === undefined) return anchors === undefined ? { keywords, slot } : { keywords, anchors, slot };
  return anchors === undefined ? { keywords, prefilter, slot } : { keywords, anchors, prefilter, slot };
}

/**
 * Per keyword, its longest run of ASCII letters, digits and `#` inside one word (`phone` of `téléphone`); for a
 * keyword without one, its longest word outside ASCII of two characters or more. A word of a script without
 * case (`手机号`, `생년월일`) is held as it is by every spelling; a cased one (`телефон`) is written in lower case,
 * capitalised or in capitals, so its letters after the first are held in lower or in upper case (`елефон`,
 * `ЕЛЕФОН`). Undefined when some keyword has none of these (`d o b`).
 */
function asciiRuns(keywords: readonly string[]): readonly string[] | undefined {
  const runs = new Set<string>();
  for (const keyword of keywords) {
    const bare = keyword.replace(/\*$/, '');
    let longest = '';
    for (const run of bare.match(/[a-z0-9#]+/g) ?? []) if (run.length > longest.length) longest = run;
    if (longest.length >= 2) {
      runs.add(longest);
      continue;
    }
    for (const word of bare.split(' ')) if (word.length > longest.length && /^[^\x00-\x7F]+$/.test(word)) longest = word;
    if (longest.length >= 2 && longest.toLowerCase() === longest.toUpperCase()) {
      runs.add(longest);
    } else if (longest.length >= 3) {
      runs.add(longest.slice(1));
      runs.add(longest.slice(1).toUpperCase());
    } else {
      return undefined;
    }
  }
  return [...runs];
}

/** Han, Hiragana or Katakana: scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Hangul, whose words carry their particles glued on. */
const HANGUL = /\p{Script=Hangul}/u;

/** How a keyword matches a label's normal form: as whole words, as a word's start, or anywhere. */
type KeywordMatch = 'words' | 'start' | 'anywhere';

function matchOf(keyword: string): KeywordMatch {
  if (UNSPACED_SCRIPT.test(keyword)) return 'anywhere';
  if (keyword.endsWith('*') || HANGUL.test(keyword)) return 'start';
  return 'words';
}

/** Per label set, each keyword as searched for in a window's padded normal form (see `hasKeyword`). */
const searchForms = new WeakMap<Labels, readonly string[]>();

function searchFormsOf(set: Labels): readonly string[] {
  let forms = searchForms.get(set);
  if (forms === undefined) {
    forms = set.keywords.map((keyword) => {
      const bare = keyword.replace(/\*$/, '');
      const match = matchOf(keyword);
      return match === 'anywhere' ? bare : match === 'start' ? ` ${bare}` : ` ${bare} `;
    });
    searchForms.set(set, forms);
  }
  return forms;
}

/** The anchors of a set made with them, for a rule that needs a label to find anything. */
export function anchorsOf(set: Labels): readonly string[] {
  if (set.anchors === undefined) throw new Error('label set has no anchors');
  return set.anchors;
}

/** `dateOfBirth` → `date of birth`; see `Labels`. */
export function normalise(raw: string): string {
  return (
    raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      .toLowerCase()
      // Marks are part of their word: Thai's vowel signs and Devanagari's are letters' parts, not spaces.
      .replace(/[^\p{L}\p{M}\p{N}#]+/gu, ' ')
      .trim()
  );
}

/** Per label set with anchors: its anchors by their first letter, for `holdsAnchor`; index 128 holds the non-ASCII ones. */
const anchorsByFirst = new WeakMap<Labels, Array<string[] | undefined>>();

/**
 * `text[from, to)` holds one of the set's anchors, in any case (always true for a set without anchors). Every
 * spelling of a label holds one, so a window without any has no label, and the normal form (three regex
 * replaces) is built only for windows that may have one: a text dense with numbers asks for thousands.
 */
function holdsAnchor(text: string, from: number, to: number, set: Labels): boolean {
  if (set.prefilter === undefined) return true;
  let byFirst = anchorsByFirst.get(set);
  if (byFirst === undefined) {
    byFirst = new Array<string[] | undefined>(129).fill(undefined);
    for (const anchor of set.prefilter) (byFirst[Math.min(anchor.charCodeAt(0), 128)] ??= []).push(anchor);
    anchorsByFirst.set(set, byFirst);
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const candidates = byFirst[c >= 128 ? 128 : c >= 65 && c <= 90 ? c + 32 : c];
    if (candidates === undefined) continue;
    for (const anchor of candidates) if (anchor.length <= to - i && (c < 128 ? sameLetters(text, i, anchor) : text.startsWith(anchor, i))) return true;
  }
  return false;
}

/** `text` at `at` spells `lower` (lower-case ASCII) in any case. */
function sameLetters(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Per label set with anchors: those that some keyword holds other than at the start of one of its words. */
const anchorsInsideWords = new WeakMap<Labels, readonly string[]>();

function insideWordAnchors(set: Labels): readonly string[] {
  let inside = anchorsInsideWords.get(set);
  if (inside === undefined) {
    const words = set.keywords.flatMap((keyword) => keyword.replace(/\*$/, '').split(' '));
    inside = (set.anchors ?? []).filter((anchor) => words.some((word) => word.lastIndexOf(anchor) > 0));
    anchorsInsideWords.set(set, inside);
  }
  return inside;
}

/**
 * Whether the anchor occurrence at `at` can be part of one of the set's labels. One glued to the ASCII letter
 * before it (`sin` of `using`, `tax` of `syntax`, `health` of `unhealthy`) cannot when every keyword word that
 * holds it begins with it: the normal form keeps the two letters in one word (unless a lower-case letter meets
 * a capital, `mySin`), and no window a label is read from starts between two ASCII letters (see
 * `labelWindowStart`). Such occurrences are most of an anchor's in prose and code, and each costs a look for a
 * table below it.
 */
export function mayStartLabel(text: string, at: number, set: Labels): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  if (!isLetter(before) || (before >= 97 && isUpper(text.charCodeAt(at)))) return true;
  for (const anchor of insideWordAnchors(set)) if (sameLetters(text, at, anchor)) return true;
  return false;
}

/** A window's text, its normal form once some set's anchor is in it, and per label set (by slot) whether it names. */
interface LabelWindow {
  readonly raw: string;
  normal: string | undefined;
  readonly answers: Array<boolean | undefined>;
}

/**
 * The windows and header cells asked about, remembered with each set's answer: every number rule asks about
 * the same few (`SSN:`, a CSV column's header for each of its rows), the normal form costs three regex
 * replaces, and the keyword test one search per keyword.
 */
const windows = new BoundedMemo((raw: string): LabelWindow => ({ raw, normal: undefined, answers: [] }));

/** The window holds one of the set's keywords once in normal form. */
function names(window: LabelWindow, set: Labels): boolean {
  let found = window.answers[set.slot];
  if (found === undefined) {
    found = holdsAnchor(window.raw, 0, window.raw.length, set) && hasKeyword((window.normal ??= normalise(window.raw)), set);
    window.answers[set.slot] = found;
  }
  return found;
}

/** `text[from, to)` holds one of the set's keywords once in normal form. */
function hasLabelIn(text: string, from: number, to: number, set: Labels): boolean {
  return holdsAnchor(text, from, to, set) && names(windows.getRange(text, from, to), set);
}

/** `normalised` (in normal form) contains one of the keywords, as whole words or otherwise as `Labels` says. */
export function hasKeyword(normalised: string, set: Labels): boolean {
  const padded = ` ${normalised} `;
  for (const form of searchFormsOf(set)) if (padded.includes(form)) return true;
  return false;
}

function lineStartBefore(text: string, index: number, max: number): number {
  const from = Math.max(0, index - max);
  let start = index;
  while (start > from && text.charCodeAt(start - 1) !== 10) start--;
  return start;
}

/** A clause ends before `i`: `;`, `|`, `!`, `?`, or a full stop before a capital (`pending. Order …`, not `Tel. 030`). */
function clauseBreakBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c === 59 || c === 124 || c === 33 || c === 63) return true;
  return c === 32 && text.charCodeAt(i - 2) === 46 && isUpper(text.charCodeAt(i));
}

/** Start of the identifier ending at `end` when it is a key (`phone_2`, `passportNo2`: a letter first), else -1. */
function identifierStart(text: string, end: number, from: number): number {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (!isLetter(c) && !isDigit(c) && c !== 95) break;
    i--;
  }
  const first = text.charCodeAt(i);
  return isLetter(first) || first === 95 ? i : -1;
}

/**
 * What may introduce a label after its value: a bracket (`742196630 (SSN)`) or a verb and a possessive ("… is my
 * SSN", "… är mitt personnummer", "… ist meine Steuer-ID", "… est mon NIR"). A label merely after a value may be
 * the next value's (`… 742-19-6630, SSN 536-…`), so only these count.
 */
const AFTER_VALUE =
  /[ \t]{0,2}(?:\([ \t]?|(?:is|was)[ \t]{1,2}(?:my|his|her|their|your|our|the)[ \t]{1,2}|(?:är|er|ist|est|es)[ \t]{1,2}(?:mitt|min|mein|meine|seine?|ihre?|mon|ma|mi|su)[ \t]{1,2})/iy;
/** How long a label after its value may be. */
const AFTER_LABEL_MAX = 32;

/**
 * The value ending at `end` is labelled after it, in the same sentence: `199109242397 är mitt personnummer`,
 * `3123 4567 8909 (Aadhaar)`. The label runs to the sentence's punctuation or line end, at most AFTER_LABEL_MAX
 * characters, holds no digit, and must hold one of the set's keywords.
 */
export function labelledAfter(text: string, end: number, set: Labels): boolean {
  AFTER_VALUE.lastIndex = end;
  if (!AFTER_VALUE.test(text)) return false;
  const from = AFTER_VALUE.lastIndex;
  let to = from;
  const stop = Math.min(text.length, from + AFTER_LABEL_MAX);
  while (to < stop && !endsAfterLabel(text.charCodeAt(to))) {
    // A number in it is another value, the label's own (`123456782 (see TFN 876543210)`).
    if (isDigit(text.charCodeAt(to))) return false;
    to++;
  }
  return to > from && hasLabelIn(text, from, to, set);
}

/** A sentence's punctuation, a closing bracket or a line end: where a label after its value ends. */
function endsAfterLabel(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 33 || c === 63 || c === 41 || c === 10 || c === 13;
}

/**
 * A label ends on the same line shortly before `start`, in the same clause, with no number between it and
 * the value: the value is the first number after its label (`Passport no. 2: …` and `SSN pending; order
 * 12345678` are not labels of the number). Digits inside a key (`passport_no_2`, `phone2`) are no number.
 */
export function labelBefore(text: string, start: number, set: Labels, window = SAME_LINE_WINDOW): boolean {
  const from = labelWindowStart(text, start, window);
  return from !== NONE && hasLabelIn(text, from, start, set);
}

/**
 * Where a label before `start` may begin (see `labelBefore`), or NONE when the window holds no word.
 * `lineFrom` is `lineStartBefore(text, start, window)` when the caller has it already.
 */
function labelWindowStart(text: string, start: number, window: number, lineFrom = lineStartBefore(text, start, window)): number {
  let from = lineFrom;
  let i = start;
  while (i > from && !(i < start && clauseBreakBefore(text, i))) {
    if (isDigit(text.charCodeAt(i - 1))) {
      const key = identifierStart(text, i, from);
      if (key === -1) break;
      i = key;
      continue;
    }
    i--;
  }
  from = i;
  // A window cut inside a word would make a label of its tail (`…hotel` ending in `tel`).
  if (from > 0 && from === start - window && isLetter(text.charCodeAt(from - 1))) {
    while (from < start && isLetter(text.charCodeAt(from))) from++;
  }
  // Most windows hold no word at all (`, `, `": "`): no need to build the normal form.
  let letters = false;
  for (let k = from; k < start && !letters; k++) letters = isLetter(text.charCodeAt(k)) || text.charCodeAt(k) > 127;
  return letters ? from : NONE;
}

/**
 * The code unit may come before a value on its own line: white space, a quote, a backtick, a dash or a star.
 * Read by hand, as a value at a line start is asked about for every row of a table.
 */
function leadsValue(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 96 || c === 45 || c === 42) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

/**
 * Start of the short line right above the value's line that may name it (`Date of birth:` / `  12.04.1980`),
 * or NONE. `lineStart` is `lineStartBefore(text, start, 16)`.
 */
function labelLineAbove(text: string, start: number, lineStart: number): number {
  if (lineStart === 0 || text.charCodeAt(lineStart - 1) !== 10) return NONE;
  // Only quotes, dashes and spaces may come before the value on its own line.
  for (let i = lineStart; i < start; i++) if (!leadsValue(text.charCodeAt(i))) return NONE;
  const previousStart = lineStartBefore(text, lineStart - 1, PREVIOUS_LINE_MAX + 1);
  if (previousStart > 0 && text.charCodeAt(previousStart - 1) !== 10) return NONE;
  for (let i = previousStart; i < lineStart - 1; i++) if (isDigit(text.charCodeAt(i))) return NONE;
  // A row of a table is no form field name for the row below: a header's words would all name its first cell.
  return inTableBody(text, start) ? NONE : previousStart;
}

/**
 * Where labels of the value at one offset may be, whatever they must say: every number rule asks about the
 * same numbers with its own words, and finding these places (the line, the line above, the table and the SQL
 * insert around the value) and reading them costs more than looking up a window's answer for a set. Kept per
 * value asked about, in one array per place rather than an object per value: a text of a megabyte dense with
 * numbers has tens of thousands, all alive until the next text.
 */
const contextsBefore: Array<LabelWindow | undefined> = [];
/** The short line above that may name the value. */
const contextsAbove: Array<LabelWindow | undefined> = [];
/** Its table column's header and its SQL insert's column, worked out when the nearer places hold no label (null until then). */
const contextsHeader: Array<LabelWindow | undefined | null> = [];
const contextsSql: Array<LabelWindow | undefined | null> = [];
/**
 * How many contexts the arrays above hold for this text. Their entries past it are stale: the arrays are
 * overwritten from the start by the next text rather than emptied, as an emptied array gives its storage
 * back and grows it again (copying as it goes) for every text dense with numbers.
 */
let contextCount = 0;
/** Arrays kept this long at most from one text to the next. */
const KEPT_CONTEXTS_MAX = 1 << 16;

/** Contexts of the last text, in the order first asked for; cleared when full, as they only save work. */
const CONTEXT_CAPACITY = 1 << 18;
/** Lookups by offset go through a map until this many values were asked about, then through a table. */
const SPARSE_MAX = 256;
let contextText: string | undefined;
/** Offset → 1 + index of its context, while few values were asked about. */
const sparseSlots = new Map<number, number>();
/**
 * Offset → 1 + index of its context, once many were: a text dense with numbers asks about tens of thousands
 * of offsets, each from several rules, and a map that large costs more per lookup than the rest of the answer.
 * Kept from text to text with only the slots set cleared (`contextStarts`): a fresh table per text is four
 * bytes per character mapped and zeroed, however few values were asked about.
 */
let denseSlots: Int32Array | undefined;
/** Whether the lookups of this text go through `denseSlots`. */
let dense = false;
/** The offset of each context, so the slots set can be cleared for the next text. */
let contextStarts = new Int32Array(1024);
/**
 * Per context, the context asked about right after it the last time (-1: none yet). Rules read the numbers of
 * a text in the same order, so the next lookup is most often the one the last rule made next: checked in
 * these small arrays before the offset table, whose slots are spread over four bytes per character.
 */
let followers = new Int32Array(1024);
/** The context of the last lookup, -1 before the first. */
let lastContext = -1;
/** A table kept this large at most from one text to the next (a larger one serves only the text that needed it). */
const KEPT_DENSE_MAX = 1 << 21;

function windowAt(text: string, from: number, to: number): LabelWindow | undefined {
  return from === NONE ? undefined : windows.getRange(text, from, to);
}

/** A header or column name: too long a one is some other line, not a name. */
function nameWindow(name: string | undefined): LabelWindow | undefined {
  return name === undefined || name.length > PREVIOUS_LINE_MAX || name.length === 0 ? undefined : windows.get(name);
}

function forgetContexts(): void {
  if (dense) {
    const slots = denseSlots!;
    if (slots.length > KEPT_DENSE_MAX) denseSlots = undefined;
    else for (let k = 0; k < contextCount; k++) slots[contextStarts[k]!] = 0;
  }
  dense = false;
  contextCount = 0;
  lastContext = -1;
  if (contextsBefore.length > KEPT_CONTEXTS_MAX) {
    contextsBefore.length = 0;
    contextsAbove.length = 0;
    contextsHeader.length = 0;
    contextsSql.length = 0;
  }
  sparseSlots.clear();
}

forgetsScannedText(() => {
  forgetContexts();
  contextText = undefined;
});

/** The index of the context of the value at `start`, worked out on the first call for it. */
function contextAt(text: string, start: number): number {
  if (contextText !== text || contextCount >= CONTEXT_CAPACITY) forgetContexts();
  // Keeps the newest of equal strings: the next lookups compare by reference, not content (see table.ts).
  contextText = text;
  const last = lastContext;
  if (last !== -1) {
    const next = followers[last]!;
    if (next !== -1 && contextStarts[next] === start) return (lastContext = next);
    if (contextStarts[last] === start) return last;
  }
  const k = knownContext(start);
  const found = k !== -1 ? k : newContext(text, start);
  if (last !== -1) followers[last] = found;
  return (lastContext = found);
}

/** The index of the context of the value at `start`, or -1 when it was not asked about yet. */
function knownContext(start: number): number {
  return ((dense ? denseSlots![start] : sparseSlots.get(start)) ?? 0) - 1;
}

/** Works out the context of the value at `start` and returns its index. */
function newContext(text: string, start: number): number {
  // One walk back to the line start (or the window's end) serves both places: the line start within 16
  // characters is the same walk cut shorter.
  const near = lineStartBefore(text, start, SAME_LINE_WINDOW);
  const lineStart = Math.max(near, start - 16, 0);
  const index = contextCount;
  const count = ++contextCount;
  const before = windowAt(text, labelWindowStart(text, start, SAME_LINE_WINDOW, near), start);
  const above = windowAt(text, labelLineAbove(text, start, lineStart), lineStart - 1);
  if (index < contextsBefore.length) {
    contextsBefore[index] = before;
    contextsAbove[index] = above;
    contextsHeader[index] = null;
    contextsSql[index] = null;
  } else {
    contextsBefore.push(before);
    contextsAbove.push(above);
    contextsHeader.push(null);
    contextsSql.push(null);
  }
  if (count > contextStarts.length) {
    const grown = new Int32Array(contextStarts.length * 2);
    grown.set(contextStarts);
    contextStarts = grown;
    const grownFollowers = new Int32Array(grown.length);
    grownFollowers.set(followers);
    followers = grownFollowers;
  }
  contextStarts[index] = start;
  followers[index] = -1;
  if (dense) {
    denseSlots![start] = count;
  } else {
    sparseSlots.set(start, count);
    if (sparseSlots.size > SPARSE_MAX) {
      if (denseSlots === undefined || denseSlots.length <= text.length) denseSlots = new Int32Array(text.length + 1);
      dense = true;
      for (const [at, index] of sparseSlots) denseSlots[at] = index;
      sparseSlots.clear();
    }
  }
  return count - 1;
}

/**
 * The value at `start` is labelled by one of `set`: on its line, on the line above, by its CSV column
 * header, or by the column an SQL `INSERT` puts it in.
 */
export function labelled(text: string, start: number, set: Labels): boolean {
  const k = contextAt(text, start);
  const before = contextsBefore[k];
  if (before !== undefined && names(before, set)) return true;
  const above = contextsAbove[k];
  if (above !== undefined && names(above, set)) return true;
  let header = contextsHeader[k];
  if (header === null) contextsHeader[k] = header = nameWindow(columnHeader(text, start));
  if (header !== undefined && names(header, set)) return true;
  let sql = contextsSql[k];
  if (sql === null) contextsSql[k] = sql = nameWindow(sqlColumn(text, start));
  return sql !== undefined && names(sql, set);
}
