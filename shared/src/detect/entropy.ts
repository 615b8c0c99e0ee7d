/** Counts of ASCII characters, indexed by code: most values are ASCII, and a typed array beats a Map. */
const asciiCounts = new Uint32Array(128);
/** The ASCII codes counted in this call, in order of first occurrence, so only they are reset. */
const asciiSeen = new Uint8Array(128);
const otherCounts = new Map<number, number>();

/** Values up to this long take each `log2(count / length)` from a table rather than computing it. */
const TABLE_LENGTH = 64;
/**
 * `Math.log2(count / length)` at `length * (TABLE_LENGTH + 1) + count`, the very numbers it returns: the
 * entropy of a short value is the same to the last bit, without a logarithm per distinct character (most of
 * the cost of judging a short password, with a dozen of them).
 */
const LOG2_RATIO = new Float64Array((TABLE_LENGTH + 1) * (TABLE_LENGTH + 1));
for (let length = 1; length <= TABLE_LENGTH; length++) {
  for (let count = 1; count <= length; count++) LOG2_RATIO[length * (TABLE_LENGTH + 1) + count] = Math.log2(count / length);
}

function log2Ratio(count: number, length: number): number {
  return length <= TABLE_LENGTH ? LOG2_RATIO[length * (TABLE_LENGTH + 1) + count]! : Math.log2(count / length);
}

/** Shannon entropy in bits per character of `text[start, end)`. */
export function shannonEntropy(text: string, start = 0, end = text.length): number {
  const length = end - start;
  if (length <= 0) return 0;
  let distinct = 0;
  let others = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const count = asciiCounts[c]!;
      if (count === 0) asciiSeen[distinct++] = c;
      asciiCounts[c] = count + 1;
    } else {
      if (!others) otherCounts.clear();
      others = true;
      otherCounts.set(c, (otherCounts.get(c) ?? 0) + 1);
    }
  }
  let bits = 0;
  for (let k = 0; k < distinct; k++) {
    const c = asciiSeen[k]!;
    const count = asciiCounts[c]!;
    asciiCounts[c] = 0;
    bits -= (count / length) * log2Ratio(count, length);
  }
  // Most values are ASCII: no Map, no iterator, no garbage for them.
  if (!others) return bits;
  for (const n of otherCounts.values()) bits -= (n / length) * log2Ratio(n, length);
  return bits;
}
