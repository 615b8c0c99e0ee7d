/** Marks of the ASCII characters seen by `hasDistinctChars`, cleared after each call. */
const seenAscii = new Uint8Array(128);

/**
 * Whether `value` uses at least `atLeast` distinct characters (code points): a 20-character token built from 3
 * characters is not a secret. Stops as soon as it has seen enough, so a long PEM body answers within a few
 * characters, and allocates nothing for ASCII.
 */
export function hasDistinctChars(value: string, atLeast: number): boolean {
  let distinct = 0;
  let others: Set<number> | undefined;
  let i = 0;
  for (; i < value.length && distinct < atLeast; i++) {
    const c = value.charCodeAt(i);
    if (c < 128) {
      if (seenAscii[c] === 0) {
        seenAscii[c] = 1;
        distinct++;
      }
      continue;
    }
    const code = value.codePointAt(i)!;
    if (code > 0xffff) i++;
    others ??= new Set();
    if (!others.has(code)) {
      others.add(code);
      distinct++;
    }
  }
  for (let k = 0; k < i; k++) {
    const c = value.charCodeAt(k);
    if (c < 128) seenAscii[c] = 0;
  }
  return distinct >= atLeast;
}
