import { scannerRule } from '../../define';
import { digitRuns } from './scan/digits';
import { continuesIban } from './scan/iban-shape';
import { callPrefixed, international } from './phone/international';
import { labelledAsOther, labelledNational } from './phone/labelled';
import { bareTrunkPrefixed, northAmerican, parenthesizedArea, trunkApart, trunkPrefixed } from './phone/national';
import { cleanLeft, type Hit } from './phone/shape';
import { at, isDigit } from './scan/chars';

export const phone = scannerRule({
  id: 'phone',
  title: 'Phone number',
  category: 'pii',
  severity: 'medium',
  confidence: 0.8,
  *scan(text) {
    const found: Hit[] = [];
    let plus = text.indexOf('+');
    while (plus !== -1) {
      const hit = international(text, plus);
      if (hit) {
        found.push(hit);
        plus = text.indexOf('+', hit.end);
      } else {
        plus = text.indexOf('+', plus + 1);
      }
    }
    yield* found;
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    let k = 0; // next international hit that may cover a run
    let skipUntil = -1;
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      if (s < skipUntil) continue;
      while (k < found.length && found[k]!.end <= s) k++;
      if (k < found.length && found[k]!.start <= s) continue;
      // A one-digit trunk prefix is no digit run of its own: its number is read from the group after it.
      const trunk = trunkDigitBefore(text, s);
      if (trunk !== -1) {
        let hit = labelledNational(text, trunk, trunk + 1);
        // Turkey's and Russia's layouts need no label; another label still says what the number is.
        if (hit === undefined) {
          hit = trunkApart(text, trunk, s);
          if (hit !== undefined && labelledAsOther(text, hit.start)) hit = undefined;
        }
        if (hit && !continuesIban(text, hit.start)) {
          skipUntil = hit.end;
          yield hit;
          continue;
        }
      }
      // Every shape below starts clean on the left (a parenthesis before an area code is): a run glued to a
      // word or continuing a number (`456` of `123 456 782`) starts none, so it is passed over unread.
      if (!cleanLeft(text, s)) continue;
      const e = runEnds[r]!;
      // Cheap shape filter before any parsing: `00`, a trunk `0`, a 3-digit area code, or a leading `1-`.
      const first = text.charCodeAt(s);
      const length = e - s;
      let hit: Hit | undefined;
      if (first === 48 && text.charCodeAt(s + 1) === 48) hit = callPrefixed(text, s, e);
      else if (first === 48) hit = trunkPrefixed(text, s, e);
      else if (length === 3 || (length === 1 && first === 49)) hit = northAmerican(text, s, e);
      else if (length === 2) hit = parenthesizedArea(text, s, e);
      if (hit !== undefined && labelledAsOther(text, hit.start)) hit = undefined;
      else hit ??= labelledNational(text, s, e);
      // Typed without a separator, a trunk number is one without a label too, unless a label says otherwise.
      if (hit === undefined && first === 48) {
        hit = bareTrunkPrefixed(text, s, e);
        if (hit !== undefined && labelledAsOther(text, hit.start)) hit = undefined;
      }
      if (hit && !continuesIban(text, hit.start)) {
        skipUntil = hit.end;
        yield hit;
      }
    }
  },
});

/**
 * Where the trunk digit before the group at `s` is (`8 916 123-45-67`, `8 (916) …`, `1 800 …`), else -1: one
 * digit clean on its left, then a space or dash, then the group or its opening parenthesis.
 */
function trunkDigitBefore(text: string, s: number): number {
  const open = at(text, s - 1) === 40 ? 1 : 0;
  const digit = s - 2 - open;
  const between = at(text, digit + 1);
  if ((between !== 32 && between !== 45) || !isDigit(at(text, digit)) || !cleanLeft(text, digit)) return -1;
  return digit;
}
