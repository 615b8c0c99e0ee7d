import { describe, expect, it } from 'vitest';
import { isFodselsnummer } from './fodselsnummer';

describe('isFodselsnummer', () => {
  it('accepts a birth date and two matching check digits, D-numbers too', () => {
    for (const digits of ['15108695088', '10048745526', '10048744732', '55108695071']) expect(isFodselsnummer(digits)).toBe(true);
  });
  it('rejects a wrong check digit, no such date and wrong lengths', () => {
    for (const digits of ['15108695077', '32108695088', '1510869508']) expect(isFodselsnummer(digits)).toBe(false);
  });
});
