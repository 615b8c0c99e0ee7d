import { scannerRule } from '../../define';
import { at, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labelledAfter, labels } from './scan/label';
import { isRfcLayout, rfcCheckHolds } from './validate/rfc';

const RFC_LABELS = labels(['rfc', 'r f c', 'registro federal de contribuyentes']);
const PERSON_LETTERS = 4;
const COMPANY_LETTERS = 3;
const DATE_AND_HOMOCLAVE = 9;
const PERSON_LENGTH = PERSON_LETTERS + DATE_AND_HOMOCLAVE;

const UPPER_N_TILDE = 0xd1;
const LOWER_N_TILDE = 0xf1;
const AMPERSAND = 38;

/** A character a name's letters in an RFC may be: a Latin letter, Ñ or `&`. */
function isRfcLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === UPPER_N_TILDE || c === LOWER_N_TILDE || c === AMPERSAND;
}

/** `c` glues onto an RFC's ends: part of a word, or one of the characters an RFC itself may hold. */
function joinsToken(c: number): boolean {
  return isWord(c) || c === UPPER_N_TILDE || c === LOWER_N_TILDE || c === AMPERSAND;
}

/**
 * `GODE561231GR8`: letters of a person's names, the birth date, and a homoclave ending in a mod-11 check. A
 * person's number with its check counts on its own in capitals. A company's (three letters, `MAB9307148T4`) is
 * a name with a founding date, and a few percent of numbers in use fail the check: those, and lower case, need
 * a label. A CURP starts with the same ten characters, but its eighteen make one longer token.
 */
export const mxRfc = scannerRule({
  id: 'mx-rfc',
  title: 'Mexican RFC (Registro Federal de Contribuyentes)',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const length = runEnds[r]! - s;
      // The date, and the homoclave's leading digits run on from it (`AAA390128530`).
      if (length < 6 || length > DATE_AND_HOMOCLAVE || !isRfcLetter(at(text, s - 1))) continue;
      const start = isRfcLetter(at(text, s - PERSON_LETTERS)) ? s - PERSON_LETTERS : s - COMPANY_LETTERS;
      const end = s + DATE_AND_HOMOCLAVE;
      if (start < 0 || end > text.length || joinsToken(at(text, start - 1)) || joinsToken(at(text, end))) continue;
      const raw = text.slice(start, end);
      const upperCase = /^[0-9A-ZÑ&]+$/.test(raw);
      if (!upperCase && !/^[0-9a-zñ&]+$/.test(raw)) continue;
      const value = raw.toUpperCase();
      if (!isRfcLayout(value)) continue;
      const named = labelled(text, start, RFC_LABELS) || labelledAfter(text, end, RFC_LABELS);
      const checked = rfcCheckHolds(value);
      if (!named && !(upperCase && checked && value.length === PERSON_LENGTH)) continue;
      yield { start, end, confidence: named ? (checked ? 0.95 : 0.8) : 0.9 };
    }
  },
});
