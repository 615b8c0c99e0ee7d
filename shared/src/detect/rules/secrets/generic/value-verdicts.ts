import { isPlainPassword } from './plain-password';
import { isCrediblePassword, isRandomWithSymbols, looksLikeWords } from './values';

/** The tests a password rule asks of a value: each a pure function of the value alone. */
const TESTS = [looksLikeWords, isCrediblePassword, isPlainPassword, (value: string) => isRandomWithSymbols(value)] as const;
export const WORD_LIKE = 0;
export const CREDIBLE = 1;
export const PLAIN = 2;
export const RANDOM_WITH_SYMBOLS = 3;
type Test = typeof WORD_LIKE | typeof CREDIBLE | typeof PLAIN | typeof RANDOM_WITH_SYMBOLS;

/** Values remembered at most: past it the table starts over (it only bounds memory; values repeat in bursts). */
const CAPACITY = 1024;

/**
 * The value tests of one scan, each answered once per distinct value: a text repeats its values (a log line
 * over and over, a configuration's one password in every service, a crafted prompt), and each test reads every
 * character of a value, some several times. Made for one scan, so no value outlives the text it was cut from.
 * Per value, two bits per test: whether it was asked, and its answer.
 */
export class ValueVerdicts {
  readonly #bits = new Map<string, number>();

  is(test: Test, value: string): boolean {
    const known = this.#bits.get(value) ?? 0;
    const asked = 1 << (test * 2);
    if ((known & asked) !== 0) return (known & (asked << 1)) !== 0;
    const answer = TESTS[test](value);
    if (known === 0 && this.#bits.size >= CAPACITY) this.#bits.clear();
    this.#bits.set(value, known | asked | (answer ? asked << 1 : 0));
    return answer;
  }
}
