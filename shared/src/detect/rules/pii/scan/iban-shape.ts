import { at, isDigit, isLetter, isWord } from './chars';

const SPACE = 32;
const DASH = 45;
/** The longest IBAN has 34 characters: a group of its digits has at most 8 groups before it. */
const MAX_GROUPS = 8;

function isGroupChar(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/**
 * The number starting at `start` continues an IBAN printed in groups (`GB47 NWBK 0294 7961 9925 18`):
 * walking back over groups joined by single spaces or dashes reaches a first group of two letters and two
 * digits. Such digits belong to the account number, valid or not, never to a phone or card number.
 */
export function continuesIban(text: string, start: number): boolean {
  let i = start;
  for (let group = 0; group < MAX_GROUPS; group++) {
    const sep = at(text, i - 1);
    if (sep !== SPACE && sep !== DASH) return false;
    let groupStart = i - 1;
    while (groupStart > 0 && i - 1 - groupStart < 5 && isGroupChar(text.charCodeAt(groupStart - 1))) groupStart--;
    const length = i - 1 - groupStart;
    if (length === 0 || length > 4 || isWord(at(text, groupStart - 1))) return false;
    if (
      length === 4 &&
      isLetter(text.charCodeAt(groupStart)) &&
      isLetter(text.charCodeAt(groupStart + 1)) &&
      isDigit(text.charCodeAt(groupStart + 2)) &&
      isDigit(text.charCodeAt(groupStart + 3))
    ) {
      return true;
    }
    i = groupStart;
  }
  return false;
}
