import { scannerRule } from '../../define';
import { digitRuns } from './scan/digits';
import { continuesIban } from './scan/iban-shape';
import { callPrefixed, international } from './phone/international';
import { labelledAsOther, labelledNational } from './phone/labelled';
import { bareTrunkPrefixed, northAmerican, parenthesizedArea, trunkPrefixed } from './phone/national';
import { cleanLeft, type Hit } from './phone/shape';

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
