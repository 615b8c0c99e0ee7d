import { describe, expect, it } from 'vitest';
import { hasDigits, hasLowercase } from './char-counts';

describe('hasDigits and hasLowercase', () => {
  it('count what the regexes counted, from where they are told to start', () => {
    const values = ['', 'abc', 'a1b2c3', 'API-7K2Q9X', 'ÄÖÜ123äöü', 'ZZZZ', '9'.repeat(40)];
    for (const value of values) {
      for (const from of [0, 1, 4]) {
        const digits = value.slice(from).match(/[0-9]/g)?.length ?? 0;
        const lowercase = value.slice(from).match(/[a-z]/g)?.length ?? 0;
        for (const atLeast of [0, 1, 2, 3, 10]) {
          expect(hasDigits(value, atLeast, from), `${value} ${from} ${atLeast}`).toBe(digits >= atLeast);
          expect(hasLowercase(value, atLeast, from), `${value} ${from} ${atLeast}`).toBe(lowercase >= atLeast);
        }
      }
    }
  });
});
