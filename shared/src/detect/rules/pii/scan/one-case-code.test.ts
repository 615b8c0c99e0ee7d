import { describe, expect, it } from 'vitest';
import { oneCaseCodeAt } from './one-case-code';

describe('oneCaseCodeAt', () => {
  it('reads a code of one case, upper-cased, Ñ among its letters', () => {
    expect(oneCaseCodeAt('cf: rssmra85t10a562s.', 4, 16)).toBe('RSSMRA85T10A562S');
    expect(oneCaseCodeAt('CURP NUÑE850314HDFXXX05', 5, 18)).toBe('NUÑE850314HDFXXX05');
  });
  it('refuses mixed case, a digit first, a word glued to either end and a run past the text', () => {
    expect(oneCaseCodeAt('RssMRA85T10A562S', 0, 16)).toBeUndefined();
    expect(oneCaseCodeAt('1SSMRA85T10A562S', 0, 16)).toBeUndefined();
    expect(oneCaseCodeAt('XRSSMRA85T10A562S', 1, 16)).toBeUndefined();
    expect(oneCaseCodeAt('RSSMRA85T10A562SX', 0, 16)).toBeUndefined();
    expect(oneCaseCodeAt('RSSMRA85', 0, 16)).toBeUndefined();
  });
});
