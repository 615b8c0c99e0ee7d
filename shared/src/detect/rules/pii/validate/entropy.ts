/** Number of distinct characters in `value`. */
export function distinctChars(value: string): number {
  return new Set(value).size;
}

/** True when `value` repeats a block of at most `maxPeriod` characters (`deadbeefdeadbeef...`). */
export function isPeriodic(value: string, maxPeriod: number): boolean {
  for (let p = 1; p <= maxPeriod && p < value.length; p++) {
    let periodic = true;
    for (let i = p; i < value.length; i++) {
      if (value[i] !== value[i - p]) {
        periodic = false;
        break;
      }
    }
    if (periodic) return true;
  }
  return false;
}

/** The longest run of one repeated character. */
export function longestRun(value: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    run = i > 0 && value[i] === value[i - 1] ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}
