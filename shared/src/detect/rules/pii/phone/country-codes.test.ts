import { describe, expect, it } from 'vitest';
import { countryCodeLength } from './country-codes';

describe('countryCodeLength', () => {
  it('reads one-, two- and three-digit country codes', () => {
    expect(countryCodeLength('1415')).toBe(1);
    expect(countryCodeLength('4930')).toBe(2);
    expect(countryCodeLength('353')).toBe(3);
    expect(countryCodeLength('97150')).toBe(3);
    // Zone 1 is one digit, whatever follows: `0012 …` has no two-digit code 12.
    expect(countryCodeLength('12')).toBe(1);
  });
  it('gives 0 where no code is assigned', () => {
    expect(countryCodeLength('0')).toBe(0);
    expect(countryCodeLength('28')).toBe(0);
    expect(countryCodeLength('80')).toBe(0);
    expect(countryCodeLength('35')).toBe(0);
  });
});
