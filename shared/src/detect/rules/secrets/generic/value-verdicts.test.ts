import { describe, expect, it } from 'vitest';
import { isPlainPassword } from './plain-password';
import { CREDIBLE, PLAIN, RANDOM_WITH_SYMBOLS, ValueVerdicts, WORD_LIKE } from './value-verdicts';
import { isCrediblePassword, isRandomWithSymbols, looksLikeWords } from './values';

describe('ValueVerdicts', () => {
  it('answers each test as the test itself does, asked once or again, in any order, past its capacity', () => {
    const values = ['pelican42', 'marmalade7', 'Hq4$zR8mLp2W', 'currentPasswordHash', 'sunflower-42-canoe', 'Xk9!vT2#qL7@wZ4%', 'changeme', 'S3cure!Pass2024'];
    const direct = [looksLikeWords, isCrediblePassword, isPlainPassword, (value: string) => isRandomWithSymbols(value)];
    const verdicts = new ValueVerdicts();
    const wrong: string[] = [];
    // 1,100 distinct fillers in between make the table start over once.
    const asked = [...values, ...Array.from({ length: 1100 }, (_, i) => `v${i}x`), ...values.slice().reverse(), ...values];
    for (const value of asked) {
      for (const test of [PLAIN, WORD_LIKE, RANDOM_WITH_SYMBOLS, CREDIBLE] as const) {
        if (verdicts.is(test, value) !== direct[test]!(value)) wrong.push(`${test} ${value}`);
      }
    }
    expect(wrong).toEqual([]);
    // The sample holds both answers of every test.
    for (const test of [WORD_LIKE, CREDIBLE, PLAIN, RANDOM_WITH_SYMBOLS]) expect(new Set(values.map((value) => direct[test]!(value))).size, String(test)).toBe(2);
  });
});
