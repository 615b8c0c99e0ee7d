/**
 * Cuts `texts` into at most `parts` runs of neighbouring texts holding about as many characters each, as
 * `[from, to)` index ranges in order; a text is never cut, so no secret is split between two workers. Fewer
 * runs when there are fewer texts, never an empty one.
 */
export function balancedRuns(texts: readonly string[], parts: number): Array<[number, number]> {
  const count = Math.max(1, Math.min(parts, texts.length));
  let total = 0;
  for (const text of texts) total += text.length;
  const runs: Array<[number, number]> = [];
  let from = 0;
  let sum = 0;
  for (let i = 0; i < texts.length; i++) {
    sum += texts[i]!.length;
    const left = texts.length - i - 1;
    const runsLeft = count - runs.length - 1;
    // A run ends once it holds its share, or when each run still to come needs a text of its own.
    if (runsLeft > 0 && left >= runsLeft && (sum >= (total * (runs.length + 1)) / count || left === runsLeft)) {
      runs.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < texts.length) runs.push([from, texts.length]);
  return runs;
}
