import { folded, foldedAt, type FoldedWord } from '../../../folded-word';

/*
 * A value labelled by a word in another language than English: the word, then a colon, "is" in that language or
 * a particle, or up to a few words of the sentence, then the value. The password and secret rules of other
 * languages share this reading and differ in their words and in what they ask of the value.
 */

/**
 * Words by their first code unit, in both cases: the text at a position is compared with the few that begin
 * like it. Longest first, so a word that another begins with never wins over it.
 */
export function byFirstUnit(words: readonly string[]): Map<number, FoldedWord[]> {
  const map = new Map<number, FoldedWord[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const entry = folded(word);
    for (const unit of new Set([entry.lower[0]!, entry.upper[0]!])) map.set(unit, [...(map.get(unit) ?? []), entry]);
  }
  return map;
}

/** The word of `words` (see `byFirstUnit`) at `at`, or undefined. */
function wordAt(text: string, at: number, words: Map<number, FoldedWord[]>): string | undefined {
  const candidates = words.get(text.charCodeAt(at));
  if (candidates === undefined) return undefined;
  for (const candidate of candidates) if (foldedAt(text, at, candidate)) return candidate.word;
  return undefined;
}

/**
 * What may stand between the word and its value instead of a colon: "is" in those languages, and the particles
 * that say it in Chinese, Japanese and Korean (`密码是…`, `パスワードは…`, `비밀번호는 …`).
 */
const COPULAS = byFirstUnit([
  'es',
  'est',
  'é',
  'è',
  'ist',
  'lautet',
  'is',
  'är',
  'er',
  'on',
  'jest',
  'je',
  'to',
  'este',
  'είναι',
  'это',
  'คือ',
  '是',
  '为',
  '為',
  'は',
  '는',
  '은',
  '이',
  '가',
]);

/** Words of the sentence allowed between the password word and a colon (`contraseña del wifi:`, `senha do banco:`). */
const MAX_QUALIFIER_WORDS = 3;
const MAX_QUALIFIER_LENGTH = 20;

/**
 * Colons and quotes by their code unit: `text[i]` makes a new string for every character outside ASCII, and
 * the text after a label in these languages is mostly such characters.
 */
const COLONS = new Set([':', '：', '=', '＝'].map((c) => c.charCodeAt(0)));
const OPENING_QUOTES = new Map(
  [
    ['"', '"'],
    ["'", "'"],
    ['`', '`'],
    ['«', '»'],
    ['“', '”'],
    ['„', '“'],
    ['「', '」'],
    ['『', '』'],
  ].map(([open, close]) => [open!.charCodeAt(0), close!.charCodeAt(0)]),
);

/** `.`, `,` or `;`: a sentence's punctuation after a value. */
function isSentencePunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59;
}

/** Letters of alphabets that put spaces between words: a word there must not be glued to other letters. */
function isAlphabetLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x590 && c !== 0xd7 && c !== 0xf7);
}

/**
 * A blank inside a line in the languages read here: a space or tab, and also the no-break spaces French puts
 * before a colon and inside guillemets, and the ideographic space. (`value-scan`'s `skipSpaces` takes only
 * spaces and tabs, as code and configuration use.)
 */
function isInlineBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x3000;
}

function skipInlineBlanks(text: string, at: number): number {
  while (at < text.length && isInlineBlank(text.charCodeAt(at))) at++;
  return at;
}

/** A printable ASCII character other than a space: what typed passwords and tokens are made of. */
function isPasswordChar(c: number): boolean {
  return c > 32 && c < 127;
}

/** The end of a copula at `at` followed by a space or the value, or -1. */
function copulaEnd(text: string, at: number): number {
  const candidates = COPULAS.get(text.charCodeAt(at));
  if (candidates === undefined) return -1;
  for (const copula of candidates) {
    if (!foldedAt(text, at, copula)) continue;
    const length = copula.lower.length;
    // An alphabetic copula is a word of its own (`es`, not the start of `está`); a particle is glued to the value.
    if (isAlphabetLetter(copula.lower[0]!) && !isInlineBlank(text.charCodeAt(at + length))) continue;
    return at + length;
  }
  return -1;
}

/**
 * The value after the label: quoted up to its closing quote on the line, or a run of printable ASCII; read at
 * most `maxLength` characters on.
 */
