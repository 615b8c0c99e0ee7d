import { describe, expect, it } from 'vitest';
import { isOib } from './oib';

describe('isOib', () => {
  it('accepts eleven digits whose last is their MOD 11,10 check', () => {
    for (const digits of ['33392005961', '69435151530']) expect(isOib(digits)).toBe(true);
  });
  it('rejects a wrong check, one repeated digit and wrong lengths', () => {
    for (const digits of ['33392005962', '00000000000', '3339200596']) expect(isOib(digits)).toBe(false);
  });
});
