/** The same pattern matched only where `lastIndex` points. */
export function sticky(pattern: RegExp): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return new RegExp(pattern.source, flags + 'y');
}

/** The same pattern searching from `lastIndex` on. */
export function global(pattern: RegExp): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return new RegExp(pattern.source, flags + 'g');
}

const SECRET_GROUP = '(?<secret>';

/**
 * Whether the `secret` group ends where the match ends (`…(?<secret>[^&;\s]+)`, `…(?<secret>\w{32})(?![\w-])`):
 * only zero-width assertions may follow it, and its length alone then places it. Reads the source from the group
 * on, skipping escapes and character classes, to the parenthesis that closes it.
 */
function secretGroupEndsPattern(source: string): boolean {
  const open = source.indexOf(SECRET_GROUP);
  if (open < 0 || source.indexOf(SECRET_GROUP, open + 1) >= 0) return false;
  const close = closingParenthesis(source, open);
  return close >= 0 && onlyAssertions(source, close + 1);
}

/** Index of the `)` that closes the group opening at `open`, or -1. */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The source from `from` on holds nothing but lookarounds, `\b`, `\B` and `$`, none of them quantified: no width. */
function onlyAssertions(source: string, from: number): boolean {
  let i = from;
  while (i < source.length) {
    if (/^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4))) {
      const close = closingParenthesis(source, i);
      if (close < 0) return false;
      i = close + 1;
    } else if (source.startsWith('\\b', i) || source.startsWith('\\B', i)) i += 2;
    else if (source[i] === '$') i += 1;
    else return false;
    if (i < source.length && '?*+{'.includes(source[i]!)) return false;
  }
  return true;
}

export function withIndices(pattern: RegExp): RegExp {
  // The `d` flag costs on every match (an array of spans per group, four times the match's own time): only rules
  // whose `secret` group ends before the match does need it. A text dense with matches (a connection string per
  // line) paid it on each one.
  if (!pattern.source.includes(SECRET_GROUP) || pattern.flags.includes('d') || secretGroupEndsPattern(pattern.source)) return pattern;
  return new RegExp(pattern.source, pattern.flags + 'd');
}

/**
 * Span of the secret inside a match: the `secret` group when the rule names one, placed by its indices, or,
 * when the pattern was compiled without them (the group ends the pattern), by its length back from the end.
 */
export function secretSpan(match: RegExpExecArray): { start: number; end: number } {
  const end = match.index + match[0].length;
  if (match.indices !== undefined) {
    const group = match.indices.groups?.['secret'];
    if (group) return { start: group[0], end: group[1] };
    return { start: match.index, end };
  }
  const secret = match.groups?.['secret'];
  if (secret !== undefined) return { start: end - secret.length, end };
  return { start: match.index, end };
}
