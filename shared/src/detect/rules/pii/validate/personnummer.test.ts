import { describe, expect, it } from 'vitest';
import { isPersonnummer } from './personnummer';

describe('isPersonnummer', () => {
  it('accepts Luhn-valid numbers with a birth date, and samordningsnummer (day + 60)', () => {
    // 811218-9876 is the Swedish Tax Agency's example; 701063-2391 a samordningsnummer.
    expect(isPersonnummer('8112189876')).toBe(true);
    expect(isPersonnummer('6403273813')).toBe(true);
    expect(isPersonnummer('7010632391')).toBe(true);
    expect(isPersonnummer('8112189876', 19)).toBe(true);
  });
  it('rejects a changed check digit, impossible dates, a date the century rules out, and wrong lengths', () => {
    expect(isPersonnummer('8112189877')).toBe(false);
    expect(isPersonnummer('8113189876')).toBe(false);
    expect(isPersonnummer('0002293847', 19)).toBe(false); // 1900 was no leap year
    expect(isPersonnummer('811218987')).toBe(false);
  });
});
