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

export function withIndices(pattern: RegExp): RegExp {
  // The `d` flag costs only when the pattern matches, and only rules with a `secret` group need it.
  if (!pattern.source.includes('(?<secret>') || pattern.flags.includes('d')) return pattern;
  return new RegExp(pattern.source, pattern.flags + 'd');
}

/** Span of the secret inside a match: the `secret` group when the rule names one. */
export function secretSpan(match: RegExpExecArray): { start: number; end: number } {
  const group = match.indices?.groups?.['secret'];
  if (group) return { start: group[0], end: group[1] };
  return { start: match.index, end: match.index + match[0].length };
}
