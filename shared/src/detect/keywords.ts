/**
 * A case-insensitive multi-keyword matcher (Aho–Corasick) stepped one character at a time from inside the
 * token scanner, so finding every context keyword costs one table lookup per character instead of one
 * pass over the text per keyword.
 */
export interface KeywordAutomaton {
  /** Next state for (state << 7 | lowercased ASCII char). */
  readonly delta: Uint16Array;
  /** For each state, the ids of keywords that end there: `outputs[outputStart[s] .. outputStart[s+1])`. */
  readonly outputStart: Uint32Array;
  readonly outputs: Uint32Array;
  /** 1 for states where at least one keyword ends; the scanner folds it into its packed table. */
  readonly final: Uint8Array;
  readonly keywords: readonly string[];
}

/** At most this many states: the scanner packs a state into the bits below this power of two. */
export const MAX_STATES = 0x4000;

export function buildKeywordAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const goto: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  keywords.forEach((keyword, id) => {
    let state = 0;
    for (const char of keyword.toLowerCase()) {
      const c = char.charCodeAt(0);
      if (c > 127) throw new Error(`keyword "${keyword}" must be ASCII`);
      let next = goto[state]!.get(c);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        ends.push([]);
        goto[state]!.set(c, next);
      }
      state = next;
    }
    ends[state]!.push(id);
  });

  const stateCount = goto.length;
  if (stateCount > MAX_STATES) throw new Error(`too many keyword characters (${stateCount} automaton states, at most ${MAX_STATES})`);
  const delta = new Uint16Array(stateCount << 7);
  const fail = new Uint32Array(stateCount);
  // Breadth-first, so a state's failure target is complete before the state itself is filled in.
  const queue: number[] = [];
  for (let c = 0; c < 128; c++) {
    const next = goto[0]!.get(c) ?? 0;
    delta[c] = next;
    if (next !== 0) queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    ends[state]!.push(...ends[fail[state]!]!);
    // A state moves like its failure state except on its own edges: copy that row (one memcpy), then set
    // the edges. Start-up builds this table for every process that scans, so it is kept cheap.
    const row = state << 7;
    const failRow = fail[state]! << 7;
    delta.copyWithin(row, failRow, failRow + 128);
    for (const [c, next] of goto[state]!) {
      fail[next] = delta[failRow | c]!;
      delta[row | c] = next;
      queue.push(next);
    }
  }

  const outputStart = new Uint32Array(stateCount + 1);
  for (let s = 0; s < stateCount; s++) outputStart[s + 1] = outputStart[s]! + new Set(ends[s]).size;
  const outputs = new Uint32Array(outputStart[stateCount]!);
  for (let s = 0; s < stateCount; s++) outputs.set([...new Set(ends[s])], outputStart[s]!);
  const final = new Uint8Array(stateCount);
  for (let s = 0; s < stateCount; s++) final[s] = outputStart[s + 1]! > outputStart[s]! ? 1 : 0;
  return { delta, outputStart, outputs, final, keywords };
}
