import { describe, expect, it } from 'vitest';
import { isMedicare } from './medicare';

describe('isMedicare', () => {
  it('accepts valid card numbers, with and without the person on the card', () => {
    for (const digits of ['5148858611', '3610108874', '4758332175', '55804864244']) expect(isMedicare(digits)).toBe(true);
  });
  it('rejects a changed check digit, a first digit outside 2 to 6, a 0 issue or person number and wrong lengths', () => {
    for (const digits of ['5148858621', '1148858611', '7148858611', '5148858610', '55804864240', '514885861', '558048642441']) {
      expect(isMedicare(digits)).toBe(false);
    }
  });
});
