export interface DiffLine {
  op: ' ' | '+' | '-';
  text: string;
  /**
   * On a removed line paired with the added line that replaced it: the part of `text` that differs (UTF-16
   * offsets, end exclusive), so a reader sees `timeoutSeconds: 1[2]0` instead of two whole lines to compare.
   */
  changed?: { start: number; end: number };
}

/** Caps the LCS table: policies are small, and a diff of two huge documents should fail, not eat memory. */
const MAX_CELLS = 25_000_000;

/** A line diff (longest common subsequence), in document order: what an admin reads between two versions. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text) => ({ op: '-' as const, text })), ...b.map((text) => ({ op: '+' as const, text }))];
  }
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', text: a[i]! });
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) out.push({ op: '-', text: a[i++]! });
    else out.push({ op: '+', text: b[j++]! });
  }
  while (i < a.length) out.push({ op: '-', text: a[i++]! });
  while (j < b.length) out.push({ op: '+', text: b[j++]! });
  markChangedSpans(out);
  return out;
}

/**
 * Pairs each run of removed lines with the run of added lines right after it, n-th with n-th, and marks on both
 * what lies between their common prefix and suffix. Linear in the text: no character-level LCS, which a long
 * line would make quadratic.
 */
function markChangedSpans(lines: DiffLine[]): void {
  let k = 0;
  while (k < lines.length) {
    if (lines[k]!.op !== '-') {
      k++;
      continue;
    }
    const removedStart = k;
    while (k < lines.length && lines[k]!.op === '-') k++;
    const addedStart = k;
    while (k < lines.length && lines[k]!.op === '+') k++;
    const pairs = Math.min(addedStart - removedStart, k - addedStart);
    for (let n = 0; n < pairs; n++) {
      const removed = lines[removedStart + n]!;
      const added = lines[addedStart + n]!;
      const { prefix, suffix } = commonEnds(removed.text, added.text);
      removed.changed = { start: prefix, end: removed.text.length - suffix };
      added.changed = { start: prefix, end: added.text.length - suffix };
    }
  }
}

/** Lengths of the common prefix and suffix, never overlapping and never splitting a surrogate pair. */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && prefix < max && isHighSurrogate(a.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  if (suffix > 0 && suffix < max - prefix && isLowSurrogate(a.charCodeAt(a.length - suffix))) suffix--;
  return { prefix, suffix };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `- old` / `+ new` / `  same` lines. */
export function formatDiff(lines: readonly DiffLine[]): string {
  return lines.map((line) => `${line.op} ${line.text}`).join('\n');
}
