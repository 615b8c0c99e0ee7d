import { compileLinearRegex, LinearRegexError } from './linear-regex';

/**
 * Checks an admin-written regex before it reaches the detector: it must be valid JavaScript syntax (what
 * admins write and test against), run in the linear-time engine the detector uses (so no pattern can stall
 * the gateway by backtracking), and not match the empty string, which would flag nothing useful.
 */
export function userRegexProblem(pattern: string, flags: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, stripStateFlags(flags));
  } catch (error) {
    return `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    compileLinearRegex(pattern, flags);
  } catch (error) {
    if (error instanceof LinearRegexError) return error.message;
    throw error;
  }
  if (regex.test('')) return 'pattern matches the empty string';
  return undefined;
}

/** `g` and `y` make a RegExp stateful; the detector adds `g` itself. */
export function stripStateFlags(flags: string): string {
  return flags.replace(/[gy]/g, '');
}
