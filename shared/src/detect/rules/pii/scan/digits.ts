import { forgetsScannedText } from '../../../text-caches';
/**
 * Runs of ASCII digits that can start or belong to a number-shaped PII value, found in one pass and cached
 * for the last text, so the number detectors (cards, phones, SSNs, IPv4, IBAN) share a single walk.
 *
 * Listed: every maximal run of two or more digits, and single digits followed by `.`, `-` or `/`
 * (`8.8.8.8`, `1-800-...`, `3/7/85`). A lone digit elsewhere (`i + 1`, `[0, 1]`) starts nothing these
 * detectors look for; the `+1 ...` phone prefix is anchored on `+` instead.
 */
export interface DigitRuns {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

// A regex whose first atom is a digit class lets V8 skip non-digits natively, about twice as fast as a
// charCodeAt loop over the whole text; the run itself is then extended by hand.
const RUN_START = /[0-9][0-9./-]/g;

let cachedText: string | undefined;
let cachedRuns: DigitRuns | undefined;
forgetsScannedText(() => {
  cachedText = undefined;
  cachedRuns = undefined;
});

export function digitRuns(text: string): DigitRuns {
  if (cachedRuns !== undefined && cachedText === text) {
    // Equal strings that are different objects compare by content: keep the newest, so the next lookups
    // compare by reference (a decoded view is a new string on every call, with the same content).
    cachedText = text;
    return cachedRuns;
  }
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  let count = 0;
  const n = text.length;
  RUN_START.lastIndex = 0;
  while (RUN_START.test(text)) {
    const start = RUN_START.lastIndex - 2;
    let i = start + 1;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d > 57 || d < 48) break;
      i++;
    }
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(count * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = start;
    ends[count] = i;
    count++;
    RUN_START.lastIndex = i;
  }
  cachedText = text;
  cachedRuns = { count, starts, ends };
  return cachedRuns;
}

/** End of the digit run starting at `i` (`i` itself when there is no digit there). */
export function digitsEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 57 || c < 48) break;
    i++;
  }
  return i;
}
