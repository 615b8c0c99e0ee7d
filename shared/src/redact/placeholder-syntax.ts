/**
 * Reading placeholders back out of model output. Besides the exact form `[EMAIL_1]` we accept the form a
 * markdown escaper produces (`\[EMAIL\_1\]`, and either escape alone) because chat UIs and some models emit
 * it. Anything else (lowercased, spaced, renumbered) is left alone: guessing could restore the wrong value.
 */

export type ScanResult =
  /** A complete placeholder candidate spanning `[start, end)`, normalised to the exact form. */
  | { kind: 'match'; end: number; placeholder: string }
  /** The text ended while still looking like a placeholder; `normalized` is the canonical prefix so far. */
  | { kind: 'partial'; normalized: string }
  | { kind: 'none' };

function isTypeChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95; // A-Z 0-9 _
}

/**
 * Reads a placeholder-shaped run at `start`: `[` or `\[`, then `A-Z0-9_` (each `_` possibly written `\_`),
 * then the matching `]` or `\]`. Linear in the run, and the run is capped at `maxLength` code units so a long
 * `[AAAA...` cannot make the caller quadratic.
 */
export function scanPlaceholder(text: string, start: number, maxLength: number): ScanResult {
  let i = start;
  let escapedOpen = false;
  if (text.charCodeAt(i) === 92 /* \ */) {
    if (i + 1 >= text.length) return { kind: 'partial', normalized: '' };
    if (text.charCodeAt(i + 1) !== 91) return { kind: 'none' };
    escapedOpen = true;
    i++;
  }
  if (text.charCodeAt(i) !== 91 /* [ */) return { kind: 'none' };
  i++;
  let normalized = '[';
  const limit = start + maxLength;
  while (i < text.length) {
    if (i >= limit) return { kind: 'none' };
    const code = text.charCodeAt(i);
    if (isTypeChar(code)) {
      normalized += text[i];
      i++;
      continue;
    }
    if (code === 92 /* \ */) {
      if (i + 1 >= text.length) return { kind: 'partial', normalized };
      const next = text.charCodeAt(i + 1);
      if (next === 95) {
        normalized += '_';
        i += 2;
        continue;
      }
      if (next === 93 && escapedOpen) return { kind: 'match', end: i + 2, placeholder: normalized + ']' };
      return { kind: 'none' };
    }
    if (code === 93 /* ] */ && !escapedOpen) return { kind: 'match', end: i + 1, placeholder: normalized + ']' };
    return { kind: 'none' };
  }
  return { kind: 'partial', normalized };
}

/** How many code units the escaped form of a placeholder of `length` can take: every char doubled at most. */
export function maxWrittenLength(placeholderLength: number): number {
  return placeholderLength * 2;
}
