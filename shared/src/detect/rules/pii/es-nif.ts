import { scannerRule } from '../../define';
import { at, isDigit, isLetter, isUpper, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { labelled, labels } from './scan/label';
import { isSpanishNif } from './validate/nif';

const NIF_LABELS = labels([
  'dni',
  'nif',
  'nie',
  'documento nacional de identidad',
  'número de identificación fiscal',
  'numero de identificacion fiscal',
  'número de identidad de extranjero',
  'tax id',
  'spanish id',
]);

const SPACE = 32;
const DASH = 45;
const DOT = 46;

/** Where the number part starting at the digit run `s..e` ends: 8 digits, `12.345.678`, or 7 digits after X/Y/Z. */
function numberEnd(text: string, s: number, e: number, nie: boolean): number {
  if (e - s === (nie ? 7 : 8)) return e;
  // `12.345.678`: the DNI with thousands dots.
  if (nie || e - s !== 2 || at(text, e) !== DOT || digitsEnd(text, e + 1) !== e + 4 || at(text, e + 4) !== DOT) return -1;
  return digitsEnd(text, e + 5) === e + 8 ? e + 8 : -1;
}

/**
 * `12345678Z`, `12.345.678-Z`, `X1234567L`: a Spanish DNI or NIE with its mod 23 letter (1 random number
 * in 23 passes). Glued or after a dash it stands on its own; a letter after a space (`12345678 Z`, like a list
 * marker) or in lower case (`12345678z`, `x1234567l`) needs a label.
 */
export const esNif = scannerRule({
  id: 'es-nif',
  title: 'Spanish national ID (DNI/NIF/NIE)',
  category: 'pii',
  severity: 'high',
  confidence: 0.75,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      const length = e - s;
      if (length !== 7 && length !== 8 && length !== 2) continue;
      // X, Y, Z; in lower case only where a label says what the number is (checked below).
      const prefix = at(text, s - 1) & ~32;
      const nie = prefix === 88 || prefix === 89 || prefix === 90;
      const start = nie ? s - 1 : s;
      const before = at(text, start - 1);
      if (isWord(before) || before === DOT || ((before === DASH || before === SPACE) && isDigit(at(text, start - 2)))) continue;
      const numberStop = numberEnd(text, s, e, nie);
      if (numberStop === -1) continue;
      const sep = at(text, numberStop);
      const letterAt = sep === DASH || sep === SPACE ? numberStop + 1 : numberStop;
      if (!isLetter(at(text, letterAt)) || isWord(at(text, letterAt + 1))) continue;
      const digits = text.slice(s, numberStop).replace(/\./g, '');
      if (!isSpanishNif(((nie ? text[start]! : '') + digits + text[letterAt]!).toUpperCase())) continue;
      const isLabelled = labelled(text, start, NIF_LABELS);
      const lowerCase = !isUpper(at(text, letterAt)) || (nie && !isUpper(at(text, start)));
      // A letter after a space (`12345678 Z`, like a list marker) or in lower case (`12345678z`) needs a label.
      if ((sep === SPACE || lowerCase) && !isLabelled) continue;
      yield { start, end: letterAt + 1, confidence: isLabelled ? 0.9 : 0.75 };
    }
  },
});
