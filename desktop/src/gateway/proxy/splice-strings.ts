/**
 * The request body with some string values rewritten, written into the text the client sent rather than
 * serialising the parsed document again: an agent's body is megabytes, and only a few of its strings held a
 * secret. Undefined whenever a replacement cannot be placed with certainty, and the caller serialises the
 * parsed body instead:
 * - the body has duplicate keys (JSON.parse kept only the last value: the tokens no longer match the values);
 * - a text to replace is written differently from `JSON.stringify` (a client escaping `é` as `\u00e9`);
 * - a string that was not inspected (an id) equals a text to replace.
 * So every replaced token is one of the inspected values, and every inspected value with a rewrite is replaced.
 *
 * `rewrites` maps each original text to its rewritten form; `fields` counts the inspected values of each text.
 */
export function spliceStrings(raw: string, body: unknown, rewrites: ReadonlyMap<string, string>, fields: ReadonlyMap<string, number>): string | undefined {
  const cuts = stringSplices(raw, body, rewrites, fields);
  if (cuts === undefined) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const { start, end, replacement } of cuts) {
    parts.push(raw.slice(from, start), replacement);
    from = end;
  }
  parts.push(raw.slice(from));
  return parts.join('');
}

/** One string token of the client's text to replace: `[start, end)` in the text, and what goes in its place. */
export interface StringSplice {
  start: number;
  end: number;
  /** Already JSON-encoded, quotes included. */
  replacement: string;
}

/** Where `spliceStrings` would replace, in order, or undefined where it would give up (see there). */
export function stringSplices(raw: string, body: unknown, rewrites: ReadonlyMap<string, string>, fields: ReadonlyMap<string, number>): StringSplice[] | undefined {
  const tokens = valueStringTokens(raw);
  if (!tokens) return undefined;
  const counts = stringValueCounts(body, rewrites);
  if (counts.total !== tokens.length / 2) return undefined;
  for (const text of rewrites.keys()) if (counts.of.get(text) !== fields.get(text)) return undefined;

  // By encoded length, the only tokens worth comparing: slicing and hashing every candidate token cost more than
  // comparing it in place.
  const byLength = new Map<number, Array<{ token: string; replacement: string; found: number; expected: number }>>();
  for (const [text, rewritten] of rewrites) {
    const token = JSON.stringify(text);
    const wanted = { token, replacement: JSON.stringify(rewritten), found: 0, expected: fields.get(text) ?? 0 };
    const sameLength = byLength.get(token.length);
    if (sameLength) sameLength.push(wanted);
    else byLength.set(token.length, [wanted]);
  }
  const cuts: StringSplice[] = [];
  for (let t = 0; t < tokens.length; t += 2) {
    const start = tokens[t]!;
    const end = tokens[t + 1]!;
    const sameLength = byLength.get(end - start);
    if (sameLength === undefined) continue;
    const wanted = sameLength.find(({ token }) => raw.startsWith(token, start));
    if (wanted === undefined) continue;
    wanted.found++;
    cuts.push({ start, end, replacement: wanted.replacement });
  }
  for (const sameLength of byLength.values()) for (const { found, expected } of sameLength) if (found !== expected) return undefined;
  return cuts;
}

/**
 * Start and end (past the closing quote) of every string that is a value, not a key, in a document that
 * `JSON.parse` accepted: outside strings a quote only opens one, and inside one a quote closes it unless an
 * odd number of backslashes precede it. Flat pairs in one array, for the millions of strings a body may hold.
 */
function valueStringTokens(raw: string): number[] | undefined {
  const tokens: number[] = [];
  let at = raw.indexOf('"');
  while (at !== -1) {
    let close = raw.indexOf('"', at + 1);
    for (;;) {
      if (close === -1) return undefined;
      let backslashes = 0;
      while (raw.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      close = raw.indexOf('"', close + 1);
    }
    let next = close + 1;
    while (next < raw.length && isJsonSpace(raw.charCodeAt(next))) next++;
    if (raw.charCodeAt(next) !== 58) tokens.push(at, close + 1);
    at = raw.indexOf('"', close + 1);
  }
  return tokens;
}

const isJsonSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** How many string values `body` holds in all, and how many equal each text of `wanted`. Iterative. */
function stringValueCounts(body: unknown, wanted: ReadonlyMap<string, unknown>): { total: number; of: Map<string, number> } {
  const of = new Map<string, number>();
  // Lengths first: looking every string up by its text would hash all of them.
  const lengths = new Set<number>();
  for (const text of wanted.keys()) lengths.add(text.length);
  let total = 0;
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      total++;
      if (lengths.has(value.length) && wanted.has(value)) of.set(value, (of.get(value) ?? 0) + 1);
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) stack.push(item);
    }
  }
  return { total, of };
}
