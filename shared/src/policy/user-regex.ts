/**
 * Checks an admin-written regex before it reaches the detector. We cannot rule out catastrophic backtracking
 * in arbitrary patterns (that would need a different regex engine); admins own their patterns, and the
 * pattern length cap keeps the obvious abuse out. What we can rule out is a pattern that matches the empty
 * string, which would flag nothing useful and make the scanner spin on zero-length matches.
 */
export function userRegexProblem(pattern: string, flags: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, stripStateFlags(flags));
  } catch (error) {
    return `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (regex.test('')) return 'pattern matches the empty string';
  return undefined;
}

/** `g` and `y` make a RegExp stateful; the detector adds `g` itself. */
export function stripStateFlags(flags: string): string {
  return flags.replace(/[gy]/g, '');
}
