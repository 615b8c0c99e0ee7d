import { describe, expect, it } from 'vitest';
import { isEgn } from './egn';

describe('isEgn', () => {
  it('accepts a birth date (the month shifted for other centuries) and a matching check digit', () => {
    for (const digits of ['7523169263', '8032056031', '7501020018']) expect(isEgn(digits)).toBe(true);
  });
  it('rejects a wrong check digit, no such date and wrong lengths', () => {
    for (const digits of ['7523169264', '7513329263', '752316926']) expect(isEgn(digits)).toBe(false);
  });
});
