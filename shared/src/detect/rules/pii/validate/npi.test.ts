import { describe, expect, it } from 'vitest';
import { luhnValid } from './luhn';
import { isNpi } from './npi';

describe('isNpi', () => {
  it('accepts the CMS example and other numbers whose Luhn check over 80840 and their digits holds', () => {
    for (const digits of ['1234567893', '1457389025', '2381046574']) expect(isNpi(digits)).toBe(true);
  });
  it('checks the digits behind the 80840 prefix, not on their own', () => {
    expect(luhnValid('1234567893')).toBe(false);
    expect(isNpi('1234567893')).toBe(true);
  });
  it('rejects a wrong check digit, a first digit other than 1 or 2, non-digits and wrong lengths', () => {
    // `3234567899` passes the check but starts with a 3.
    for (const digits of ['1234567890', '1234567894', '3234567899', '123456789', '12345678930', '1234-56789']) {
      expect(isNpi(digits)).toBe(false);
    }
  });
});
