import { describe, expect, it } from 'vitest';
import { isDeaNumber } from './dea';

describe('isDeaNumber', () => {
  it('accepts a registrant type, a name letter or 9, and seven digits whose check holds', () => {
    for (const value of ['GL3844455', 'ES3109166', 'BA5950604', 'U96108016']) expect(isDeaNumber(value)).toBe(true);
  });
  it('rejects a changed check digit, a type that is none, lower case, repeated digits and wrong lengths', () => {
    for (const value of ['GL3844456', 'IL3844455', 'gl3844455', 'Gl3844455', 'AA1111119', 'GL384445', 'GL38444550']) expect(isDeaNumber(value)).toBe(false);
  });
});
