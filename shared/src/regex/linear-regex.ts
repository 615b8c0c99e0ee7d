import { RE2JS } from 're2js';

/**
 * Admin-written regexes run in RE2 (the pure-JS port), whose matching time is linear in the text whatever the
 * pattern: `(a+)+$` on a long run of `a` costs what `a+` does, where a backtracking engine would never finish.
 * The price is the syntax RE2 cannot run in linear time: lookaround and backreferences are refused when the
 * policy loads, with a message that says which construct and why.
 */
export class LinearRegexError extends Error {}

/** JS-only constructs RE2 refuses, named for the admin; found outside character classes. */
function unsupportedConstruct(pattern: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `backreference \\${next}`;
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return 'named backreference \\k<…>';
      i++;
    } else if (inClass) {
      inClass = c !== ']';
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(' && pattern[i + 1] === '?') {
      const kind = pattern.slice(i + 2, i + 4);
      if (kind.startsWith('=')) return 'lookahead (?=…)';
      if (kind.startsWith('!')) return 'negative lookahead (?!…)';
      if (kind === '<=') return 'lookbehind (?<=…)';
      if (kind === '<!') return 'negative lookbehind (?<!…)';
    }
  }
  return undefined;
}

/** Set operations of the `v` flag, which RE2 would read as literal characters instead of refusing. */
const SET_OPERATIONS = /--|&&|\\q\{/;

function re2Flags(flags: string): number {
  let out = 0;
  if (flags.includes('i')) out |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) out |= RE2JS.MULTILINE;
  if (flags.includes('s')) out |= RE2JS.DOTALL;
  return out;
}

/**
 * Compiles a policy regex (JavaScript syntax and flags `imsuv`; `g`/`y` are the caller's business and
 * ignored) for RE2. Throws `LinearRegexError` with a one-line reason when it cannot run there.
 */
export function compileLinearRegex(pattern: string, flags: string): RE2JS {
  const construct = unsupportedConstruct(pattern);
  if (construct !== undefined) {
    throw new LinearRegexError(`${construct} is not supported: custom patterns run in a linear-time regex engine (RE2), which has no lookaround or backreferences`);
  }
  if (flags.includes('v') && SET_OPERATIONS.test(pattern)) {
    throw new LinearRegexError('character class set operations of the v flag (--, &&, \\q{…}) are not supported by the linear-time regex engine (RE2)');
  }
  try {
    return RE2JS.compile(RE2JS.translateRegExp(pattern), re2Flags(flags));
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    throw new LinearRegexError(`not supported by the linear-time regex engine (RE2): ${reason}`);
  }
}

/**
 * Every non-empty match, left to right, without overlaps, as UTF-16 offsets into `text`. The matcher steps
 * past empty matches itself, so a pattern that can match nothing inside text cannot stall.
 */
export function* linearMatches(regex: RE2JS, text: string): Generator<{ start: number; end: number }> {
  const matcher = regex.matcher(text);
  while (matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end > start) yield { start, end };
  }
}
