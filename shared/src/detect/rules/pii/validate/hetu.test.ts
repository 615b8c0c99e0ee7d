import { describe, expect, it } from 'vitest';
import { isFinnishHetu } from './hetu';

describe('isFinnishHetu', () => {
  it('accepts codes of every century sign with their check character', () => {
    // 131052-308T is the Digital and Population Data Services Agency's example; Y and E are the 2023 signs.
    for (const value of ['131052-308T', '010594Y9032', '020502E902X', '010101A123N']) expect(isFinnishHetu(value)).toBe(true);
  });
  it('rejects a wrong check character, impossible dates, individual numbers 000–001 and other shapes', () => {
    for (const value of ['131052-308U', '310252-308T', '131052-001H', '131052G308T', '131052-308t', '13105-308T']) {
      expect(isFinnishHetu(value)).toBe(false);
    }
  });
});
