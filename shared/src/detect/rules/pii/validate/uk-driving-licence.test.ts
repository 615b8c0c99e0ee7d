import { describe, expect, it } from 'vitest';
import { isUkDrivingLicence } from './uk-driving-licence';

describe('isUkDrivingLicence', () => {
  it('accepts padded surnames, women’s months, a missing middle initial and 29 February', () => {
    for (const value of ['MORGA607054SM9IJ', 'MORGA657054SM9IJ', 'FO999512018AA1AB', 'SMIT9801015JK2CD', 'JONES710153J99EF', 'SMITH802290AB1CD', 'SMITH862310AB1CD']) {
      expect(isUkDrivingLicence(value)).toBe(true);
    }
  });
  it('rejects months 00, 13, 50 and 63, days 00, 32 and 31 April, 9s before a letter, digit checks, lower case and wrong lengths', () => {
    for (const value of [
      'MORGA600054SM9IJ',
      'MORGA613054SM9IJ',
      'MORGA650054SM9IJ',
      'MORGA663054SM9IJ',
      'MORGA601004SM9IJ',
      'MORGA601324SM9IJ',
      'SMITH804310AB1CD',
      'MO9GA657054SM9IJ',
      '99999657054SM9IJ',
      'MORGA657054SM912',
      'morga657054sm9ij',
      'MORGA65705SM9IJ',
      'MORGA6570544SM9IJ',
    ]) {
      expect(isUkDrivingLicence(value)).toBe(false);
    }
  });
});
