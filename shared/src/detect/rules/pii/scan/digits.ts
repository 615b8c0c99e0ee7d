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
  /** The runs by length, made when first asked for (`runsByLength`). */
  byLength?: RunsByLength;
}

/** The longest run `runsByLength` sorts by its own length; longer ones share the last list. */
export const LONGEST_SORTED_RUN = 31;

/**
 * The indices of the runs of each length, ascending (so in text order): those of length `n` are
 * `order[offsets[n]]` to `order[offsets[n + 1] - 1]`, runs of LONGEST_SORTED_RUN digits or more together.
 */
export interface RunsByLength {
  offsets: Int32Array;
  order: Int32Array;
}

/**
 * `runs` sorted by length, once per text: a rule that reads numbers whose first group has one of a few lengths
 * visits those runs only, not every run of a text dense with numbers (a few dozen rules read them).
 */
export function runsByLength(runs: DigitRuns): RunsByLength {
  if (runs.byLength !== undefined) return runs.byLength;
  const { count, starts, ends } = runs;
  const offsets = new Int32Array(LONGEST_SORTED_RUN + 2);
  for (let r = 0; r < count; r++) offsets[Math.min(ends[r]! - starts[r]!, LONGEST_SORTED_RUN) + 1]!++;
  for (let n = 1; n < offsets.length; n++) offsets[n]! += offsets[n - 1]!;
  const order = new Int32Array(count);
  const next = offsets.slice(0, LONGEST_SORTED_RUN + 1);
  for (let r = 0; r < count; r++) order[next[Math.min(ends[r]! - starts[r]!, LONGEST_SORTED_RUN)]!++] = r;
  return (runs.byLength = { offsets, order });
}

// A regex whose first atom is a digit class lets V8 skip non-digits natively, about twice as fast as a
// charCodeAt loop over the whole text; the run itself is then extended by hand.
const RUN_START = /[0-9][0-9./-]/g;

/** How far ahead a run is looked for by hand before a native search is worth its call. */
const NEAR = 12;

/** Whether a run starts at `i`: a digit, then a digit, `.`, `/` or `-` (what `RUN_START` matches). */
function startsRun(text: string, i: number): boolean {
  if ((text.charCodeAt(i) ^ 48) >= 10) return false;
  const next = text.charCodeAt(i + 1);
  return (next ^ 48) < 10 || next === 46 || next === 47 || next === 45;
}

/**
 * Where the next run starts at or after `from`, or -1. In a text dense with numbers the next one is a few
 * characters on, and a search per run cost more than reading those: they are read first, the search goes
 * past them only.
 */
function nextRunStart(text: string, from: number): number {
  const near = Math.min(text.length - 1, from + NEAR);
  for (let i = from; i < near; i++) if (startsRun(text, i)) return i;
  if (near >= text.length - 1) return -1;
  RUN_START.lastIndex = near;
  return RUN_START.test(text) ? RUN_START.lastIndex - 2 : -1;
}

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
  for (let start = nextRunStart(text, 0); start >= 0;) {
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
    start = nextRunStart(text, i);
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
