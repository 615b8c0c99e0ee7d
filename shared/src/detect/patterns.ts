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
 * Whether the `secret` group closes the pattern (`…(?<secret>[^&;\s]+)`): it then ends where the match ends,
 * and its length alone places it. Reads the source from the group on, skipping escapes and character classes,
 * to the parenthesis that closes it.
 */
function secretGroupEndsPattern(source: string): boolean {
  const open = source.indexOf(SECRET_GROUP);
  if (open < 0 || source.indexOf(SECRET_GROUP, open + 1) >= 0) return false;
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i === source.length - 1;
  }
  return false;
}

export function withIndices(pattern: RegExp): RegExp {
  // The `d` flag costs on every match (an array of spans per group): only rules whose `secret` group is
  // somewhere other than the end need it. A text dense with matches (a connection string per line) paid it
  // on each one.
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
