import { describe, expect, it } from 'vitest';
import { isPesel } from './pesel';

describe('isPesel', () => {
  it('accepts numbers born in the 1900s and 2000s with a valid check digit', () => {
    // 44051401359 is the example of the Polish Wikipedia article; 02270803624 a 2002 birth (month 27 = July).
    for (const digits of ['44051401359', '02070803628', '02270803624']) expect(isPesel(digits)).toBe(true);
  });
  it('rejects a changed check digit, impossible dates, other centuries and wrong lengths', () => {
    expect(isPesel('44051401358')).toBe(false);
    expect(isPesel('44023101356')).toBe(false); // 31 February
    expect(isPesel('44851401359')).toBe(false); // month 85: the 1800s
    expect(isPesel('4405140135')).toBe(false);
  });
});
