import { anchoredScannerRule } from '../../define';
import { at, isLetter, isUpper, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { anchorsOf, labelled, labelledAfter, labels } from './scan/label';
import { LabelRegions } from './scan/label-regions';
import { isMbi } from './validate/mbi';

const MBI_LABELS = labels(
  ['mbi', 'mbi number', 'medicare', 'medicare id', 'medicare number', 'medicare no', 'medicare beneficiary id', 'medicare beneficiary identifier', 'medicare beneficiary number'],
  ['mbi', 'medicare'],
);

const LENGTH = 11;
/** With a dash after the fourth and the seventh character, as CMS prints it on the card. */
const DASHED_LENGTH = 13;
const LENGTHS = [LENGTH, DASHED_LENGTH];
/** How far before a label's anchor an MBI it names from after may start: the dashed MBI and the words between (`… is my`). */
const AFTER_VALUE_REACH = 32;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const BACKSLASH = 92;

/**
 * `[start, end)` is a token of its own: nothing of a word glued on, and no part of a path, a file name or a
 * longer dashed or dotted code (`X-1EG4TE5MK73`, `1EG4TE5MK73.pdf`), where the layout matches by chance.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = at(text, start - 1);
  const after = at(text, end);
  if (isWord(before) || isWord(after) || before === SLASH || before === BACKSLASH || after === SLASH || after === BACKSLASH) return false;
  if ((before === DASH || before === DOT) && isWord(at(text, start - 2))) return false;
  return !((after === DASH || after === DOT) && isWord(at(text, end + 1)));
}

/** `[start, end)` is an MBI, bare or dashed, its letters in one case. */
function isPrintedMbi(text: string, start: number, end: number): boolean {
  if (start < 0) return false;
  const dashed = end - start === DASHED_LENGTH;
  if (dashed && (at(text, start + 4) !== DASH || at(text, start + 8) !== DASH)) return false;
  // The first character is a digit 1–9: most runs fail here, before a string is cut.
  const first = at(text, start);
  if (first < 49 || first > 57) return false;
  // The second character is always a letter: the case every other letter must be in.
  const upper = isUpper(at(text, start + 1));
  for (let i = start + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c) && isUpper(c) !== upper) return false;
  }
  const value = dashed ? text.slice(start, start + 4) + text.slice(start + 5, start + 8) + text.slice(start + 9, end) : text.slice(start, end);
  return isMbi(upper ? value : value.toUpperCase());
}

/**
 * `1EG4-TE5-MK73`: a Medicare Beneficiary Identifier, eleven characters in a fixed layout of digits and letters
 * (S, L, O, I, B and Z left out), bare or dashed as on the card. No check digit, but the layout is rare outside
 * it: in upper case, as CMS prints it, it counts on its own; in lower case only labelled.
 */
export const usMbi = anchoredScannerRule({
  id: 'us-mbi',
  title: 'US Medicare Beneficiary Identifier (MBI)',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  // On every text, for the upper-case printing; labels are read only where their anchors reach.
  anchors: anchorsOf(MBI_LABELS),
  runsWithoutAnchors: true,
  *scan(text, anchorStarts) {
    // Built at the first MBI-shaped value: most texts hold none, and the anchors (`mbi`) sit inside common words.
    let regions: LabelRegions | undefined;
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const end = runEnds[r]!;
      // An MBI ends in two digits after a letter: the run is exactly those two, the letter before it.
      if (end - runStarts[r]! !== 2 || !isLetter(at(text, end - 3)) || isWord(at(text, end))) continue;
      // By index: `for…of` in a generator makes an iterator result per step.
      for (let k = 0; k < LENGTHS.length; k++) {
        const start = end - LENGTHS[k]!;
        if (!isPrintedMbi(text, start, end) || !standsAlone(text, start, end)) continue;
        if (
          (regions ??= new LabelRegions(text, anchorStarts, MBI_LABELS, AFTER_VALUE_REACH)).covers(start) &&
          (labelled(text, start, MBI_LABELS) || labelledAfter(text, end, MBI_LABELS))
        )
          yield { start, end };
        // Printed as CMS prints it, in capitals (its second character is a letter).
        else if (isUpper(text.charCodeAt(start + 1))) yield { start, end, confidence: 0.75 };
      }
    }
  },
});
