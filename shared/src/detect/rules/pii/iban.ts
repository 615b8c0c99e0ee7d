import { scannerRule } from '../../define';
import { at, isDigit, isLetter, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { IBAN_LENGTHS, isIban } from './validate/iban';

function isIbanChar(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

const SPACE = 32;
const DASH = 45;

/**
 * The IBAN starting at `start` (its country code): compact (`DE89370400440532013000`) or printed in groups
 * joined by single spaces or single dashes, one kind throughout (`DE89 3704 0044 0532 0130 00`,
 * `DE89-3704-0044-…`, `DE89 37040044 0532013000`). It must end where a group ends, after exactly the
 * country's length, its letters all of one case. Returns its end and its characters upper-cased, or undefined.
 */
function ibanAt(text: string, start: number, length: number): { end: number; value: string } | undefined {
  let value = '';
  let j = start;
  let sep = -1;
  for (;;) {
    const groupStart = j;
    while (j - groupStart <= length && isIbanChar(at(text, j))) j++;
    value += text.slice(groupStart, j);
    if (value.length > length) return undefined;
    if (value.length === length) break;
    const c = at(text, j);
    if ((c !== SPACE && c !== DASH) || (sep !== -1 && c !== sep) || !isIbanChar(at(text, j + 1))) return undefined;
    sep = c;
    j++;
  }
  if (isWord(at(text, j))) return undefined;
  // One case throughout: `LV80 bANK 0000 …` is a code that happens to check, not an IBAN anyone printed.
  const upper = value.toUpperCase();
  if (value !== upper && value !== value.toLowerCase()) return undefined;
  return { end: j, value: upper };
}

export const iban = scannerRule({
  id: 'iban',
  title: 'International bank account number (IBAN)',
  category: 'pii',
  severity: 'high',
  confidence: 0.95,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      if (s < 2 || runEnds[r]! - s < 2) continue;
      const start = s - 2;
      if (!isLetter(text.charCodeAt(start)) || !isLetter(text.charCodeAt(start + 1)) || isWord(at(text, start - 1))) continue;
      const length = IBAN_LENGTHS[text.slice(start, s).toUpperCase()];
      if (length === undefined) continue;
      const found = ibanAt(text, start, length);
      if (found && isIban(found.value)) yield { start, end: found.end };
    }
  },
});
