import { scannerRule } from '../../define';
import { at, isDigit, isLetter, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labels } from './scan/label';
import { isCurp } from './validate/curp';

const CURP_LABELS = labels(['curp', 'clave única de registro de población', 'clave unica de registro de poblacion']);
const LENGTH = 18;
/** Where the birth date's six digits start. */
const DATE_OFFSET = 4;

/** `c` is an upper-case letter or `Ñ`; with `lower`, a lower-case one or `ñ`. */
function isLetterOfCase(c: number, lower: boolean): boolean {
  return lower ? (c >= 97 && c <= 122) || c === 241 : (c >= 65 && c <= 90) || c === 209;
}

/** The 18 characters at `start` in one case, with nothing of a word glued to either end, upper-cased. */
function candidateAt(text: string, start: number): string | undefined {
  if (start < 0 || start + LENGTH > text.length || isWord(at(text, start - 1)) || isWord(at(text, start + LENGTH))) return undefined;
  const lower = at(text, start) >= 97;
  for (let i = start; i < start + LENGTH; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && !isLetterOfCase(c, lower)) return undefined;
  }
  return text.slice(start, start + LENGTH).toUpperCase();
}

/**
 * `BOXW310820HNERXN09`: letters of the names, the birth date, the sex, the state of birth, consonants of the
 * names, a character for namesakes and a check digit. The layout and the check make it one on its own.
 */
export const mxCurp = scannerRule({
  id: 'mx-curp',
  title: 'Mexican CURP',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      // The birth date: six digits with a name's letter before and the sex's after.
      if (runEnds[r]! - s !== 6 || !isLetter(at(text, s - 1)) || !isLetter(at(text, s + 6))) continue;
      const candidate = candidateAt(text, s - DATE_OFFSET);
      if (candidate === undefined || !isCurp(candidate)) continue;
      const start = s - DATE_OFFSET;
      yield { start, end: start + LENGTH, confidence: labelled(text, start, CURP_LABELS) ? 0.95 : 0.9 };
    }
  },
});
