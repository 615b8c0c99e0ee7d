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
  // The trie's edges as linked lists in flat arrays, and keyword ids only where some end: every process that
  // scans builds this at start-up, and a Map or array per state made that time mostly allocation.
  const firstEdge: number[] = [-1];
  const edgeChar: number[] = [];
  const edgeTarget: number[] = [];
  const nextEdge: number[] = [];
  const ends: Array<number[] | undefined> = [undefined];
  keywords.forEach((keyword, id) => {
    // An empty keyword holds its id's place and matches nothing (the engine finds anchors outside ASCII itself).
    if (keyword === '') return;
    let state = 0;
    for (const char of keyword.toLowerCase()) {
      const c = char.charCodeAt(0);
      if (c > 127) throw new Error(`keyword "${keyword}" must be ASCII`);
      let edge = firstEdge[state]!;
      while (edge !== -1 && edgeChar[edge] !== c) edge = nextEdge[edge]!;
      if (edge === -1) {
        edge = edgeChar.length;
        edgeChar.push(c);
        edgeTarget.push(firstEdge.length);
        nextEdge.push(firstEdge[state]!);
        firstEdge[state] = edge;
        firstEdge.push(-1);
        ends.push(undefined);
      }
      state = edgeTarget[edge]!;
    }
    (ends[state] ??= []).push(id);
  });

  const stateCount = firstEdge.length;
  if (stateCount > MAX_STATES) throw new Error(`too many keyword characters (${stateCount} automaton states, at most ${MAX_STATES})`);
  const delta = new Uint16Array(stateCount << 7);
  const fail = new Uint32Array(stateCount);
  // Breadth-first, so a state's failure target is complete before the state itself is filled in.
  const queue: number[] = [];
  for (let edge = firstEdge[0]!; edge !== -1; edge = nextEdge[edge]!) {
    delta[edgeChar[edge]!] = edgeTarget[edge]!;
    queue.push(edgeTarget[edge]!);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const inherited = ends[fail[state]!];
    if (inherited !== undefined) ends[state] = [...(ends[state] ?? []), ...inherited];
    // A state moves like its failure state except on its own edges: copy that row (one memcpy), then set
    // the edges.
    const row = state << 7;
    const failRow = fail[state]! << 7;
    delta.copyWithin(row, failRow, failRow + 128);
    for (let edge = firstEdge[state]!; edge !== -1; edge = nextEdge[edge]!) {
      const c = edgeChar[edge]!;
      const next = edgeTarget[edge]!;
      fail[next] = delta[failRow | c]!;
      delta[row | c] = next;
      queue.push(next);
    }
  }

  const outputStart = new Uint32Array(stateCount + 1);
  const unique = ends.map((ids) => (ids === undefined ? undefined : [...new Set(ids)]));
  for (let s = 0; s < stateCount; s++) outputStart[s + 1] = outputStart[s]! + (unique[s]?.length ?? 0);
  const outputs = new Uint32Array(outputStart[stateCount]!);
  const final = new Uint8Array(stateCount);
  for (let s = 0; s < stateCount; s++) {
    const ids = unique[s];
    if (ids === undefined || ids.length === 0) continue;
    outputs.set(ids, outputStart[s]);
    final[s] = 1;
  }
  return { delta, outputStart, outputs, final, keywords };
}
