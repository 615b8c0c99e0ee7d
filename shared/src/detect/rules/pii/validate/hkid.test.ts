import { describe, expect, it } from 'vitest';
import { isHkid } from './hkid';

describe('isHkid', () => {
  it('accepts one- and two-letter numbers whose check (a digit or A) makes the sum a multiple of 11', () => {
    for (const value of ['A1234563', 'G123456A', 'XA1234568', 'K7654324']) expect(isHkid(value)).toBe(true);
  });
  it('rejects a wrong check, lower case, three letters and wrong lengths', () => {
    for (const value of ['A1234564', 'a1234563', 'XYA1234568', 'A123456']) expect(isHkid(value)).toBe(false);
  });
});
