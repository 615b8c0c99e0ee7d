import { hasDistinctChars } from './distinct-chars';

/**
 * Values people paste that look like secrets but are documentation or templates. A noisy gate gets
 * uninstalled, so every secret rule passes its value through here unless it opts out.
 */
const PLACEHOLDER_WORDS = /example|sample|dummy|placeholder|your[_-]?|xxxx|redacted|changeme|change_me|replace|insert|fake|mock|foobar|todo|lorem|process\.env|os\.environ|getenv/i;
/**
 * The template marks, apart from the words (`%(name)s` is Python's; a bare `%(` is as likely in a random
 * value, such as a Django key): in one case-insensitive alternation with them they made every
 * value cost twice as much to test, and a text dense with findings (a connection string per line) tests one
 * value per finding.
 */
const PLACEHOLDER_MARKS = /[<>]|\*\*\*|\$\{|\{\{|%\([A-Za-z_]\w*\)/;

/**
 * How many letters (or digits) in a row, counting only those and skipping whatever stands between them, make
 * an alphabet written out (`a1b2c3d4-e5f6-g7h8`, `zYxWvUtS`): random base62 letters follow each other in
 * alphabet order one time in 52, so eight in a row is far past chance, and hex, with six letters, cannot.
 */
const INTERLEAVED_RUN = 8;

/** The alphabet position of an ASCII letter (either case), or -1. */
function letterIndex(c: number): number {
  const folded = c | 32;
  return folded >= 97 && folded <= 122 ? folded - 97 : -1;
}

/** `aaaaaaaa`, `abcdefgh`, `12345678`, `0000...`, `a1b2c3d4e5f6g7h8`: nothing with real randomness. */
function isMonotonous(value: string): boolean {
  // A real random token of 16+ chars practically never holds a run of 6 repeated or 7 sequential chars. The
  // first such run answers, and each character is read once: this runs on every secret a text holds.
  let sameRun = 1;
  let stepRun = 1;
  let previous = value.charCodeAt(0);
  // The same for the letters alone and the digits alone: their last one, the step between the last two, and
  // how many in a row kept that step.
  let letter = letterIndex(previous);
  let letterStep = 0;
  let letterRun = letter < 0 ? 0 : 1;
  let digit = previous >= 48 && previous <= 57 ? previous - 48 : -1;
  let digitStep = 0;
  let digitRun = digit < 0 ? 0 : 1;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const diff = c - previous;
    previous = c;
    if (diff !== 0) sameRun = 1;
    else if (++sameRun >= 6) return true;
    if (diff !== 1 && diff !== -1) stepRun = 1;
    else if (++stepRun >= 7) return true;
    const index = letterIndex(c);
    if (index >= 0) {
      const step = index - letter;
      letterRun = letter >= 0 && (step === 1 || step === -1) && (letterRun === 1 || step === letterStep) ? letterRun + 1 : 1;
      letterStep = step;
      letter = index;
      if (letterRun >= INTERLEAVED_RUN) return true;
    } else if (c >= 48 && c <= 57) {
      const step = c - 48 - digit;
      digitRun = digit >= 0 && (step === 1 || step === -1) && (digitRun === 1 || step === digitStep) ? digitRun + 1 : 1;
      digitStep = step;
      digit = c - 48;
      if (digitRun >= INTERLEAVED_RUN) return true;
    }
  }
  return false;
}

/**
 * True when `value` (the part of a match that would be the secret, prefix included) is a placeholder or too
 * regular to be a real credential.
 */
export function isPlaceholderLike(value: string): boolean {
  if (PLACEHOLDER_MARKS.test(value) || PLACEHOLDER_WORDS.test(value)) return true;
  if (isMonotonous(value)) return true;
  return value.length >= 12 && !hasDistinctChars(value, Math.min(8, Math.ceil(value.length / 3)));
}