function valueAt(text: string, at: number, maxLength: number): { start: number; end: number } | undefined {
  const close = OPENING_QUOTES.get(text.charCodeAt(at));
  if (close !== undefined) {
    // French puts a (no-break) space inside its guillemets: `« Wv5#kN9pQz2L »`.
    const start = skipInlineBlanks(text, at + 1);
    let end = start;
    while (end < text.length && end - start <= maxLength && text.charCodeAt(end) !== close && text.charCodeAt(end) !== 10) end++;
    if (text.charCodeAt(end) !== close) return undefined;
    while (end > start && isInlineBlank(text.charCodeAt(end - 1))) end--;
    return { start, end };
  }
  let end = at;
  while (end < text.length && end - at <= maxLength && isPasswordChar(text.charCodeAt(end))) end++;
  // A sentence's full stop or comma after the value is not part of it.
  while (end > at && isSentencePunctuation(text.charCodeAt(end - 1)) && (end === text.length || !isPasswordChar(text.charCodeAt(end)))) end--;
  return { start: at, end };
}

/** What a rule asks of the value a word labels: how long at least, and whether it is one. */
export interface LabelledValueTest {
  minLength: number;
  maxLength: number;
  credible(value: string): boolean;
  /** A value right after the word, with nothing between, must pass this as well: strong enough to be nothing else. */
  bare(value: string): boolean;
}

/** A value that passes `test` at `at`, past spaces. */
function credibleValueAt(text: string, at: number, test: LabelledValueTest): { start: number; end: number } | undefined {
  const value = valueAt(text, skipInlineBlanks(text, at), test.maxLength);
  if (value === undefined || value.end - value.start < test.minLength) return undefined;
  return test.credible(text.slice(value.start, value.end)) ? value : undefined;
}

/**
 * The value a word ending at `end` labels: after a colon, or after "is", past up to a few words of the
 * sentence (`contraseña del wifi es …`, `senha do banco: …`), or right after the word when it is strong. A
 * copula whose next word is no value is read as one of those words (`hasło to the admin account: …`).
 */
function labelledValue(text: string, end: number, test: LabelledValueTest): { start: number; end: number } | undefined {
  let i = end;
  for (let words = 0; words <= MAX_QUALIFIER_WORDS; words++) {
    i = skipInlineBlanks(text, i);
    if (COLONS.has(text.charCodeAt(i))) return credibleValueAt(text, i + 1, test);
    const copula = copulaEnd(text, i);
    if (copula >= 0) {
      // `est :`, `は：`: a colon may follow the copula too.
      const afterCopula = skipInlineBlanks(text, copula);
      const value = credibleValueAt(text, COLONS.has(text.charCodeAt(afterCopula)) ? afterCopula + 1 : copula, test);
      if (value !== undefined) return value;
    }
    // `логин admin, пароль Hq4$zR8mLp2W`: right after the word with nothing between, a value strong enough to
    // be nothing else (the rule's `bare` test).
    if (words === 0 && i > end) {
      const value = credibleValueAt(text, i, test);
      if (value !== undefined && test.bare(text.slice(value.start, value.end))) return value;
    }
    if (words === MAX_QUALIFIER_WORDS) return undefined;
    const start = i;
    while (i < text.length && i - start <= MAX_QUALIFIER_LENGTH && isAlphabetLetter(text.charCodeAt(i))) i++;
    if (i === start || i - start > MAX_QUALIFIER_LENGTH) return undefined;
  }
  return undefined;
}

/**
 * The values that `words` (see `byFirstUnit`) label in `text`, from where the engine saw them start: each word
 * must stand on its own in alphabets with spaces (`senha`, not `senhas` or `resenha`), and its value pass `test`.
 */
export function* labelledValues(
  text: string,
  anchorStarts: ArrayLike<number>,
  words: Map<number, FoldedWord[]>,
  test: LabelledValueTest,
): Generator<{ start: number; end: number }> {
  let consumed = 0;
  for (let k = 0; k < anchorStarts.length; k++) {
    const start = anchorStarts[k]!;
    if (start < consumed) continue;
    const word = wordAt(text, start, words);
    if (word === undefined) continue;
    const end = start + word.length;
    if (isAlphabetLetter(word.charCodeAt(0)) && start > 0 && isAlphabetLetter(text.charCodeAt(start - 1))) continue;
    if (isAlphabetLetter(word.charCodeAt(word.length - 1)) && isAlphabetLetter(text.charCodeAt(end))) continue;
    const value = labelledValue(text, end, test);
    if (value === undefined) continue;
    consumed = value.end;
    yield value;
  }
}
