import { describe, expect, it } from 'vitest';
import { isRodneCislo } from './rodne-cislo';

describe('isRodneCislo', () => {
  it('accepts ten digits that make a multiple of 11 after a real date (a woman’s month plus 50), and nine before 1954', () => {
    for (const digits of ['7103192745', '7360285163', '530101123']) expect(isRodneCislo(digits)).toBe(true);
  });
  it('rejects a ten-digit number that is no multiple of 11, no such date, and nine digits after 1953', () => {
    for (const digits of ['7103192746', '7113192745', '991231123']) expect(isRodneCislo(digits)).toBe(false);
  });
});
