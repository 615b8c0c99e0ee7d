import { isDummyValue, isOpaqueSecret, isPeriodic, looksLikeWords } from './generic/values';

/** `a-z` or `A-Z` beyond `a-f`/`A-F`. */
function isLetterBeyondHex(code: number): boolean {
  const lower = code | 32;
  return lower >= 103 && lower <= 122;
}

/**
 * Whether the body of a prefixed token (what follows its fixed start) reads as random in either spelling its
 * vendor or another scanner accepts. Vendors issue these bodies in mixed case, which counts as it always did.
 * Other scanners' patterns (gitleaks' `(?i)[a-z0-9]{n}`) accept one case too, and the test corpora generated
 * from them write such bodies all in lowercase or all in uppercase: one of those counts when it holds a letter
 * beyond hex (a hex digest after the same few characters is no key) and reads as random: not words run together,
 * not a repeated unit, not a dummy. (`isOpaqueSecret` asks more, an entropy floor for a value with no prefix to
 * vouch for it, which a random 20 characters of one case miss one time in twenty.)
 */
export function isRandomBody(body: string): boolean {
  let lower = false;
  let upper = false;
  let beyondHex = false;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code >= 97 && code <= 122) lower = true;
    else if (code >= 65 && code <= 90) upper = true;
    else continue;
    if (!beyondHex && isLetterBeyondHex(code)) beyondHex = true;
  }
  if (lower && upper) return true;
  return beyondHex && !looksLikeWords(body) && !isPeriodic(body) && !isDummyValue(body);
}

/**
 * Stricter than `isRandomBody`, for a new format whose prefix is short or reads as a name (`sm_pat_`, `tk-us-`):
 * mixed case counts only when its runs are not words (`AccessTokenValue` is a name); one case when it is an
 * opaque secret as a value without a prefix would be (hex included), or holds a digit as well as what
 * `isRandomBody` asks.
 */
export function readsRandom(body: string): boolean {
  if (/[a-z]/.test(body) && /[A-Z]/.test(body)) return !looksLikeWords(body);
  return isOpaqueSecret(body) || (/[0-9]/.test(body) && isRandomBody(body));
}
