/** Counts of ASCII characters, indexed by code: most values are ASCII, and a typed array beats a Map. */
const asciiCounts = new Uint32Array(128);
/** The ASCII codes counted in this call, in order of first occurrence, so only they are reset. */
const asciiSeen = new Uint8Array(128);
const otherCounts = new Map<number, number>();

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
    const p = asciiCounts[c]! / length;
    asciiCounts[c] = 0;
    bits -= p * Math.log2(p);
  }
  // Most values are ASCII: no Map, no iterator, no garbage for them.
  if (!others) return bits;
  for (const n of otherCounts.values()) {
    const p = n / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
