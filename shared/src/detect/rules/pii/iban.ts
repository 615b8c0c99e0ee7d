import { scannerRule } from '../../define';
import { at, isDigit, isUpper, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { IBAN_LENGTHS, isIban } from './validate/iban';

function isIbanChar(c: number): boolean {
  return isDigit(c) || isUpper(c);
}

/** The IBAN starting at `start` (country code), compact or printed in groups of four; its end, or -1. */
function ibanEnd(text: string, start: number, length: number): { end: number; value: string } | undefined {
  // Compact: exactly `length` IBAN characters.
  let j = start;
  while (j - start <= length && isIbanChar(at(text, j))) j++;
  if (j - start === length) {
    if (isWord(at(text, j))) return undefined;
    return { end: j, value: text.slice(start, j) };
  }
  // Print form: `DE89 3704 0044 0532 0130 00`.
  if (j - start !== 4) return undefined;
  let value = text.slice(start, j);
  while (value.length < length) {
    if (at(text, j) !== 32) return undefined;
    j++;
    const take = Math.min(4, length - value.length);
    for (let k = 0; k < take; k++) if (!isIbanChar(at(text, j + k))) return undefined;
    value += text.slice(j, j + take);
    j += take;
    if (isIbanChar(at(text, j))) return undefined;
  }
  if (isWord(at(text, j))) return undefined;
  return { end: j, value };
}

export const iban = scannerRule({
  id: 'iban',
  title: 'International bank account number (IBAN)',
  category: 'pii',
  severity: 'high',
  confidence: 0.95,
  *scan(text) {
    const runs = digitRuns(text);
    for (let r = 0; r < runs.count; r++) {
      const s = runs.starts[r]!;
      if (s < 2 || runs.ends[r]! - s < 2) continue;
      const start = s - 2;
      if (!isUpper(text.charCodeAt(start)) || !isUpper(text.charCodeAt(start + 1)) || isWord(at(text, start - 1))) continue;
      const length = IBAN_LENGTHS[text.slice(start, s)];
      if (length === undefined) continue;
      const found = ibanEnd(text, start, length);
      if (found && isIban(found.value)) yield { start, end: found.end };
    }
  },
});
