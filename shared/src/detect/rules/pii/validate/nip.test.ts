import { describe, expect, it } from 'vitest';
import { isNip } from './nip';

describe('isNip', () => {
  it('accepts ten digits whose last is the weighted sum of the others mod 11', () => {
    // python-stdnum's example, and made-up numbers whose check was worked out by hand.
    for (const digits of ['8567346215', '7394182563', '4712093856']) expect(isNip(digits)).toBe(true);
  });
  it('rejects a wrong check, a sum with no check digit, one repeated digit and wrong lengths', () => {
    // `918273645` sums to 10 mod 11.
    for (const digits of ['8567346216', '9182736450', '0000000000', '856734621']) expect(isNip(digits)).toBe(false);
  });
});
