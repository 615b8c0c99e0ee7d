/**
 * How surprising each letter is after the one before it in English text and code identifiers: row = first
 * letter, column = next letter (a..z), value = -log2 P(next | first) in half bits (base 36, capped at 35).
 * Counted over the prose of package documentation and the identifiers of source code (split at case
 * changes), so `th`, `er`, `in` are cheap and `qz`, `xj`, `vq` dear. Words and identifiers cost 3 to 4.5 bits
 * per letter pair; random letters cost about 6.6.
 */
const SURPRISE_ROWS = [
  'fa89jf9kaie686i9k675bdegbi',
  '6feg4hgg97i6gj7fh8bf6lkj9k',
  '7hdi6kj6bl99hm4il9c6ankkfm',
  '7ef92fej6hiceh6hkb9eahjjdm',
  '9e87cadjghl9a6fcc567jbd8cn',
  '6fef78jk4llakf5ll7ba7mlkcl',
  'ahhi3hb85kkad9agk8899himhi',
  '6lll3okl5mkhfj8lk9f69oloho',
  'bc99a9aolmg8946ckb66jbneod',
  '9ihh4jhdcihgji9fgg2hbdcjgj',
  '7ecd2ccg6jidg9chih6fdjejdk',
  '7ej94ghk5jh6kk7fmi998ehn9o',
  '58he4mek6fkaaf76mjakbilmfn',
  '8j867c6jaiddgd7bnj65ablndm',
  'eba8h9dmdhd974b8o5b98cahji',
  '6jje5kjf9og8ch6am6879jnkep',
  'bdfhehfhegecfhggdffg1heheg',
  '7had4eai7nddb96io997aehobp',
  'ak9i4fia7nfdhe79jf749ehkbl',
  '7lch5hl56kofek7ap799aofi8p',
  'c9bc6bbm9mj686i9o577gnmjml',
  '3kjk2lak6nljjg9lnjihglkeil',
  '6klh7jf64lgfj87il88gln9hmm',
  '7iag8fhg8kkiajg3jjh3jljfci',
  '9eehcgfjcki98772ic89igbhjh',
  '5gcg3idd6ieceh5ifhegchefbc',
];

/** Surprise in half bits, indexed by `first * 26 + next`. */
const SURPRISE = new Uint8Array(26 * 26);
SURPRISE_ROWS.forEach((row, first) => {
  for (let next = 0; next < 26; next++) SURPRISE[first * 26 + next] = parseInt(row[next]!, 36);
});

/** Upper case in `LETTER_CODES`: the letter's index plus this. */
const UPPER_CASE = 32;

/** Per ASCII character: a lowercase letter's index 0..25, an uppercase one's plus UPPER_CASE, else -1. */
const LETTER_CODES = Int8Array.from({ length: 128 }, (_, c) => (c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 + UPPER_CASE : -1));

/** `LETTER_CODES` of any UTF-16 unit: -1 outside ASCII. */
function letterCode(c: number): number {
  return c < 128 ? LETTER_CODES[c]! : -1;
}

export interface LetterPairScore {
  /** Mean surprise in bits per letter pair. */
  bits: number;
  /** Letter pairs counted. */
  pairs: number;
}

/**
 * Mean surprise of the letter pairs inside the words of `value`. Words are runs of letters split where an
 * identifier would split them (`getAccessToken` → get, access, token; `HTTPServer` → http, server), so a
 * pair never spans two words.
 */
export function letterPairScore(value: string): LetterPairScore {
  let bits = 0;
  let pairs = 0;
  const n = value.length;
  // Each character's code is read once from a table and carried to the next pair as its first letter.
  let previous = n > 0 ? letterCode(value.charCodeAt(0)) : -1;
  for (let i = 1; i < n; i++) {
    const first = previous;
    const next = letterCode(value.charCodeAt(i));
    previous = next;
    if (first < 0 || next < 0) continue;
    if (next >= UPPER_CASE) {
      // camelCase (`tT`) starts a word; so does the last capital of a run before lowercase (`HTTPServer`: `PS`).
      if (first < UPPER_CASE) continue;
      if (i + 1 < n) {
        const after = letterCode(value.charCodeAt(i + 1));
        if (after >= 0 && after < UPPER_CASE) continue;
      }
    }
    bits += SURPRISE[(first & 31) * 26 + (next & 31)]!;
    pairs++;
  }
  return { bits: pairs === 0 ? 0 : bits / 2 / pairs, pairs };
}

/**
 * True when the letters of `value` read like English words or identifiers rather than random characters.
 * The bar loosens for short values, whose few pairs make the mean noisy: at 7 pairs about one random string
 * in ten passes for words, at 30 pairs fewer than one in a hundred.
 */
export function readsAsEnglish(score: LetterPairScore): boolean {
  return score.pairs > 0 && score.bits <= 4.5 + 6 / score.pairs;
}

/** Letters that are clearly random: enough pairs, and a mean surprise no wordlike text reaches. */
export function clearlyRandomLetters(score: LetterPairScore): boolean {
  return score.pairs >= 12 && score.bits >= 5.4;
}
