import { describe, expect, it } from 'vitest';
import { isMbi } from './mbi';

describe('isMbi', () => {
  it("accepts CMS's published example and others in the layout, with digits or letters where either may be", () => {
    for (const value of ['1EG4TE5MK73', '9AA0AA0AA00', '2C34D56EF78', '5TW9XN3KJ21']) expect(isMbi(value)).toBe(true);
  });
  it('rejects a 0 first, a letter or digit in the wrong place, the letters S, L, O, I, B and Z, lower case, dashes and wrong lengths', () => {
    const rejected = ['0EG4TE5MK73', '14G4TE5MK73', '1EGATE5MK73', '1EG4TE5M173', '1EG4TE5MKA3'];
    rejected.push('1SG4TE5MK73', '1EL4TE5MK73', '1EG4OE5MK73', '1EG4TI5MK73', '1EG4TE5BK73', '1EG4TE5MZ73');
    rejected.push('1eg4te5mk73', '1EG4-TE5-MK73', '1EG4TE5MK7', '1EG4TE5MK731', '');
    for (const value of rejected) expect(isMbi(value)).toBe(false);
  });
});
