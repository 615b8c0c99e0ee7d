/** Whether at least `atLeast` code units of `value` from `from` on lie in `[low, high]`. Stops once it has them. */
function hasAtLeastInRange(value: string, atLeast: number, low: number, high: number, from: number): boolean {
  let count = 0;
  for (let i = from; i < value.length && count < atLeast; i++) {
    const c = value.charCodeAt(i);
    if (c >= low && c <= high) count++;
  }
  return count >= atLeast;
}

/**
 * Whether `value` holds at least `atLeast` ASCII digits from `from` on. A counting loop: `match(/[0-9]/g)` made an
 * array of every match for each candidate a rule checked, which a text repeating the candidate paid each time.
 */
export function hasDigits(value: string, atLeast: number, from = 0): boolean {
  return hasAtLeastInRange(value, atLeast, 48, 57, from);
}

/** Whether `value` holds at least `atLeast` ASCII lower-case letters from `from` on (see `hasDigits`). */
export function hasLowercase(value: string, atLeast: number, from = 0): boolean {
  return hasAtLeastInRange(value, atLeast, 97, 122, from);
}
